import type { Database } from 'better-sqlite3';
import type { DirectiveContent, DirectiveCorrectedData } from '@plan-ledger/domain';
import { cachedStatement } from '../runner/projection';

/**
 * A person's corrections, merged field by field (the latest wins), kept apart from extracted rows so a re-parse
 * replaces the extraction and the corrections are laid over it again (DESIGN: "projections use the latest,
 * keeping human corrections"). Each projection keeps its own table, so it can be rebuilt on its own.
 */
export type Corrections = Partial<DirectiveContent>;

export const correctionsSchemaSql = (table: string): string =>
  `CREATE TABLE IF NOT EXISTS ${table} (directive_id TEXT PRIMARY KEY, content TEXT NOT NULL)`;

/** Pure. */
export const mergeCorrections = (previous: Corrections | null, event: DirectiveCorrectedData): Corrections => ({
  ...previous,
  ...event.after,
});

export function correctionsOf(db: Database, table: string, directiveId: string): Corrections | null {
  const row = cachedStatement(db, `SELECT content FROM ${table} WHERE directive_id = ?`).get(directiveId) as { content: string } | undefined;
  return row ? (JSON.parse(row.content) as Corrections) : null;
}

export function saveCorrections(db: Database, table: string, directiveId: string, corrections: Corrections): void {
  cachedStatement(db, `INSERT OR REPLACE INTO ${table} (directive_id, content) VALUES (?, ?)`).run(directiveId, JSON.stringify(corrections));
}
