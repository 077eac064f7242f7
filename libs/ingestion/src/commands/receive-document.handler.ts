import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@plan-ledger/event-store';
import { runDocumentCommand } from './document-command-runner';
import { ReceiveDocument, type ReceiveDocumentResult } from './receive-document.command';

@CommandHandler(ReceiveDocument)
export class ReceiveDocumentHandler implements ICommandHandler<ReceiveDocument> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ payload, context }: ReceiveDocument): Promise<ReceiveDocumentResult> {
    const result = await runDocumentCommand(this.store, payload.documentId, { type: 'ReceiveDocument', data: payload }, context);
    return { ...result, duplicate: result.appended.length === 0 };
  }
}
