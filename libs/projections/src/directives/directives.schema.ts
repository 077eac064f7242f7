import { correctionsSchemaSql } from './directive-corrections';
import { FTS5_SEARCH_SCHEMA_SQL, FTS5_SEARCH_TABLES } from '../search/adapters/fts5/fts5-search.schema';

export const DIRECTIVE_CORRECTIONS_TABLE = 'directive_corrections';

export const DIRECTIVES_TABLES = ['directives', 'directive_units', 'directive_status', DIRECTIVE_CORRECTIONS_TABLE, ...FTS5_SEARCH_TABLES];

export const DIRECTIVES_SCHEMA_SQL = [
  `CREATE TABLE IF NOT EXISTS directives (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    text TEXT NOT NULL,
    section TEXT,
    place TEXT NOT NULL,
    units TEXT NOT NULL,
    unit_ids TEXT NOT NULL,
    deadline_kind TEXT,
    deadline_start TEXT,
    deadline_due TEXT,
    deadline_raw TEXT,
    recurrence TEXT,
    span_start INTEGER,
    span_end INTEGER,
    plan_kind TEXT,
    plan_year INTEGER,
    plan_issuer TEXT,
    plan_number TEXT,
    plan_title TEXT,
    plan_issued_on TEXT,
    extractor_version TEXT NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS directives_by_document ON directives (document_id, ordinal)',
  `CREATE TABLE IF NOT EXISTS directive_units (
    directive_id TEXT NOT NULL,
    role TEXT NOT NULL,
    unit_name TEXT NOT NULL,
    unit_id TEXT,
    PRIMARY KEY (directive_id, role, unit_name)
  ) WITHOUT ROWID`,
  'CREATE INDEX IF NOT EXISTS directive_units_by_unit ON directive_units (unit_id, directive_id)',
  // Outlives re-parses: a person's completion stays with the directive id whatever the extractor does next.
  `CREATE TABLE IF NOT EXISTS directive_status (
    directive_id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    completed_on TEXT,
    updated_at TEXT NOT NULL
  )`,
  correctionsSchemaSql(DIRECTIVE_CORRECTIONS_TABLE),
  ...FTS5_SEARCH_SCHEMA_SQL,
];
