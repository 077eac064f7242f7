import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadSettings } from '@plan-ledger/config';
import { SqliteEventStore, uuidV7, type EventStore, type NewEvent } from '@plan-ledger/event-store';
import { copyEventLog, migrateCommand } from './migrate-command';

const event = (type: string, data: unknown = { type }): NewEvent => ({
  id: uuidV7(),
  type,
  data,
  metadata: { actor: { user: 'lan', role: 'officer' }, correlationId: 'c-1', causationId: null, recordedAt: '2026-03-01T08:00:00.000Z', schemaVersion: 1 },
});

/** A target that dies after `appends` appends, as a copy interrupted by a crash or a lost connection would. */
function failingAfter(store: EventStore, appends: number): EventStore {
  let left = appends;
  return {
    readStream: (s, o) => store.readStream(s, o),
    readAll: (o) => store.readAll(o),
    streamExists: (s) => store.streamExists(s),
    subscribeToAll: (o) => store.subscribeToAll(o),
    close: () => store.close(),
    appendToStream: async (s, e, o) => {
      if (left-- <= 0) throw new Error('connection lost');
      return store.appendToStream(s, e, o);
    },
  };
}

describe('copyEventLog (plan-ledger migrate)', () => {
  let dir: string;
  let source: SqliteEventStore;
  let target: SqliteEventStore;
  const streams = ['document-a', 'directive-1', 'document-b', 'unit-x'];

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'plan-ledger-migrate-'));
    source = new SqliteEventStore(path.join(dir, 'source.sqlite'));
    target = new SqliteEventStore(path.join(dir, 'target.sqlite'));
    // Interleaved streams, single events and batches, Vietnamese text in the data.
    for (let round = 0; round < 3; round++) {
      for (const stream of streams) await source.appendToStream(stream, [event(`R${round}`, { text: 'Sở Nội vụ', round })]);
      await source.appendToStream('document-a', [event('Batch1'), event('Batch2')]);
    }
  });
  afterEach(async () => {
    await Promise.all([source.close(), target.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  const sameStreams = async () => {
    for (const stream of streams) {
      const strip = (events: Awaited<ReturnType<EventStore['readStream']>>) =>
        events.map(({ id, type, data, metadata, revision }) => ({ id, type, data, metadata, revision }));
      expect(strip(await target.readStream(stream))).toEqual(strip(await source.readStream(stream)));
    }
  };

  it('copies every stream with its order, revisions, ids, data and metadata', async () => {
    const result = await copyEventLog(source, target);
    expect(result).toEqual({ copied: 18, present: 0, streams: 4 });
    await sameStreams();
    expect((await target.readAll()).map((e) => e.id)).toEqual((await source.readAll()).map((e) => e.id));
  });

  it('resumes after an interruption without writing anything twice', async () => {
    await expect(copyEventLog(source, failingAfter(target, 5))).rejects.toThrow('connection lost');
    const partial = (await target.readAll()).length;
    expect(partial).toBeGreaterThan(0);
    const resumed = await copyEventLog(source, target);
    expect(resumed).toEqual({ copied: 18 - partial, present: partial, streams: 4 });
    await sameStreams();
    const ids = (await target.readAll()).map((e) => e.id);
    expect(new Set(ids).size).toBe(18);
    expect(await copyEventLog(source, target)).toEqual({ copied: 0, present: 18, streams: 4 });
  });

  it('stops with a conflict when the target already holds a different history for a stream', async () => {
    await target.appendToStream('directive-1', [event('Other')]);
    await expect(copyEventLog(source, target)).rejects.toMatchObject({ code: 'STREAM.REVISION_CONFLICT', details: { stream: 'directive-1', revision: 0 } });
  });
});

describe('migrateCommand', () => {
  it('refuses to run without EVENTSTORE_URL, naming it', async () => {
    await expect(migrateCommand(loadSettings({}, '/srv'))).rejects.toMatchObject({ code: 'CONFIG.INVALID', details: { variable: 'EVENTSTORE_URL' } });
  });
});
