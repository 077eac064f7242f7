import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PlanLedgerError, type UserRole } from '@plan-ledger/domain';
import type { Account } from '@plan-ledger/projections';
import { Accounts } from './accounts';
import { bearerToken, sessionToken } from './credentials';
import type { Authenticated, AuthenticatedRequest } from './current-actor';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { Sessions } from './sessions';

/**
 * Every route, globally: public routes pass; others need an API key (Bearer) or a session cookie, and one of the
 * roles the route declares. A route that declares nothing is refused, whoever asks.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(Accounts) private readonly accounts: Accounts,
    @Inject(Sessions) private readonly sessions: Sessions,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES_KEY, targets);
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!roles?.length) throw new PlanLedgerError('AUTH.FORBIDDEN', `${req.method} ${req.path} declares no role: refused to everyone`);
    const auth = this.authenticate(req);
    const role = roles.find((r) => auth.account.roles.includes(r));
    if (!role) {
      throw new PlanLedgerError('AUTH.FORBIDDEN', `${auth.account.name} (${auth.account.roles.join(', ')}) may not ${req.method} ${req.path}: needs ${roles.join(' or ')}`);
    }
    req.auth = { ...auth, actor: { user: auth.account.name, role } };
    return true;
  }

  private authenticate(req: AuthenticatedRequest): Omit<Authenticated, 'actor'> {
    const key = bearerToken(req);
    if (key) return { account: this.known(this.accounts.byApiKey(key), 'the API key is unknown or revoked'), via: 'api-key' };
    const token = sessionToken(req);
    if (token) return { account: this.known(this.sessions.find(token), 'the session has expired: sign in again'), via: 'session' };
    throw new PlanLedgerError('AUTH.REQUIRED', 'sign in (POST /api/v1/auth/login) or send an API key: Authorization: Bearer <key>');
  }

  private known(account: Account | null, why: string): Account {
    if (!account) throw new PlanLedgerError('AUTH.REQUIRED', why);
    return account;
  }
}
