import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@plan-ledger/event-store';
import { runDocumentCommand, type DocumentCommandResult } from './document-command-runner';
import { RecordExtractionFailure } from './record-extraction-failure.command';

@CommandHandler(RecordExtractionFailure)
export class RecordExtractionFailureHandler implements ICommandHandler<RecordExtractionFailure> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload: { documentId, ...data }, context }: RecordExtractionFailure): Promise<DocumentCommandResult> {
    return runDocumentCommand(this.store, documentId, { type: 'RecordExtractionFailure', data }, context);
  }
}
