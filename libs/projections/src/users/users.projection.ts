import type { Database } from 'better-sqlite3';
import { USER_EVENT_TYPES, type EventMetadata, type UserEvent } from '@plan-ledger/domain';
import type { StoredEvent } from '@plan-ledger/event-store';
import { cachedStatement, type Projection } from '../runner/projection';
import { USERS_SCHEMA_SQL, USERS_TABLES } from './users.schema';

/** Accounts and API keys, for signing in: who has which roles, and which key hashes are live. */
export const usersProjection: Projection = {
  name: 'users',
  schemaSql: USERS_SCHEMA_SQL,
  drop: USERS_TABLES,
  handles: USER_EVENT_TYPES,
  apply(db: Database, stored: StoredEvent): void {
    const event = { type: stored.type, data: stored.data } as UserEvent;
    const { recordedAt, actor } = stored.metadata as EventMetadata;
    switch (event.type) {
      case 'UserCreated': {
        const { name, roles, passwordHash } = event.data;
        cachedStatement(db, 'INSERT OR IGNORE INTO users (name, roles, password_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?)').run(
          name,
          JSON.stringify(roles),
          passwordHash,
          recordedAt,
          actor.user,
        );
        return;
      }
      case 'ApiKeyIssued': {
        const { keyId, name, keyHash, label } = event.data;
        cachedStatement(db, 'INSERT OR IGNORE INTO api_keys (key_id, name, key_hash, label, issued_at, revoked_at) VALUES (?, ?, ?, ?, ?, NULL)').run(
          keyId,
          name,
          keyHash,
          label,
          recordedAt,
        );
        return;
      }
      case 'ApiKeyRevoked':
        cachedStatement(db, 'UPDATE api_keys SET revoked_at = ? WHERE key_id = ?').run(recordedAt, event.data.keyId);
        return;
      default: {
        const unknown: never = event;
        throw new Error(`unknown user event ${JSON.stringify(unknown)}`);
      }
    }
  },
};
