import type { Actor } from '../metadata';

/**
 * Accounts (not in DESIGN's table, listed in the README's Security section): one stream per user, `user-<name>`,
 * holding the account and the API keys issued to it. Secrets never enter the log: a password as its bcrypt hash,
 * an API key as the SHA-256 of the key (the key itself is shown once, when issued).
 */
export type UserRole = Exclude<Actor['role'], 'system'>;

export const USER_ROLES: readonly UserRole[] = ['archivist', 'officer', 'analyst', 'admin'];

/** A login name: lower-case ASCII, digits, dot, dash, underscore (it is part of the stream name). */
export const USER_NAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export interface UserCreatedData {
  name: string;
  roles: UserRole[];
  /** bcrypt hash; null for an account that signs in with API keys only (a script). */
  passwordHash: string | null;
}

export interface ApiKeyIssuedData {
  name: string;
  keyId: string;
  /** SHA-256 (hex) of the whole key: keys are long random strings, so a fast hash is enough to look them up safely. */
  keyHash: string;
  label: string | null;
}

export interface ApiKeyRevokedData {
  name: string;
  keyId: string;
}

export type UserEvent =
  | { type: 'UserCreated'; data: UserCreatedData }
  | { type: 'ApiKeyIssued'; data: ApiKeyIssuedData }
  | { type: 'ApiKeyRevoked'; data: ApiKeyRevokedData };

export type UserEventType = UserEvent['type'];

export const USER_EVENT_TYPES: ReadonlySet<string> = new Set<UserEventType>(['UserCreated', 'ApiKeyIssued', 'ApiKeyRevoked']);

export const USER_EVENT_SCHEMA_VERSION = 1;

export const userStream = (name: string): string => `user-${name}`;
