import {
  DIRECTIVE_EVENT_SCHEMA_VERSION,
  UNIT_EVENT_SCHEMA_VERSION,
  directiveDecider,
  directiveStream,
  unitDecider,
  unitStream,
  type CommandContext,
  type DirectiveCommand,
  type DirectiveEvent,
  type DirectiveState,
  type UnitCommand,
  type UnitEvent,
  type UnitState,
} from '@plan-ledger/domain';
import type { EventStore } from '@plan-ledger/event-store';
import { loadStream, runStreamCommand, type StreamCommandResult } from '../streams/stream-command-runner';

export type DirectiveCommandResult = StreamCommandResult<DirectiveEvent['type']>;
export type UnitCommandResult = StreamCommandResult<UnitEvent['type']>;

export const runDirectiveCommand = (
  store: EventStore,
  directiveId: string,
  command: DirectiveCommand | ((state: DirectiveState) => DirectiveCommand),
  ctx: CommandContext,
): Promise<DirectiveCommandResult> =>
  runStreamCommand(store, directiveStream(directiveId), directiveDecider, command, ctx, DIRECTIVE_EVENT_SCHEMA_VERSION);

export const runUnitCommand = (
  store: EventStore,
  unitId: string,
  command: UnitCommand | ((state: UnitState) => UnitCommand),
  ctx: CommandContext,
): Promise<UnitCommandResult> => runStreamCommand(store, unitStream(unitId), unitDecider, command, ctx, UNIT_EVENT_SCHEMA_VERSION);

export const loadUnit = (store: EventStore, unitId: string) => loadStream(store, unitStream(unitId), unitDecider);
