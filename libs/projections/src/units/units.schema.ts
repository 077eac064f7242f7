export const UNITS_TABLES = ['units', 'unit_aliases'];

export const UNITS_SCHEMA_SQL = [
  `CREATE TABLE IF NOT EXISTS units (
    unit_id TEXT PRIMARY KEY,
    issuer TEXT,
    name TEXT NOT NULL,
    merged_into TEXT
  )`,
  'CREATE INDEX IF NOT EXISTS units_by_issuer ON units (issuer)',
  `CREATE TABLE IF NOT EXISTS unit_aliases (
    unit_id TEXT NOT NULL,
    alias TEXT NOT NULL,
    first_document_id TEXT NOT NULL,
    PRIMARY KEY (unit_id, alias)
  ) WITHOUT ROWID`,
];
