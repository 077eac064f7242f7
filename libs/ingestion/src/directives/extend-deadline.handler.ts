import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@plan-ledger/event-store';
import { runDirectiveCommand, type DirectiveCommandResult } from './directive-commands';
import { ExtendDeadline } from './extend-deadline.command';

@CommandHandler(ExtendDeadline)
export class ExtendDeadlineHandler implements ICommandHandler<ExtendDeadline> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context }: ExtendDeadline): Promise<DirectiveCommandResult> {
    return runDirectiveCommand(this.store, payload.directiveId, { type: 'ExtendDeadline', data: payload }, context);
  }
}
