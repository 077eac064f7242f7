import type { ExpectedRevision, NewEvent, StoredEvent } from '../../event-store.port';
import { findRetriedAppend } from './retried-append';

const stream = 'document-7';
const event = (id: string): NewEvent => ({ id, type: 'E', data: {}, metadata: {} });
const stored = (ids: string[]): StoredEvent[] =>
  ids.map((id, revision) => ({ ...event(id), streamId: stream, revision, position: BigInt(100 + revision) }));

describe('findRetriedAppend', () => {
  const log = stored(['a', 'b', 'c']);

  it.each<[string, string[], ExpectedRevision, { nextRevision: number; position: bigint; written: false }]>([
    ['the first append again', ['a', 'b'], 'no_stream', { nextRevision: 2, position: 101n, written: false }],
    ['a later append at its old expected revision', ['b', 'c'], 0, { nextRevision: 2, position: 102n, written: false }],
    ['any append with expected revision any', ['c'], 'any', { nextRevision: 2, position: 102n, written: false }],
    ['a stream_exists append past the first event', ['b'], 'stream_exists', { nextRevision: 2, position: 101n, written: false }],
  ])('treats %s as a no-op', (_, ids, expected, result) => {
    expect(findRetriedAppend(stream, ids.map(event), expected, log)).toEqual(result);
  });

  it.each<[string, string[], ExpectedRevision]>([
    ['stored ids mixed with a new one', ['a', 'x'], 'no_stream'],
    ['a new id before a stored one', ['x', 'b'], 1],
    ['stored ids at another place than expected', ['b', 'c'], 'no_stream'],
    ['stored ids out of order', ['b', 'a'], 'any'],
    ['the first event under stream_exists', ['a'], 'stream_exists'],
  ])('refuses %s with a revision conflict', (_, ids, expected) => {
    expect(() => findRetriedAppend(stream, ids.map(event), expected, log)).toThrow(
      expect.objectContaining({ code: 'STREAM.REVISION_CONFLICT', details: expect.objectContaining({ actual: 2 }) }),
    );
  });

  it('answers null for events the stream has never seen', () => {
    expect(findRetriedAppend(stream, [event('x'), event('y')], 2, log)).toBeNull();
    expect(findRetriedAppend(stream, [event('x')], 'no_stream', [])).toBeNull();
  });
});
