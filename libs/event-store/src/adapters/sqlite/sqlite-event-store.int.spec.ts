import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { StoredEvent } from '../../event-store.port';
import { describeEventStoreContract } from '../../testing/event-store.contract';
import { uuidV7 } from '../../uuid-v7';
import { SqliteEventStore } from './sqlite-event-store';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'plan-ledger-events-'));

describeEventStoreContract('SQLite', async () => {
  const dir = tempDir();
  const store = new SqliteEventStore(join(dir, 'events.db'), { pollIntervalMs: 20 });
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SqliteEventStore on a file', () => {
  let dir: string;
  const opened: SqliteEventStore[] = [];
  const open = (file = join(dir, 'nested', 'log', 'events.db'), pollIntervalMs = 20) => {
    const store = new SqliteEventStore(file, { pollIntervalMs, now: () => new Date('2026-05-01T00:00:00Z') });
    opened.push(store);
    return store;
  };
  const event = (type: string) => ({ id: uuidV7(), type, data: { type }, metadata: { schemaVersion: 1 } });

  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates its parent folders and runs in WAL mode with synchronous=NORMAL', async () => {
    const file = join(dir, 'a', 'b', 'events.db');
    const store = open(file);
    await store.appendToStream('document-1', [event('A')]);
    expect(store.durability()).toEqual({ journalMode: 'wal', synchronous: 1 });
    const raw = new Database(file, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(raw.prepare('SELECT created_at FROM events').get()).toEqual({ created_at: '2026-05-01T00:00:00.000Z' });
    } finally {
      raw.close();
    }
  });

  it('shows each of two instances on one file the events the other appended', async () => {
    const file = join(dir, 'shared.db');
    const writer = open(file);
    const other = open(file);
    await writer.appendToStream('document-1', [event('A')]);
    await other.appendToStream('document-1', [event('B')], { expectedRevision: 0 });
    const conflict = await writer.appendToStream('document-1', [event('C')], { expectedRevision: 0 }).catch((e) => e);
    expect(conflict).toMatchObject({ code: 'STREAM.REVISION_CONFLICT', details: { actual: 1 } });
    expect((await writer.readStream('document-1')).map((e) => e.type)).toEqual(['A', 'B']);
    expect((await other.readAll()).map((e) => e.type)).toEqual(['A', 'B']);
  });

  it('delivers to a subscription events appended through another instance (by polling)', async () => {
    const file = join(dir, 'shared.db');
    const subscriber = open(file, 10);
    const writer = open(file);
    const delivered: StoredEvent[] = [];
    const subscription = subscriber.subscribeToAll({ onEvent: (e) => void delivered.push(e) });
    await subscription.caughtUp();
    await writer.appendToStream('document-2', [event('Remote')]);
    await subscription.caughtUp();
    await subscription.stop();
    expect(delivered.map((e) => e.type)).toEqual(['Remote']);
  });

  it('delivers to a subscription events another process wrote to the file', async () => {
    const file = join(dir, 'shared.db');
    const subscriber = open(file, 10);
    const delivered: StoredEvent[] = [];
    const subscription = subscriber.subscribeToAll({ onEvent: (e) => void delivered.push(e) });
    await subscription.caughtUp();
    // The other process writes a row the way the adapter does, with better-sqlite3 alone (no TypeScript to load).
    const insert = `
      const db = new (require('better-sqlite3'))(process.argv[1], { timeout: 10000 });
      db.prepare("INSERT INTO events (id, stream_id, revision, type, data, metadata, created_at) VALUES (?, 'document-9', 0, 'FromAfar', ?, '{}', ?)")
        .run(process.argv[2], JSON.stringify({ text: 'Sở Nội vụ' }), new Date().toISOString());
      db.close();`;
    execFileSync(process.execPath, ['-e', insert, file, uuidV7()], { cwd: process.cwd() });
    await subscription.caughtUp();
    await subscription.stop();
    expect(delivered.map((e) => [e.type, e.data])).toEqual([['FromAfar', { text: 'Sở Nội vụ' }]]);
  });

  it('keeps its events after closing and reopening the file', async () => {
    const file = join(dir, 'reopen.db');
    const first = open(file);
    const appended = await first.appendToStream('document-3', [event('A'), event('B')]);
    await first.close();
    const reopened = open(file);
    expect((await reopened.readStream('document-3')).map((e) => e.type)).toEqual(['A', 'B']);
    const next = await reopened.appendToStream('document-4', [event('C')]);
    expect(next.position).toBeGreaterThan(appended.position);
  });

  it('writes a large batch in one transaction: all or nothing', async () => {
    const store = open();
    const batch = Array.from({ length: 1000 }, (_, i) => event(`E${i}`));
    const clash = [...batch.slice(0, 10).map((e) => ({ ...e, id: uuidV7() })), batch[500]];
    await store.appendToStream('document-5', batch);
    await expect(store.appendToStream('document-6', clash)).rejects.toMatchObject({ code: 'STREAM.REVISION_CONFLICT' });
    expect(await store.streamExists('document-6')).toBe(false);
    expect(await store.readStream('document-5')).toHaveLength(1000);
  });

  it('stops its subscriptions when closed', async () => {
    const store = open();
    await store.appendToStream('document-8', [event('A')]);
    const subscription = store.subscribeToAll({ onEvent: () => undefined });
    await subscription.caughtUp();
    await store.close();
    await expect(subscription.caughtUp()).rejects.toThrow();
  });
});
