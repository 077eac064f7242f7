import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@plan-ledger/event-store';
import { runDirectiveCommand, type DirectiveCommandResult } from './directive-commands';
import { CancelDirective } from './cancel-directive.command';

@CommandHandler(CancelDirective)
export class CancelDirectiveHandler implements ICommandHandler<CancelDirective> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context }: CancelDirective): Promise<DirectiveCommandResult> {
    return runDirectiveCommand(this.store, payload.directiveId, { type: 'CancelDirective', data: payload }, context);
  }
}
