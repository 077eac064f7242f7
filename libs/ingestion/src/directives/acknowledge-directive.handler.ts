import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@plan-ledger/event-store';
import { runDirectiveCommand, type DirectiveCommandResult } from './directive-commands';
import { AcknowledgeDirective } from './acknowledge-directive.command';

@CommandHandler(AcknowledgeDirective)
export class AcknowledgeDirectiveHandler implements ICommandHandler<AcknowledgeDirective> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context }: AcknowledgeDirective): Promise<DirectiveCommandResult> {
    return runDirectiveCommand(this.store, payload.directiveId, { type: 'AcknowledgeDirective', data: payload }, context);
  }
}
