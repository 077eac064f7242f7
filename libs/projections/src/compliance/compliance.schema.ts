export const COMPLIANCE_TABLES = ['compliance_directives', 'compliance_events', 'compliance_directive_units'];

export const COMPLIANCE_SCHEMA_SQL = [
  // Filter columns of each directive, from its latest assignment.
  `CREATE TABLE IF NOT EXISTS compliance_directives (
    directive_id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    issuer TEXT,
    issuer_key TEXT,
    year INTEGER,
    plan_number TEXT,
    plan_title TEXT
  )`,
  'CREATE INDEX IF NOT EXISTS compliance_directives_by_year ON compliance_directives (year, issuer_key)',
  // Each directive's history with both clocks, so any "as of" is computed from it at query time. A rowid table:
  // rows of about 1 KB (the event's data) fill a WITHOUT ROWID b-tree at a third of its pages' size.
  `CREATE TABLE IF NOT EXISTS compliance_events (
    directive_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    effective_on TEXT,
    PRIMARY KEY (directive_id, revision)
  )`,
  // Every unit id a directive has named in any role, in any version: a superset used to pre-filter by unit.
  `CREATE TABLE IF NOT EXISTS compliance_directive_units (
    unit_id TEXT NOT NULL,
    directive_id TEXT NOT NULL,
    PRIMARY KEY (unit_id, directive_id)
  ) WITHOUT ROWID`,
];
