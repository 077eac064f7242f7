/**
 * A user account and its API keys (STYLE 1). Hashing and key generation happen at the edge (they need randomness
 * and time); the decider only checks that the account and key exist, are new, or are still valid.
 */
import { PlanLedgerError } from '../errors';
import type { CommandContext } from '../metadata';
import { USER_NAME, USER_ROLES, type UserEvent, type UserRole } from './user.events';

export interface UserState {
  status: 'absent' | 'active';
  name: string | null;
  roles: UserRole[];
  /** keyId -> revoked */
  keys: Record<string, boolean>;
}

export const initialState: UserState = { status: 'absent', name: null, roles: [], keys: {} };

export type UserCommand =
  | { type: 'CreateUser'; data: { name: string; roles: UserRole[]; passwordHash: string | null } }
  | { type: 'IssueApiKey'; data: { name: string; keyId: string; keyHash: string; label?: string | null } }
  | { type: 'RevokeApiKey'; data: { name: string; keyId: string } };

export function decide(command: UserCommand, state: UserState, _ctx: CommandContext): UserEvent[] {
  switch (command.type) {
    case 'CreateUser': {
      const { name, roles, passwordHash } = command.data;
      if (!USER_NAME.test(name)) throw invalid(`a user name is 2-64 of a-z, 0-9, ".", "-", "_" (got ${JSON.stringify(name)})`);
      const distinct = USER_ROLES.filter((role) => roles.includes(role));
      if (distinct.length === 0 || distinct.length !== roles.length) throw invalid(`roles must be some of ${USER_ROLES.join(', ')}`);
      if (state.status !== 'absent') throw rejected(`user ${name} exists already`);
      return [{ type: 'UserCreated', data: { name, roles: distinct, passwordHash } }];
    }
    case 'IssueApiKey': {
      const { name, keyId, keyHash } = command.data;
      requireActive(state, name);
      if (keyId in state.keys) throw rejected(`key ${keyId} was issued already`);
      return [{ type: 'ApiKeyIssued', data: { name, keyId, keyHash, label: command.data.label ?? null } }];
    }
    case 'RevokeApiKey': {
      const { name, keyId } = command.data;
      requireActive(state, name);
      if (!(keyId in state.keys)) throw new PlanLedgerError('STREAM.NOT_FOUND', `user ${name} has no key ${keyId}`);
      if (state.keys[keyId]) return [];
      return [{ type: 'ApiKeyRevoked', data: { name, keyId } }];
    }
    default: {
      const unknown: never = command;
      throw invalid(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

export function evolve(state: UserState, event: UserEvent): UserState {
  switch (event.type) {
    case 'UserCreated':
      return { ...state, status: 'active', name: event.data.name, roles: event.data.roles };
    case 'ApiKeyIssued':
      return { ...state, keys: { ...state.keys, [event.data.keyId]: false } };
    case 'ApiKeyRevoked':
      return { ...state, keys: { ...state.keys, [event.data.keyId]: true } };
    default: {
      const unknown: never = event;
      throw new Error(`unknown user event ${JSON.stringify(unknown)}`);
    }
  }
}

export const userDecider = { decide, evolve, initialState };

function requireActive(state: UserState, name: string): void {
  if (state.status === 'absent') throw new PlanLedgerError('STREAM.NOT_FOUND', `no user ${name}`);
}

const invalid = (message: string) => new PlanLedgerError('COMMAND.INVALID', message);
const rejected = (message: string) => new PlanLedgerError('COMMAND.REJECTED', message);
