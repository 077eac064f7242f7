import type { CrashPoint } from '@plan-ledger/config';
import type { AppendResult, EventStore, ExpectedRevision, NewEvent } from '@plan-ledger/event-store';

/**
 * Test-only (PLAN_LEDGER_CRASH_AFTER): wraps the event store so the process dies by SIGKILL right after the
 * `count`-th event of one type is appended, which lets the crash test prove that a restart finishes the work
 * without writing anything twice. Only events actually written count, not idempotent no-op appends.
 */
export function withCrashPoint(store: EventStore, point: CrashPoint, kill: () => void = () => process.kill(process.pid, 'SIGKILL')): EventStore {
  let seen = 0;
  const appendToStream = async (stream: string, events: NewEvent[], options?: { expectedRevision?: ExpectedRevision }): Promise<AppendResult> => {
    const result = await store.appendToStream(stream, events, options);
    if (result.written) {
      seen += events.filter((event) => event.type === point.eventType).length;
      if (seen >= point.count) kill();
    }
    return result;
  };
  return {
    appendToStream,
    readStream: (stream, options) => store.readStream(stream, options),
    streamExists: (stream) => store.streamExists(stream),
    readAll: (options) => store.readAll(options),
    subscribeToAll: (options) => store.subscribeToAll(options),
    close: () => store.close(),
  };
}
