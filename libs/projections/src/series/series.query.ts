import type { Database } from 'better-sqlite3';
import { foldVietnamese } from '@plan-ledger/extraction';

export interface SeriesMember {
  directiveId: string;
  documentId: string;
  year: number | null;
  text: string;
}

export interface TaskSeries {
  seriesId: string;
  issuer: string | null;
  members: SeriesMember[];
}

interface Row {
  directive_id: string;
  series_id: string;
  issuer: string | null;
  year: number | null;
  document_id: string;
  text: string;
}

function group(rows: Row[]): TaskSeries[] {
  const series = new Map<string, TaskSeries>();
  for (const r of rows) {
    let s = series.get(r.series_id);
    if (!s) {
      s = { seriesId: r.series_id, issuer: r.issuer, members: [] };
      series.set(r.series_id, s);
    }
    s.members.push({ directiveId: r.directive_id, documentId: r.document_id, year: r.year, text: r.text });
  }
  return [...series.values()];
}

/** The series a directive belongs to, its members by plan year; null for a directive never assigned. */
export function seriesOf(db: Database, directiveId: string): TaskSeries | null {
  const rows = db
    .prepare(
      `SELECT * FROM series_members WHERE series_id = (SELECT series_id FROM series_members WHERE directive_id = ?)
       ORDER BY year, document_id, directive_id`,
    )
    .all(directiveId) as Row[];
  return group(rows)[0] ?? null;
}

/** Tasks that recur across plans (two or more members), optionally of one issuer. */
export function recurringSeries(db: Database, filter: { issuer?: string } = {}): TaskSeries[] {
  const rows = db
    .prepare(
      `SELECT * FROM series_members WHERE series_id IN (SELECT series_id FROM series_members GROUP BY series_id HAVING COUNT(*) > 1)
       AND (@issuer IS NULL OR issuer_key = @issuer) ORDER BY series_id, year, document_id, directive_id`,
    )
    .all({ issuer: filter.issuer ? foldVietnamese(filter.issuer) : null }) as Row[];
  return group(rows);
}
