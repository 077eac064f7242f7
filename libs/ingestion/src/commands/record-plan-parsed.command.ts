import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@plan-ledger/domain';
import type { DocumentCommandResult } from './document-command-runner';

export interface RecordPlanParsedPayload {
  documentId: string;
  extractorVersion: string;
  /** The PlanExtraction as libs/extraction produced it. */
  extraction: unknown;
}

export class RecordPlanParsed extends Command<DocumentCommandResult> {
  constructor(
    readonly payload: RecordPlanParsedPayload,
    readonly context: CommandContext,
  ) {
    super();
  }
}
