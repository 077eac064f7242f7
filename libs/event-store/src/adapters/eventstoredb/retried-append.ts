import type { AppendResult, ExpectedRevision, NewEvent, StoredEvent } from '../../event-store.port';
import { firstRevisionFor, revisionConflict } from '../../revision-conflict';

/**
 * Decides, from the stream as read just before an append, whether the append repeats one that already succeeded.
 * All of its events stored where this append would have put them, in order: a no-op (`written: false`), however far
 * the stream has moved on. Some of them stored elsewhere, or mixed with new ones: a conflict. None: null, append.
 * The same rule as the SQLite adapter's, which looks ids up in its index; here the stream is all there is to read.
 */
export function findRetriedAppend(
  stream: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
  stored: readonly StoredEvent[],
): AppendResult | null {
  const byId = new Map(stored.map((event) => [event.id, event]));
  const actual = stored.length > 0 ? stored[stored.length - 1].revision : -1;
  const placed = events.map((event) => byId.get(event.id));
  const first = placed[0];
  if (!first) {
    if (placed.some(Boolean)) throw revisionConflict({ stream, expected, actual }, 'an event id is already stored');
    return null;
  }
  const wanted = firstRevisionFor(expected);
  const samePlaces =
    (wanted === 'anywhere' || (wanted === 'after_first' ? first.revision > 0 : first.revision === wanted)) &&
    placed.every((p, i) => p !== undefined && p.revision === first.revision + i);
  if (!samePlaces) throw revisionConflict({ stream, expected, actual }, 'event ids already stored elsewhere');
  return { nextRevision: actual, position: placed[placed.length - 1]!.position, written: false };
}
