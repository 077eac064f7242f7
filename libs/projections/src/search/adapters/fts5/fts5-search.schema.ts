export const FTS5_SEARCH_TABLES = ['search_directives', 'search_directive_units', 'search_directives_fts'] as const;

/**
 * `folded` indexes the text folded in JS (tones and đ removed, which SQLite's remove_diacritics cannot do for đ);
 * `exact` indexes it as written, tokenised without removing diacritics, to rank exact-diacritic matches first.
 * The FTS table is contentless (the text is in `doc` already) with row deletes enabled: less to write per directive.
 */
export const FTS5_SEARCH_SCHEMA_SQL = [
  `CREATE TABLE IF NOT EXISTS search_directives (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    document_id TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    status TEXT NOT NULL,
    due TEXT,
    year INTEGER,
    issuer TEXT,
    doc TEXT NOT NULL
  )`,
  'CREATE INDEX IF NOT EXISTS search_directives_by_document ON search_directives (document_id, ordinal)',
  'CREATE INDEX IF NOT EXISTS search_directives_by_year ON search_directives (year)',
  'CREATE INDEX IF NOT EXISTS search_directives_by_issuer ON search_directives (issuer)',
  'CREATE INDEX IF NOT EXISTS search_directives_by_due ON search_directives (due)',
  `CREATE TABLE IF NOT EXISTS search_directive_units (
    seq INTEGER NOT NULL,
    is_id INTEGER NOT NULL,
    unit TEXT NOT NULL,
    PRIMARY KEY (seq, is_id, unit)
  ) WITHOUT ROWID`,
  'CREATE INDEX IF NOT EXISTS search_directive_units_by_unit ON search_directive_units (unit, seq)',
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_directives_fts USING fts5(folded, exact, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0')`,
];
