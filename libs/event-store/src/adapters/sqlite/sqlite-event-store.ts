import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { PlanLedgerError } from '@plan-ledger/domain';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  StoredEvent,
  Subscription,
  SubscribeToAllOptions,
} from '../../event-store.port';
import { firstRevisionFor, revisionConflict, satisfiesExpectedRevision } from '../../revision-conflict';
import { PollingSubscription } from './polling-subscription';

export interface SqliteEventStoreOptions {
  /** How often subscriptions look for events appended by other processes; appends in this process wake them at once. */
  pollIntervalMs?: number;
  /** Clock for `created_at` (tests fix it). */
  now?: () => Date;
}

// Plain TEXT columns hold the JSON: a column declared `JSON` gets NUMERIC affinity and would turn '123' into 123.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position   INTEGER PRIMARY KEY AUTOINCREMENT,
  id         TEXT    NOT NULL UNIQUE,
  stream_id  TEXT    NOT NULL,
  revision   INTEGER NOT NULL,
  type       TEXT    NOT NULL,
  data       TEXT    NOT NULL,
  metadata   TEXT    NOT NULL,
  created_at TEXT    NOT NULL,
  UNIQUE (stream_id, revision)
) STRICT;
`;

const COLUMNS = 'position, id, stream_id, revision, type, data, metadata';

interface EventRow {
  position: bigint;
  id: string;
  stream_id: string;
  revision: bigint;
  type: string;
  data: string;
  metadata: string;
}

interface PlacedRow {
  stream_id: string;
  revision: bigint;
  position: bigint;
}

const toStoredEvent = (row: EventRow): StoredEvent => ({
  id: row.id,
  streamId: row.stream_id,
  revision: Number(row.revision),
  position: row.position,
  type: row.type,
  data: JSON.parse(row.data),
  metadata: JSON.parse(row.metadata),
});

// By code, not `instanceof`: the native addon keeps the SqliteError class of the first realm that loaded it (Jest).
const isUniqueViolation = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';

/**
 * The embedded event log: one SQLite file in WAL mode. Writers are serialised by SQLite itself (each append is an
 * IMMEDIATE transaction), so positions are committed in order and a reader never finds a gap filled in later.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly subscriptions = new Set<PollingSubscription>();
  private readonly pollIntervalMs: number;
  private readonly now: () => Date;
  private readonly statements: {
    lastRevision: Database.Statement<[string], { revision: bigint | null }>;
    findById: Database.Statement<[string], PlacedRow>;
    insert: Database.Statement<[string, string, number, string, string, string, string]>;
    readStream: Database.Statement<[string, number, number], EventRow>;
    readAll: Database.Statement<[bigint, number], EventRow>;
    head: Database.Statement<[], { position: bigint | null }>;
  };
  private readonly appendInTransaction: (stream: string, events: NewEvent[], expected: ExpectedRevision) => AppendResult;

  constructor(readonly filePath: string, options: SqliteEventStoreOptions = {}) {
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.now = options.now ?? (() => new Date());
    mkdirSync(dirname(filePath), { recursive: true });
    this.db = new Database(filePath, { timeout: 10_000 });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(SCHEMA);
    const prepare = <P extends unknown[], R = unknown>(sql: string) => this.db.prepare<P, R>(sql).safeIntegers(true);
    this.statements = {
      lastRevision: prepare('SELECT MAX(revision) AS revision FROM events WHERE stream_id = ?'),
      findById: prepare('SELECT stream_id, revision, position FROM events WHERE id = ?'),
      insert: prepare(
        'INSERT INTO events (id, stream_id, revision, type, data, metadata, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      readStream: prepare(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?`),
      readAll: prepare(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`),
      head: prepare('SELECT MAX(position) AS position FROM events'),
    };
    const transaction = this.db.transaction(this.appendSync.bind(this));
    this.appendInTransaction = (stream, events, expected) => transaction.immediate(stream, events, expected);
  }

  /** The durability settings this connection runs with (synchronous: 1 is NORMAL). */
  durability(): { journalMode: string; synchronous: number } {
    return {
      journalMode: this.db.pragma('journal_mode', { simple: true }) as string,
      synchronous: Number(this.db.pragma('synchronous', { simple: true })),
    };
  }

  async appendToStream(
    stream: string,
    events: NewEvent[],
    options: { expectedRevision?: ExpectedRevision } = {},
  ): Promise<AppendResult> {
    if (events.length === 0) throw new PlanLedgerError('COMMAND.INVALID', `${stream}: nothing to append`);
    if (new Set(events.map((e) => e.id)).size !== events.length) {
      throw new PlanLedgerError('COMMAND.INVALID', `${stream}: an event id appears twice in one append`, { stream });
    }
    const result = this.appendInTransaction(stream, events, options.expectedRevision ?? 'any');
    if (result.written) for (const subscription of this.subscriptions) subscription.wake();
    return result;
  }

  async readStream(stream: string, options: { fromRevision?: number; maxCount?: number } = {}): Promise<StoredEvent[]> {
    return this.statements.readStream
      .all(stream, options.fromRevision ?? 0, options.maxCount ?? -1)
      .map(toStoredEvent);
  }

  async streamExists(stream: string): Promise<boolean> {
    return this.lastRevision(stream) >= 0;
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    return this.readAllSync(options.after ?? 0n, options.maxCount ?? -1);
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    const subscription = new PollingSubscription({
      after: options.after ?? 0n,
      onEvent: options.onEvent,
      onError: options.onError,
      pollIntervalMs: this.pollIntervalMs,
      readBatch: (after) => this.readAllSync(after, 500),
      head: () => this.statements.head.get()?.position ?? 0n,
      onStopped: (s) => this.subscriptions.delete(s),
    });
    this.subscriptions.add(subscription);
    subscription.start();
    return subscription;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    if (this.db.open) this.db.close();
  }

  private readAllSync(after: bigint, maxCount: number): StoredEvent[] {
    return this.statements.readAll.all(after, maxCount).map(toStoredEvent);
  }

  private lastRevision(stream: string): number {
    const revision = this.statements.lastRevision.get(stream)?.revision;
    return revision === null || revision === undefined ? -1 : Number(revision);
  }

  private appendSync(stream: string, events: NewEvent[], expected: ExpectedRevision): AppendResult {
    const actual = this.lastRevision(stream);
    const retried = this.findRetriedAppend(stream, events, expected, actual);
    if (retried) return retried;
    if (!satisfiesExpectedRevision(expected, actual)) throw revisionConflict({ stream, expected, actual });
    const createdAt = this.now().toISOString();
    let position = 0n;
    try {
      events.forEach((event, i) => {
        const info = this.statements.insert.run(
          event.id,
          stream,
          actual + 1 + i,
          event.type,
          JSON.stringify(event.data ?? null),
          JSON.stringify(event.metadata ?? null),
          createdAt,
        );
        position = BigInt(info.lastInsertRowid);
      });
    } catch (e) {
      // Only the first id is looked up in advance; a later one already stored means the batch is not a retry.
      if (isUniqueViolation(e)) throw revisionConflict({ stream, expected, actual }, 'an event id is already stored');
      throw e;
    }
    return { nextRevision: actual + events.length, position, written: true };
  }

  /**
   * An append whose events are all stored already, in this stream, in this order, where this append would have put
   * them, is a retry of one that succeeded: a no-op, even though the stream may have moved on since.
   */
  private findRetriedAppend(
    stream: string,
    events: NewEvent[],
    expected: ExpectedRevision,
    actual: number,
  ): AppendResult | null {
    const first = this.statements.findById.get(events[0].id);
    if (!first) return null;
    const placed = events.map((e) => this.statements.findById.get(e.id));
    const firstRevision = Number(first.revision);
    const wanted = firstRevisionFor(expected);
    const samePlaces =
      first.stream_id === stream &&
      (wanted === 'anywhere' || (wanted === 'after_first' ? firstRevision > 0 : firstRevision === wanted)) &&
      placed.every((p, i) => p !== undefined && p.stream_id === stream && Number(p.revision) === firstRevision + i);
    if (!samePlaces) throw revisionConflict({ stream, expected, actual }, 'event ids already stored elsewhere');
    return { nextRevision: actual, position: placed[placed.length - 1]!.position, written: false };
  }
}
