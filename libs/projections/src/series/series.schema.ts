export const SERIES_TABLES = ['series_members'];

export const SERIES_SCHEMA_SQL = [
  `CREATE TABLE IF NOT EXISTS series_members (
    directive_id TEXT PRIMARY KEY,
    series_id TEXT NOT NULL,
    issuer_key TEXT NOT NULL,
    issuer TEXT,
    year INTEGER,
    document_id TEXT NOT NULL,
    text TEXT NOT NULL,
    words TEXT NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS series_members_by_issuer ON series_members (issuer_key, series_id)',
  'CREATE INDEX IF NOT EXISTS series_members_by_series ON series_members (series_id)',
];
