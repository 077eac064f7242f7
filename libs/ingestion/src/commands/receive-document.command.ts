import { Command } from '@nestjs/cqrs';
import type { CommandContext, ReceiveDocumentData } from '@plan-ledger/domain';
import type { DocumentCommandResult } from './document-command-runner';

export interface ReceiveDocumentResult extends DocumentCommandResult {
  /** True when these bytes were received before: nothing was appended. */
  duplicate: boolean;
}

export class ReceiveDocument extends Command<ReceiveDocumentResult> {
  constructor(
    readonly payload: ReceiveDocumentData,
    readonly context: CommandContext,
  ) {
    super();
  }
}
