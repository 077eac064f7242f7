import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@plan-ledger/event-store';
import { runDirectiveCommand, type DirectiveCommandResult } from './directive-commands';
import { CompleteDirective } from './complete-directive.command';

@CommandHandler(CompleteDirective)
export class CompleteDirectiveHandler implements ICommandHandler<CompleteDirective> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context }: CompleteDirective): Promise<DirectiveCommandResult> {
    return runDirectiveCommand(this.store, payload.directiveId, { type: 'CompleteDirective', data: payload }, context);
  }
}
