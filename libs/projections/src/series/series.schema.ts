export const SERIES_TABLES = ['series_members', 'series_heads'];

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
  'CREATE INDEX IF NOT EXISTS series_members_by_document ON series_members (document_id)',
  // One row per series: the words of its latest member, which a new directive is compared with.
  `CREATE TABLE IF NOT EXISTS series_heads (
    series_id TEXT PRIMARY KEY,
    issuer_key TEXT NOT NULL,
    word_count INTEGER NOT NULL,
    words TEXT NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS series_heads_by_issuer ON series_heads (issuer_key, word_count)',
];
