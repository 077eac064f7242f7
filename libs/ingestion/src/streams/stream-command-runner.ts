import { eventMetadata, upcast, type CommandContext, type EventMetadata } from '@plan-ledger/domain';
import { isRevisionConflict, uuidV7, type EventStore } from '@plan-ledger/event-store';

/** A decider as libs/domain exports them (`directiveDecider`, `unitDecider`). */
export interface StreamDecider<State, Command, Event extends { type: string; data: unknown }> {
  decide(command: Command, state: State, ctx: CommandContext): Event[];
  evolve(state: State, event: Event): State;
  initialState: State;
}

export interface StreamCommandResult<EventType extends string = string> {
  stream: string;
  /** The stream's last revision after the command, -1 if it still has no events. */
  revision: number;
  /** Types of the events appended; empty when the command repeated what the stream already says. */
  appended: EventType[];
}

/** Folds a stream (upcast to today's schema) into its state. */
export async function loadStream<State, Command, Event extends { type: string; data: unknown }>(
  store: EventStore,
  stream: string,
  decider: StreamDecider<State, Command, Event>,
): Promise<{ state: State; revision: number }> {
  const stored = await store.readStream(stream);
  const events = stored.map((e) => upcast({ type: e.type, data: e.data, metadata: e.metadata as EventMetadata }) as unknown as Event);
  return { state: events.reduce(decider.evolve, decider.initialState), revision: stored.length === 0 ? -1 : stored[stored.length - 1].revision };
}

/**
 * Load, decide, append (STYLE 8) with the revision read as the expected one. `command` may be built from the
 * loaded state (a correction needs the plan's issuer to name units canonically). On a conflict the command is
 * decided once more against the fresh stream; a second conflict is the caller's.
 */
export async function runStreamCommand<State, Command, Event extends { type: string; data: unknown }>(
  store: EventStore,
  stream: string,
  decider: StreamDecider<State, Command, Event>,
  command: Command | ((state: State) => Command),
  ctx: CommandContext,
  schemaVersion: number,
): Promise<StreamCommandResult<Event['type']>> {
  for (let attempt = 1; ; attempt++) {
    const { state, revision } = await loadStream(store, stream, decider);
    const decided = decider.decide(typeof command === 'function' ? (command as (s: State) => Command)(state) : command, state, ctx);
    if (decided.length === 0) return { stream, revision, appended: [] };
    const metadata = eventMetadata(ctx, schemaVersion);
    try {
      const result = await store.appendToStream(
        stream,
        decided.map((event) => ({ id: uuidV7(), type: event.type, data: event.data, metadata })),
        { expectedRevision: revision === -1 ? 'no_stream' : revision },
      );
      return { stream, revision: result.nextRevision, appended: decided.map((e) => e.type) };
    } catch (error) {
      if (attempt > 1 || !isRevisionConflict(error)) throw error;
    }
  }
}
