export const CITATIONS_TABLES = ['citation_sources', 'citations'];

export const CITATIONS_SCHEMA_SQL = [
  // Every parsed document as something that can be cited, keyed by kind and folded number.
  `CREATE TABLE IF NOT EXISTS citation_sources (
    document_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    number TEXT,
    number_key TEXT,
    issuer TEXT,
    issued_on TEXT,
    year INTEGER,
    title TEXT
  )`,
  'CREATE INDEX IF NOT EXISTS citation_sources_by_number ON citation_sources (number_key, kind)',
  `CREATE TABLE IF NOT EXISTS citations (
    document_id TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    kind TEXT NOT NULL,
    number TEXT,
    number_key TEXT,
    issued_on TEXT,
    issuer TEXT,
    title TEXT,
    PRIMARY KEY (document_id, ordinal)
  )`,
  'CREATE INDEX IF NOT EXISTS citations_by_number ON citations (number_key, kind)',
];
