import { randomBytes } from 'node:crypto';
import type { Account } from '@plan-ledger/projections';
import { sha256Hex } from './api-key';

export const SESSION_COOKIE = 'plan_ledger_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/**
 * Browser sessions after a password sign-in, held in this process's memory (keyed by the token's hash): a
 * restart signs everyone out, which a web session can bear. Scripts use API keys, which live in the log.
 */
export class Sessions {
  private readonly byHash = new Map<string, { account: Account; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  open(account: Account): string {
    this.sweep();
    const token = randomBytes(32).toString('base64url');
    this.byHash.set(sha256Hex(token), { account, expiresAt: this.now() + SESSION_TTL_MS });
    return token;
  }

  find(token: string): Account | null {
    const session = this.byHash.get(sha256Hex(token));
    if (!session || session.expiresAt <= this.now()) return null;
    return session.account;
  }

  close(token: string): void {
    this.byHash.delete(sha256Hex(token));
  }

  private sweep(): void {
    const now = this.now();
    for (const [hash, session] of this.byHash) if (session.expiresAt <= now) this.byHash.delete(hash);
  }
}
