import { jsonEvent, type EventData, type JSONType, type Position, type ReadPosition, START, type RecordedEvent } from '@eventstore/db-client';
import type { NewEvent, StoredEvent } from '../../event-store.port';

/**
 * Conversions between the port's events and the client's. The port's global position is the server's commit
 * position: for events written outside a (legacy TCP) transaction, commit and prepare positions are equal, so one
 * number names a place in `$all` exactly.
 */
export const toEventData = (event: NewEvent): EventData =>
  jsonEvent({ id: event.id, type: event.type, data: (event.data ?? null) as JSONType, metadata: event.metadata ?? undefined });

/** System streams (`$stats-…`, `$settings`, …) and system event types (`$metadata`, links) are not the application's. */
export const isApplicationEvent = (event: Pick<RecordedEvent, 'streamId' | 'type'>): boolean =>
  !event.streamId.startsWith('$') && !event.type.startsWith('$');

export function toStoredEvent(event: RecordedEvent): StoredEvent {
  if (!event.position) {
    throw new Error(`EventStoreDB returned ${event.streamId}@${event.revision} without a position; a server of version 20.10 or later is needed`);
  }
  return {
    id: event.id,
    streamId: event.streamId,
    revision: Number(event.revision),
    position: event.position.commit,
    type: event.type,
    data: event.data ?? null,
    // The client writes no metadata for null and reads an empty one back as undefined; the port keeps null.
    metadata: event.metadata ?? null,
  };
}

/** Where a read of `$all` after the port's exclusive position starts; the server's read is inclusive, so callers skip `after` itself. */
export const readFrom = (after: bigint): ReadPosition => (after > 0n ? ({ commit: after, prepare: after } satisfies Position) : START);
