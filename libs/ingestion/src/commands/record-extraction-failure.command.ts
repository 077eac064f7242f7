import { Command } from '@nestjs/cqrs';
import type { CommandContext, RecordExtractionFailureData } from '@plan-ledger/domain';
import type { DocumentCommandResult } from './document-command-runner';

export interface RecordExtractionFailurePayload extends RecordExtractionFailureData {
  documentId: string;
}

export class RecordExtractionFailure extends Command<DocumentCommandResult> {
  constructor(
    readonly payload: RecordExtractionFailurePayload,
    readonly context: CommandContext,
  ) {
    super();
  }
}
