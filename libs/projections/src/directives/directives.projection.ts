import type { Database } from 'better-sqlite3';
import type {
  DirectiveCompletedData,
  DirectiveCorrectedData,
  EventMetadata,
  PlanParsedData,
} from '@plan-ledger/domain';
import type { StoredEvent } from '@plan-ledger/event-store';
import type { DirectiveUnits, PlanExtraction } from '@plan-ledger/extraction';
import { cachedStatement, type Projection } from '../runner/projection';
import { deleteDocumentSync, setStatusSync, upsertDirectivesSync } from '../search/adapters/fts5/fts5-directive-index';
import type { DirectiveStatus, SearchDirectiveDoc } from '../search/search-index.port';
import { correctionsOf, mergeCorrections, saveCorrections, type Corrections } from './directive-corrections';
import { DIRECTIVE_CORRECTIONS_TABLE, DIRECTIVES_SCHEMA_SQL, DIRECTIVES_TABLES } from './directives.schema';

/** One row of the `directives` table, column for column. */
export interface DirectiveRow {
  id: string;
  document_id: string;
  ordinal: number;
  text: string;
  section: string | null;
  place: string;
  units: string;
  unit_ids: string;
  deadline_kind: string | null;
  deadline_start: string | null;
  deadline_due: string | null;
  deadline_raw: string | null;
  recurrence: string | null;
  span_start: number | null;
  span_end: number | null;
  plan_kind: string | null;
  plan_year: number | null;
  plan_issuer: string | null;
  plan_number: string | null;
  plan_title: string | null;
  plan_issued_on: string | null;
  extractor_version: string;
}

export interface DirectiveStatusRow {
  directive_id: string;
  status: DirectiveStatus;
  completed_on: string | null;
  updated_at: string;
}

export const ROLES = ['lead', 'support', 'direct'] as const satisfies readonly (keyof DirectiveUnits)[];

/** Pure: a document's directive rows after a `PlanParsed`; they replace whatever an earlier parse produced. */
export function directiveRowsOf(event: StoredEvent): DirectiveRow[] {
  const { documentId, extractorVersion, extraction } = event.data as PlanParsedData;
  const { document, directives } = extraction as PlanExtraction;
  return directives.map((d, ordinal) => ({
    id: d.id,
    document_id: documentId,
    ordinal,
    text: d.text,
    section: d.section ?? null,
    place: d.place,
    units: JSON.stringify(d.units),
    unit_ids: JSON.stringify(d.unitIds ?? { lead: [], support: [], direct: [] }),
    deadline_kind: d.deadline?.kind ?? null,
    deadline_start: d.deadline?.start ?? null,
    deadline_due: d.deadline?.due ?? null,
    deadline_raw: d.deadline?.raw ?? null,
    recurrence: d.recurrence ?? null,
    span_start: d.span?.start ?? null,
    span_end: d.span?.end ?? null,
    plan_kind: document.kind ?? null,
    plan_year: document.year ?? null,
    plan_issuer: document.issuer ?? null,
    plan_number: document.number ?? null,
    plan_title: document.title ?? null,
    plan_issued_on: document.issuedOn ?? null,
    extractor_version: extractorVersion,
  }));
}

export const DIRECTIVE_LIFECYCLE_TYPES: ReadonlySet<string> = new Set(['DirectiveCompleted', 'DirectiveReopened']);

/** Pure: a directive's status after a lifecycle event (first version: the latest completion or reopening wins). */
export function evolveDirectiveStatus(row: DirectiveStatusRow | null, event: StoredEvent): DirectiveStatusRow {
  const { directiveId } = event.data as { directiveId: string };
  const updated_at = (event.metadata as EventMetadata).recordedAt;
  const current = row ?? { directive_id: directiveId, status: 'open', completed_on: null, updated_at };
  switch (event.type) {
    case 'DirectiveCompleted':
      return { ...current, status: 'done', completed_on: (event.data as DirectiveCompletedData).completedOn, updated_at };
    case 'DirectiveReopened':
      return { ...current, status: 'open', completed_on: null, updated_at };
    default:
      return current;
  }
}

/** Pure: a directive row with a person's corrections laid over what the extractor read. */
export function correctRow(row: DirectiveRow, corrections: Corrections | null): DirectiveRow {
  if (!corrections) return row;
  const { text, units, unitIds, deadline, recurrence } = corrections;
  return {
    ...row,
    ...(text !== undefined && { text }),
    ...(units !== undefined && { units: JSON.stringify(units) }),
    ...(unitIds !== undefined && { unit_ids: JSON.stringify(unitIds) }),
    ...(deadline !== undefined && {
      deadline_kind: deadline?.kind ?? null,
      deadline_start: deadline?.start ?? null,
      deadline_due: deadline?.due ?? null,
      deadline_raw: deadline?.raw ?? null,
    }),
    ...(recurrence !== undefined && { recurrence }),
  };
}

interface RowUnits {
  units: DirectiveUnits;
  unitIds: DirectiveUnits;
}

const unitsOfRow = (row: DirectiveRow): RowUnits => ({
  units: JSON.parse(row.units) as DirectiveUnits,
  unitIds: JSON.parse(row.unit_ids) as DirectiveUnits,
});

/** Pure: the search document for a directive row and its status; `units` when the row's are parsed already. */
export function searchDocOf(row: DirectiveRow, status: DirectiveStatus, { units, unitIds }: RowUnits = unitsOfRow(row)): SearchDirectiveDoc {
  const distinct = (byRole: DirectiveUnits) => [...new Set(ROLES.flatMap((role) => byRole[role]))];
  return {
    id: row.id,
    documentId: row.document_id,
    ordinal: row.ordinal,
    text: row.text,
    section: row.section,
    units: distinct(units),
    unitIds: distinct(unitIds),
    status,
    due: row.deadline_due,
    year: row.plan_year,
    issuer: row.plan_issuer,
    plan: { number: row.plan_number, title: row.plan_title, issuedOn: row.plan_issued_on, kind: row.plan_kind },
  };
}

const DIRECTIVE_COLUMNS: readonly (keyof DirectiveRow)[] = [
  'id', 'document_id', 'ordinal', 'text', 'section', 'place', 'units', 'unit_ids', 'deadline_kind', 'deadline_start',
  'deadline_due', 'deadline_raw', 'recurrence', 'span_start', 'span_end', 'plan_kind', 'plan_year', 'plan_issuer',
  'plan_number', 'plan_title', 'plan_issued_on', 'extractor_version',
];

const INSERT_DIRECTIVE = `INSERT OR REPLACE INTO directives (${DIRECTIVE_COLUMNS.join(', ')}) VALUES (${DIRECTIVE_COLUMNS.map((c) => '@' + c).join(', ')})`;

function statusOf(db: Database, directiveId: string): DirectiveStatusRow | null {
  return (cachedStatement(db, 'SELECT * FROM directive_status WHERE directive_id = ?').get(directiveId) as DirectiveStatusRow | undefined) ?? null;
}

/** `replacing`: the directive may already have unit links (a correction), not a fresh row from a parse. */
function writeDirective(db: Database, row: DirectiveRow, { units, unitIds }: RowUnits, replacing: boolean): void {
  cachedStatement(db, INSERT_DIRECTIVE).run(row);
  if (replacing) cachedStatement(db, 'DELETE FROM directive_units WHERE directive_id = ?').run(row.id);
  const insertUnit = cachedStatement(db, 'INSERT OR IGNORE INTO directive_units (directive_id, role, unit_name, unit_id) VALUES (?, ?, ?, ?)');
  for (const role of ROLES) units[role].forEach((name, i) => insertUnit.run(row.id, role, name, unitIds[role]?.[i] ?? null));
}

function replaceDocumentDirectives(db: Database, event: StoredEvent): void {
  const { documentId } = event.data as PlanParsedData;
  cachedStatement(db, 'DELETE FROM directive_units WHERE directive_id IN (SELECT id FROM directives WHERE document_id = ?)').run(documentId);
  cachedStatement(db, 'DELETE FROM directives WHERE document_id = ?').run(documentId);
  deleteDocumentSync(db, documentId);
  const rows = directiveRowsOf(event).map((row) => correctRow(row, correctionsOf(db, DIRECTIVE_CORRECTIONS_TABLE, row.id)));
  const docs = rows.map((row) => {
    const units = unitsOfRow(row);
    writeDirective(db, row, units, false);
    return searchDocOf(row, statusOf(db, row.id)?.status ?? 'open', units);
  });
  upsertDirectivesSync(db, docs);
}

const currentRow = (db: Database, id: string) =>
  (cachedStatement(db, 'SELECT * FROM directives WHERE id = ?').get(id) as DirectiveRow | undefined) ?? null;

function applyLifecycle(db: Database, event: StoredEvent): void {
  const next = evolveDirectiveStatus(statusOf(db, (event.data as { directiveId: string }).directiveId), event);
  cachedStatement(
    db,
    'INSERT OR REPLACE INTO directive_status (directive_id, status, completed_on, updated_at) VALUES (@directive_id, @status, @completed_on, @updated_at)',
  ).run(next);
  setStatusSync(db, next.directive_id, next.status);
}

function applyCorrection(db: Database, event: StoredEvent): void {
  const data = event.data as DirectiveCorrectedData;
  saveCorrections(db, DIRECTIVE_CORRECTIONS_TABLE, data.directiveId, mergeCorrections(correctionsOf(db, DIRECTIVE_CORRECTIONS_TABLE, data.directiveId), data));
  const row = currentRow(db, data.directiveId);
  if (!row) return;
  const corrected = correctRow(row, data.after);
  const units = unitsOfRow(corrected);
  writeDirective(db, corrected, units, true);
  upsertDirectivesSync(db, [searchDocOf(corrected, statusOf(db, row.id)?.status ?? 'open', units)]);
}

/** Directives of each document's latest parse with people's corrections, their units, a first status, and the FTS5 search index. */
export const directivesProjection: Projection = {
  name: 'directives',
  schemaSql: DIRECTIVES_SCHEMA_SQL,
  drop: DIRECTIVES_TABLES,
  handles: new Set(['PlanParsed', 'DirectiveCorrected', ...DIRECTIVE_LIFECYCLE_TYPES]),
  apply(db: Database, event: StoredEvent): void {
    if (event.type === 'PlanParsed') replaceDocumentDirectives(db, event);
    else if (event.type === 'DirectiveCorrected') applyCorrection(db, event);
    else applyLifecycle(db, event);
  },
};
