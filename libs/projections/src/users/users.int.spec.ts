import { userStream, type EventMetadata, type UserEvent } from '@plan-ledger/domain';
import { uuidV7 } from '@plan-ledger/event-store';
import { openTestLedger, type TestLedger } from '../runner/testing/plan-events';
import { countUsers, findAccount, findAccountByKeyHash, listUsers } from './users.query';
import { usersProjection } from './users.projection';

const metadata = (recordedAt: string): EventMetadata => ({
  actor: { user: 'admin', role: 'admin' },
  correlationId: 'c-1',
  causationId: null,
  recordedAt,
  schemaVersion: 1,
});

describe('users read model', () => {
  let ledger: TestLedger;
  beforeEach(() => {
    ledger = openTestLedger([usersProjection]);
  });
  afterEach(() => ledger.close());

  const given = async (...events: [UserEvent, string][]) => {
    for (const [event, at] of events) {
      await ledger.events.appendToStream(userStream(event.data.name), [{ id: uuidV7(), type: event.type, data: event.data, metadata: metadata(at) }]);
    }
    await ledger.runner.runOnce();
  };
  const db = () => ledger.readModels.db;

  const created: UserEvent = { type: 'UserCreated', data: { name: 'lan.nguyen', roles: ['archivist', 'officer'], passwordHash: '$2b$10$hash' } };
  const issued = (keyId: string, keyHash: string): UserEvent => ({ type: 'ApiKeyIssued', data: { name: 'lan.nguyen', keyId, keyHash, label: 'import' } });

  it('finds an account by name with its roles and password hash', async () => {
    await given([created, '2026-01-05T02:00:00.000Z']);
    expect(findAccount(db(), 'lan.nguyen')).toEqual({ name: 'lan.nguyen', roles: ['archivist', 'officer'], passwordHash: '$2b$10$hash' });
    expect([findAccount(db(), 'nobody'), countUsers(db())]).toEqual([null, 1]);
  });

  it('finds the account a key belongs to until the key is revoked', async () => {
    await given([created, '2026-01-05T02:00:00.000Z'], [issued('k1', 'a'.repeat(64)), '2026-01-05T02:01:00.000Z'], [issued('k2', 'b'.repeat(64)), '2026-01-05T02:02:00.000Z']);
    expect(findAccountByKeyHash(db(), 'a'.repeat(64))).toEqual({ name: 'lan.nguyen', roles: ['archivist', 'officer'] });
    await given([{ type: 'ApiKeyRevoked', data: { name: 'lan.nguyen', keyId: 'k1' } }, '2026-01-06T00:00:00.000Z']);
    expect([findAccountByKeyHash(db(), 'a'.repeat(64)), findAccountByKeyHash(db(), 'b'.repeat(64))?.name]).toEqual([null, 'lan.nguyen']);
    expect(listUsers(db())).toEqual([
      {
        name: 'lan.nguyen',
        roles: ['archivist', 'officer'],
        createdAt: '2026-01-05T02:00:00.000Z',
        createdBy: 'admin',
        keys: [
          { keyId: 'k1', label: 'import', issuedAt: '2026-01-05T02:01:00.000Z', revokedAt: '2026-01-06T00:00:00.000Z' },
          { keyId: 'k2', label: 'import', issuedAt: '2026-01-05T02:02:00.000Z', revokedAt: null },
        ],
      },
    ]);
  });
});
