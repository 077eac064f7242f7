import type { Database } from 'better-sqlite3';
import type { DirectiveCorrectedData, PlanParsedData } from '@plan-ledger/domain';
import type { StoredEvent } from '@plan-ledger/event-store';
import type { DirectiveUnits, PlanExtraction } from '@plan-ledger/extraction';
import { DIRECTIVE_LIFECYCLE_TYPES, ROLES, evolveDirectiveStatus, type DirectiveStatusRow } from '../directives/directives.projection';
import { correctionsOf, mergeCorrections, saveCorrections, type Corrections } from '../directives/directive-corrections';
import { cachedStatement, type Projection } from '../runner/projection';
import { TRACKER_CORRECTIONS_TABLE, TRACKER_SCHEMA_SQL, TRACKER_TABLES } from './tracker.schema';

export interface TrackerRow {
  directive_id: string;
  document_id: string;
  ordinal: number;
  text: string;
  deadline_kind: string | null;
  due: string | null;
  plan_number: string | null;
  plan_title: string | null;
  plan_issuer: string | null;
  plan_year: number | null;
}

export interface TrackerEntry {
  row: TrackerRow;
  /** Unit names and canonical ids, every role: what a unit filter may name. */
  units: string[];
}

const unitKeys = (units: DirectiveUnits, unitIds: DirectiveUnits | undefined): string[] => [
  ...new Set(ROLES.flatMap((role) => [...units[role], ...(unitIds?.[role] ?? [])])),
];

/** Pure: a tracker entry with a person's corrections laid over it. */
export function correctEntry(entry: TrackerEntry, corrections: Corrections | null): TrackerEntry {
  if (!corrections) return entry;
  const { text, deadline, units, unitIds } = corrections;
  return {
    row: {
      ...entry.row,
      ...(text !== undefined && { text }),
      ...(deadline !== undefined && { deadline_kind: deadline?.kind ?? null, due: deadline?.due ?? null }),
    },
    units: units !== undefined ? unitKeys(units, unitIds) : entry.units,
  };
}

/** Pure: a document's tracker rows after a `PlanParsed`, each with the unit names and ids it may be filtered by. */
export function trackerRowsOf(event: StoredEvent): TrackerEntry[] {
  const { documentId, extraction } = event.data as PlanParsedData;
  const { document, directives } = extraction as PlanExtraction;
  return directives.map((d, ordinal) => ({
    row: {
      directive_id: d.id,
      document_id: documentId,
      ordinal,
      text: d.text,
      deadline_kind: d.deadline?.kind ?? null,
      due: d.deadline?.due ?? null,
      plan_number: document.number ?? null,
      plan_title: document.title ?? null,
      plan_issuer: document.issuer ?? null,
      plan_year: document.year ?? null,
    },
    units: unitKeys(d.units, d.unitIds),
  }));
}

/** `replacing`: the directive may already have unit rows (a correction), not a fresh entry from a parse. */
function writeEntry(db: Database, { row, units }: TrackerEntry, replacing: boolean): void {
  cachedStatement(
    db,
    `INSERT OR REPLACE INTO tracker (directive_id, document_id, ordinal, text, deadline_kind, due, plan_number, plan_title, plan_issuer, plan_year)
     VALUES (@directive_id, @document_id, @ordinal, @text, @deadline_kind, @due, @plan_number, @plan_title, @plan_issuer, @plan_year)`,
  ).run(row);
  if (replacing) cachedStatement(db, 'DELETE FROM tracker_units WHERE directive_id = ?').run(row.directive_id);
  const insertUnit = cachedStatement(db, 'INSERT OR IGNORE INTO tracker_units (directive_id, unit) VALUES (?, ?)');
  for (const unit of units) insertUnit.run(row.directive_id, unit);
}

function replaceDocument(db: Database, event: StoredEvent): void {
  const { documentId } = event.data as PlanParsedData;
  cachedStatement(db, 'DELETE FROM tracker_units WHERE directive_id IN (SELECT directive_id FROM tracker WHERE document_id = ?)').run(documentId);
  cachedStatement(db, 'DELETE FROM tracker WHERE document_id = ?').run(documentId);
  for (const entry of trackerRowsOf(event)) {
    writeEntry(db, correctEntry(entry, correctionsOf(db, TRACKER_CORRECTIONS_TABLE, entry.row.directive_id)), false);
  }
}

function applyCorrection(db: Database, event: StoredEvent): void {
  const data = event.data as DirectiveCorrectedData;
  saveCorrections(db, TRACKER_CORRECTIONS_TABLE, data.directiveId, mergeCorrections(correctionsOf(db, TRACKER_CORRECTIONS_TABLE, data.directiveId), data));
  const row = cachedStatement(db, 'SELECT * FROM tracker WHERE directive_id = ?').get(data.directiveId) as TrackerRow | undefined;
  if (!row) return;
  const units = cachedStatement(db, 'SELECT unit FROM tracker_units WHERE directive_id = ? ORDER BY unit').pluck().all(data.directiveId) as string[];
  writeEntry(db, correctEntry({ row, units }, data.after), true);
}

function applyLifecycle(db: Database, event: StoredEvent): void {
  const id = (event.data as { directiveId: string }).directiveId;
  const current = cachedStatement(db, 'SELECT * FROM tracker_status WHERE directive_id = ?').get(id) as DirectiveStatusRow | undefined;
  cachedStatement(
    db,
    'INSERT OR REPLACE INTO tracker_status (directive_id, status, completed_on, updated_at) VALUES (@directive_id, @status, @completed_on, @updated_at)',
  ).run(evolveDirectiveStatus(current ?? null, event));
}

/** First version of the tracker: due date and completion per directive; days left are computed at query time. */
export const trackerProjection: Projection = {
  name: 'tracker',
  schemaSql: TRACKER_SCHEMA_SQL,
  drop: TRACKER_TABLES,
  handles: new Set(['PlanParsed', 'DirectiveCorrected', ...DIRECTIVE_LIFECYCLE_TYPES]),
  apply(db: Database, event: StoredEvent): void {
    if (event.type === 'PlanParsed') replaceDocument(db, event);
    else if (event.type === 'DirectiveCorrected') applyCorrection(db, event);
    else applyLifecycle(db, event);
  },
};
