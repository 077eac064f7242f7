import { correctionsSchemaSql } from '../directives/directive-corrections';

export const TRACKER_CORRECTIONS_TABLE = 'tracker_corrections';

export const TRACKER_TABLES = ['tracker', 'tracker_units', 'tracker_status', TRACKER_CORRECTIONS_TABLE];

export const TRACKER_SCHEMA_SQL = [
  `CREATE TABLE IF NOT EXISTS tracker (
    directive_id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    text TEXT NOT NULL,
    deadline_kind TEXT,
    due TEXT,
    plan_number TEXT,
    plan_title TEXT,
    plan_issuer TEXT,
    plan_year INTEGER
  )`,
  'CREATE INDEX IF NOT EXISTS tracker_by_due ON tracker (due)',
  'CREATE INDEX IF NOT EXISTS tracker_by_document ON tracker (document_id)',
  `CREATE TABLE IF NOT EXISTS tracker_units (
    directive_id TEXT NOT NULL,
    unit TEXT NOT NULL,
    PRIMARY KEY (directive_id, unit)
  ) WITHOUT ROWID`,
  'CREATE INDEX IF NOT EXISTS tracker_units_by_unit ON tracker_units (unit, directive_id)',
  // Kept across re-parses, like directive_status.
  `CREATE TABLE IF NOT EXISTS tracker_status (
    directive_id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    completed_on TEXT,
    updated_at TEXT NOT NULL
  )`,
  correctionsSchemaSql(TRACKER_CORRECTIONS_TABLE),
];
