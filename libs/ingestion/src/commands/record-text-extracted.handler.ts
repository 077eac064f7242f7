import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@plan-ledger/event-store';
import { runDocumentCommand, type DocumentCommandResult } from './document-command-runner';
import { RecordTextExtracted } from './record-text-extracted.command';

@CommandHandler(RecordTextExtracted)
export class RecordTextExtractedHandler implements ICommandHandler<RecordTextExtracted> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context }: RecordTextExtracted): Promise<DocumentCommandResult> {
    return runDocumentCommand(this.store, payload.documentId, { type: 'RecordTextExtracted', data: payload }, context);
  }
}
