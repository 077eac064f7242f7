import { Command } from '@nestjs/cqrs';
import type { CommandContext, ErrorCode } from '@plan-ledger/domain';
import type { DocumentCommandResult } from './document-command-runner';

export interface RejectDocumentPayload {
  documentId: string;
  /** One of REJECTION_CODES: a problem of the file itself. */
  code: ErrorCode;
  reason: string;
}

export class RejectDocument extends Command<DocumentCommandResult> {
  constructor(
    readonly payload: RejectDocumentPayload,
    readonly context: CommandContext,
  ) {
    super();
  }
}
