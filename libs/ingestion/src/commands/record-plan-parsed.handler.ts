import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@plan-ledger/event-store';
import { runDocumentCommand, type DocumentCommandResult } from './document-command-runner';
import { RecordPlanParsed } from './record-plan-parsed.command';

@CommandHandler(RecordPlanParsed)
export class RecordPlanParsedHandler implements ICommandHandler<RecordPlanParsed> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload: { documentId, ...data }, context }: RecordPlanParsed): Promise<DocumentCommandResult> {
    return runDocumentCommand(this.store, documentId, { type: 'RecordPlanParsed', data }, context);
  }
}
