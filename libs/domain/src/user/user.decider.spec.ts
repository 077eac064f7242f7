import { PlanLedgerError } from '../errors';
import type { CommandContext } from '../metadata';
import { DeciderSpecification } from '../testing/decider-spec';
import type { UserEvent } from './user.events';
import { decide, evolve, initialState } from './user.decider';

const ctx: CommandContext = { now: '2026-01-05T02:00:00.000Z', actor: { user: 'admin', role: 'admin' }, correlationId: 'c-1' };
const spec = DeciderSpecification.for({ decide, evolve, initialState }, ctx);
const withCode = (code: string) => (e: PlanLedgerError) => e.code === code;

const created: UserEvent = { type: 'UserCreated', data: { name: 'lan.nguyen', roles: ['archivist', 'officer'], passwordHash: '$2b$10$x' } };
const issued: UserEvent = { type: 'ApiKeyIssued', data: { name: 'lan.nguyen', keyId: 'k1', keyHash: 'ab'.repeat(32), label: 'import script' } };

describe('user decider', () => {
  describe('absent', () => {
    it('creates the account with its roles in a fixed order', () =>
      spec
        .given([])
        .when({ type: 'CreateUser', data: { name: 'lan.nguyen', roles: ['officer', 'archivist'], passwordHash: '$2b$10$x' } })
        .then([created]));

    it.each([
      ['a name with capitals or spaces', 'Lan Nguyen', ['officer']],
      ['no role', 'lan', []],
      ['an unknown role', 'lan', ['system']],
      ['a role twice', 'lan', ['officer', 'officer']],
    ])('refuses %s', (_label, name, roles) =>
      spec
        .given([])
        .when({ type: 'CreateUser', data: { name, roles: roles as never, passwordHash: null } })
        .thenThrows(PlanLedgerError, withCode('COMMAND.INVALID')));

    it('issues no key', () =>
      spec
        .given([])
        .when({ type: 'IssueApiKey', data: { name: 'lan.nguyen', keyId: 'k1', keyHash: 'ab'.repeat(32) } })
        .thenThrows(PlanLedgerError, withCode('STREAM.NOT_FOUND')));
  });

  describe('active', () => {
    it('is created only once', () =>
      spec
        .given([created])
        .when({ type: 'CreateUser', data: { name: 'lan.nguyen', roles: ['admin'], passwordHash: null } })
        .thenThrows(PlanLedgerError, withCode('COMMAND.REJECTED')));

    it('issues a key', () =>
      spec
        .given([created])
        .when({ type: 'IssueApiKey', data: { name: 'lan.nguyen', keyId: 'k1', keyHash: 'ab'.repeat(32), label: 'import script' } })
        .then([issued]));

    it('issues a key id only once', () =>
      spec
        .given([created, issued])
        .when({ type: 'IssueApiKey', data: { name: 'lan.nguyen', keyId: 'k1', keyHash: 'cd'.repeat(32) } })
        .thenThrows(PlanLedgerError, withCode('COMMAND.REJECTED')));

    it('revokes a key, once', () => {
      spec.given([created, issued]).when({ type: 'RevokeApiKey', data: { name: 'lan.nguyen', keyId: 'k1' } }).then([
        { type: 'ApiKeyRevoked', data: { name: 'lan.nguyen', keyId: 'k1' } },
      ]);
      spec
        .given([created, issued, { type: 'ApiKeyRevoked', data: { name: 'lan.nguyen', keyId: 'k1' } }])
        .when({ type: 'RevokeApiKey', data: { name: 'lan.nguyen', keyId: 'k1' } })
        .thenNothingHappens();
    });

    it('cannot revoke a key it never had', () =>
      spec
        .given([created])
        .when({ type: 'RevokeApiKey', data: { name: 'lan.nguyen', keyId: 'k9' } })
        .thenThrows(PlanLedgerError, withCode('STREAM.NOT_FOUND')));
  });
});
