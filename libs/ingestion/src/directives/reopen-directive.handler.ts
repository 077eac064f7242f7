import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@plan-ledger/event-store';
import { runDirectiveCommand, type DirectiveCommandResult } from './directive-commands';
import { ReopenDirective } from './reopen-directive.command';

@CommandHandler(ReopenDirective)
export class ReopenDirectiveHandler implements ICommandHandler<ReopenDirective> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context }: ReopenDirective): Promise<DirectiveCommandResult> {
    return runDirectiveCommand(this.store, payload.directiveId, { type: 'ReopenDirective', data: payload }, context);
  }
}
