import type { Provider } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@plan-ledger/event-store';
import { AcknowledgeDirectiveHandler } from './acknowledge-directive.handler';
import { CancelDirectiveHandler } from './cancel-directive.handler';
import { CompleteDirectiveHandler } from './complete-directive.handler';
import { CorrectDirectiveHandler } from './correct-directive.handler';
import { ExtendDeadlineHandler } from './extend-deadline.handler';
import { MergeUnitsHandler } from './merge-units.handler';
import { RenameUnitHandler } from './rename-unit.handler';
import { ReopenDirectiveHandler } from './reopen-directive.handler';
import { PlanParsedProcessManager } from './plan-parsed.process-manager';
import { ReportProgressHandler } from './report-progress.handler';

export * from './acknowledge-directive.command';
export * from './cancel-directive.command';
export * from './complete-directive.command';
export * from './correct-directive.command';
export * from './directive-commands';
export * from './extend-deadline.command';
export * from './merge-units.command';
export * from './plan-assignments';
export * from './plan-parsed.process-manager';
export * from './rename-unit.command';
export * from './reopen-directive.command';
export * from './report-progress.command';
export * from '../streams/stream-command-runner';

/** The directive and unit streams' command handlers; they need EVENT_STORE bound and CqrsModule imported. */
export const DIRECTIVE_COMMAND_HANDLERS = [
  AcknowledgeDirectiveHandler,
  ReportProgressHandler,
  CompleteDirectiveHandler,
  ReopenDirectiveHandler,
  ExtendDeadlineHandler,
  CancelDirectiveHandler,
  CorrectDirectiveHandler,
  MergeUnitsHandler,
  RenameUnitHandler,
];


/** The handlers and the process manager, for the module that binds EVENT_STORE and imports CqrsModule. */
export const DIRECTIVE_PROVIDERS: Provider[] = [
  ...DIRECTIVE_COMMAND_HANDLERS,
  { provide: PlanParsedProcessManager, useFactory: (events: EventStore) => new PlanParsedProcessManager(events), inject: [EVENT_STORE] },
];
