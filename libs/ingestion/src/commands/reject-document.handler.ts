import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@plan-ledger/event-store';
import { runDocumentCommand, type DocumentCommandResult } from './document-command-runner';
import { RejectDocument } from './reject-document.command';

@CommandHandler(RejectDocument)
export class RejectDocumentHandler implements ICommandHandler<RejectDocument> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload: { documentId, ...data }, context }: RejectDocument): Promise<DocumentCommandResult> {
    return runDocumentCommand(this.store, documentId, { type: 'RejectDocument', data }, context);
  }
}
