import type { Database, Statement } from 'better-sqlite3';
import type { StoredEvent } from '@plan-ledger/event-store';

/**
 * A read model fed by the projection runner (STYLE 7). The runner calls `apply` (or `applyBatch`) inside its own
 * transaction, together with the checkpoint, so writes must be synchronous and must not open transactions of their
 * own. Both must be deterministic (time comes from event metadata, never the clock) so a rebuild reproduces rows.
 */
export interface Projection {
  /** Stable name; the checkpoint key. */
  readonly name: string;
  /** Idempotent DDL (CREATE TABLE/INDEX ... IF NOT EXISTS), run in order when the store opens and after a rebuild's drop. */
  readonly schemaSql: readonly string[];
  /** Event types this projection reacts to; others are skipped without a call. */
  readonly handles: ReadonlySet<string>;
  apply(db: Database, event: StoredEvent): void;
  /**
   * Optional: applies a batch's events that this projection handles, in log order, at once, so it can keep what
   * it reads in memory for the length of the call. Must leave the rows that `apply` on each event in turn would.
   */
  applyBatch?(db: Database, events: readonly StoredEvent[]): void;
  /** Tables (including FTS5 virtual tables) that a rebuild drops before recreating them from `schemaSql`. */
  readonly drop?: readonly string[];
}

const statements = new WeakMap<Database, Map<string, Statement>>();

/** Prepared once per connection: preparing on every event would cost more than the write itself in a rebuild. */
export function cachedStatement(db: Database, sql: string): Statement {
  let byText = statements.get(db);
  if (!byText) {
    byText = new Map();
    statements.set(db, byText);
  }
  let statement = byText.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    byText.set(sql, statement);
  }
  return statement;
}

/** For the length of one batch (`applyBatch`): values repeat across its events, e.g. one issuer's name. */
export function memoized<T>(f: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = f(key);
      known.set(key, value);
    }
    return value;
  };
}
