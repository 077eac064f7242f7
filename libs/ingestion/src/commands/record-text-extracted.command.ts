import { Command } from '@nestjs/cqrs';
import type { CommandContext, TextExtractedData } from '@plan-ledger/domain';
import type { DocumentCommandResult } from './document-command-runner';

export class RecordTextExtracted extends Command<DocumentCommandResult> {
  constructor(
    readonly payload: TextExtractedData,
    readonly context: CommandContext,
  ) {
    super();
  }
}
