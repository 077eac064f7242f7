import type { Database } from 'better-sqlite3';
import { directiveAsOf, type AsOf, type DirectiveAsOf, type DirectiveEvent, type RecordedDirectiveEvent } from '@plan-ledger/domain';
import { foldVietnamese } from '@plan-ledger/extraction';
import { unitResolver } from '../units/units.query';

export interface DirectiveFilter {
  year?: number;
  /** An issuing body, compared folded (case, diacritics, punctuation). */
  issuer?: string;
  /** A canonical unit id: directives naming it or any unit merged into it. */
  unit?: string;
}

export interface DirectiveAsOfRow {
  directiveId: string;
  documentId: string;
  issuer: string | null;
  year: number | null;
  planNumber: string | null;
  planTitle: string | null;
  asOf: DirectiveAsOf;
}

interface DirectiveRow {
  directive_id: string;
  document_id: string;
  issuer: string | null;
  year: number | null;
  plan_number: string | null;
  plan_title: string | null;
}

interface EventRow {
  directive_id: string;
  revision: number;
  type: string;
  data: string;
  recorded_at: string;
}

/** Every directive matching the filter as it stood on `asOf` (directives that did not exist yet are left out). */
export function directivesAsOf(db: Database, filter: DirectiveFilter, asOf: AsOf): DirectiveAsOfRow[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.year !== undefined) {
    where.push('d.year = @year');
    params.year = filter.year;
  }
  if (filter.issuer !== undefined) {
    where.push('d.issuer_key = @issuer');
    params.issuer = foldVietnamese(filter.issuer);
  }
  if (filter.unit !== undefined) {
    const ids = unitIdsResolvingTo(db, filter.unit);
    where.push(`d.directive_id IN (SELECT directive_id FROM compliance_directive_units WHERE unit_id IN (${ids.map((_, i) => `@u${i}`).join(', ')}))`);
    ids.forEach((id, i) => (params[`u${i}`] = id));
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const directives = db
    .prepare(`SELECT directive_id, document_id, issuer, year, plan_number, plan_title FROM compliance_directives d ${clause} ORDER BY directive_id`)
    .all(params) as DirectiveRow[];
  const events = db
    .prepare(
      `SELECT e.directive_id, e.revision, e.type, e.data, e.recorded_at FROM compliance_events e
       JOIN compliance_directives d ON d.directive_id = e.directive_id ${clause} ORDER BY e.directive_id, e.revision`,
    )
    .all(params) as EventRow[];
  const histories = new Map<string, RecordedDirectiveEvent[]>();
  for (const e of events) {
    const history = histories.get(e.directive_id) ?? [];
    history.push({ event: { type: e.type, data: JSON.parse(e.data) } as DirectiveEvent, recordedAt: e.recorded_at, revision: e.revision });
    histories.set(e.directive_id, history);
  }
  const rows: DirectiveAsOfRow[] = [];
  for (const d of directives) {
    const state = directiveAsOf(histories.get(d.directive_id) ?? [], asOf);
    if (!state) continue;
    rows.push({
      directiveId: d.directive_id,
      documentId: d.document_id,
      issuer: d.issuer,
      year: d.year,
      planNumber: d.plan_number,
      planTitle: d.plan_title,
      asOf: state,
    });
  }
  return rows;
}

/** The unit and every unit merged into it, directly or through others. */
export function unitIdsResolvingTo(db: Database, unitId: string): string[] {
  const resolve = unitResolver(db);
  const target = resolve(unitId)?.unitId ?? unitId;
  const all = (db.prepare('SELECT unit_id FROM units').all() as { unit_id: string }[]).map((r) => r.unit_id);
  return [...new Set([target, ...all.filter((id) => resolve(id)?.unitId === target)])];
}
