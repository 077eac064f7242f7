import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@plan-ledger/event-store';
import { runDirectiveCommand, type DirectiveCommandResult } from './directive-commands';
import { ReportProgress } from './report-progress.command';

@CommandHandler(ReportProgress)
export class ReportProgressHandler implements ICommandHandler<ReportProgress> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ payload, context }: ReportProgress): Promise<DirectiveCommandResult> {
    return runDirectiveCommand(this.store, payload.directiveId, { type: 'ReportProgress', data: payload }, context);
  }
}
