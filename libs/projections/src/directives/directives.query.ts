import type { Database } from 'better-sqlite3';
import type { Deadline, DirectiveUnits, Recurrence, TextRange } from '@plan-ledger/extraction';
import { searchSync } from '../search/adapters/fts5/fts5-directive-index';
import type { DirectiveSearchQuery, DirectiveSearchResult, DirectiveStatus } from '../search/search-index.port';
import type { DirectiveRow } from './directives.projection';

export interface DirectiveView {
  id: string;
  documentId: string;
  ordinal: number;
  text: string;
  section: string | null;
  place: string;
  units: DirectiveUnits;
  unitIds: DirectiveUnits;
  deadline: Omit<Deadline, 'span'> | null;
  recurrence: Recurrence | null;
  span: TextRange | null;
  status: DirectiveStatus;
  completedOn: string | null;
  plan: { kind: string | null; year: number | null; issuer: string | null; number: string | null; title: string | null; issuedOn: string | null };
  extractorVersion: string;
}

type JoinedRow = DirectiveRow & { status: DirectiveStatus | null; completed_on: string | null };

const SELECT = `SELECT d.*, s.status, s.completed_on FROM directives d LEFT JOIN directive_status s ON s.directive_id = d.id`;

const toView = (r: JoinedRow): DirectiveView => ({
  id: r.id,
  documentId: r.document_id,
  ordinal: r.ordinal,
  text: r.text,
  section: r.section,
  place: r.place,
  units: JSON.parse(r.units),
  unitIds: JSON.parse(r.unit_ids),
  deadline: r.deadline_kind
    ? { kind: r.deadline_kind as Deadline['kind'], start: r.deadline_start, due: r.deadline_due, raw: r.deadline_raw ?? '' }
    : null,
  recurrence: r.recurrence as Recurrence | null,
  span: r.span_start === null || r.span_end === null ? null : { start: r.span_start, end: r.span_end },
  status: r.status ?? 'open',
  completedOn: r.completed_on,
  plan: { kind: r.plan_kind, year: r.plan_year, issuer: r.plan_issuer, number: r.plan_number, title: r.plan_title, issuedOn: r.plan_issued_on },
  extractorVersion: r.extractor_version,
});

export function getDirective(db: Database, id: string): DirectiveView | null {
  const row = db.prepare(`${SELECT} WHERE d.id = ?`).get(id) as JoinedRow | undefined;
  return row ? toView(row) : null;
}

/** A document's directives from its latest parse, in document order. */
export function listDocumentDirectives(db: Database, documentId: string): DirectiveView[] {
  return (db.prepare(`${SELECT} WHERE d.document_id = ? ORDER BY d.ordinal`).all(documentId) as JoinedRow[]).map(toView);
}

/** Full-text search with filters and facets over the embedded (FTS5) index. */
export function searchDirectives(db: Database, query: DirectiveSearchQuery): DirectiveSearchResult {
  return searchSync(db, query);
}
