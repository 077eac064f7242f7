import type { Database } from 'better-sqlite3';
import type { UserRole } from '@plan-ledger/domain';
import { cachedStatement } from '../runner/projection';

export interface Account {
  name: string;
  roles: UserRole[];
}

export interface AccountWithPassword extends Account {
  passwordHash: string | null;
}

export interface UserView extends Account {
  createdAt: string;
  createdBy: string;
  keys: { keyId: string; label: string | null; issuedAt: string; revokedAt: string | null }[];
}

interface UserRow {
  name: string;
  roles: string;
  password_hash: string | null;
  created_at: string;
  created_by: string;
}

export function findAccount(db: Database, name: string): AccountWithPassword | null {
  const row = cachedStatement(db, 'SELECT name, roles, password_hash FROM users WHERE name = ?').get(name) as UserRow | undefined;
  return row ? { name: row.name, roles: JSON.parse(row.roles) as UserRole[], passwordHash: row.password_hash } : null;
}

/** The account a live (not revoked) API key belongs to, by the key's SHA-256. */
export function findAccountByKeyHash(db: Database, keyHash: string): Account | null {
  const row = cachedStatement(
    db,
    'SELECT u.name, u.roles FROM api_keys k JOIN users u ON u.name = k.name WHERE k.key_hash = ? AND k.revoked_at IS NULL',
  ).get(keyHash) as Pick<UserRow, 'name' | 'roles'> | undefined;
  return row ? { name: row.name, roles: JSON.parse(row.roles) as UserRole[] } : null;
}

export function countUsers(db: Database): number {
  return (cachedStatement(db, 'SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
}

export function listUsers(db: Database): UserView[] {
  const users = cachedStatement(db, 'SELECT name, roles, created_at, created_by FROM users ORDER BY name').all() as UserRow[];
  const keys = cachedStatement(db, 'SELECT key_id, name, label, issued_at, revoked_at FROM api_keys ORDER BY issued_at').all() as {
    key_id: string;
    name: string;
    label: string | null;
    issued_at: string;
    revoked_at: string | null;
  }[];
  return users.map((u) => ({
    name: u.name,
    roles: JSON.parse(u.roles) as UserRole[],
    createdAt: u.created_at,
    createdBy: u.created_by,
    keys: keys.filter((k) => k.name === u.name).map((k) => ({ keyId: k.key_id, label: k.label, issuedAt: k.issued_at, revokedAt: k.revoked_at })),
  }));
}
