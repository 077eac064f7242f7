export const USERS_TABLES = ['users', 'api_keys'];

export const USERS_SCHEMA_SQL = [
  `CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY,
    roles TEXT NOT NULL,
    password_hash TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS api_keys (
    key_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    label TEXT,
    issued_at TEXT NOT NULL,
    revoked_at TEXT
  )`,
  'CREATE INDEX IF NOT EXISTS api_keys_by_user ON api_keys (name)',
];
