import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '@plan-ledger/domain';
import type { Account } from '@plan-ledger/projections';

/** What the guard attaches to an authenticated request. */
export interface Authenticated {
  account: Account;
  /** The account's name and the role the route was allowed under: the actor of every event the request appends. */
  actor: Actor;
  via: 'api-key' | 'session';
}

export type AuthenticatedRequest = Request & { auth?: Authenticated };

export function authenticatedOf(req: Request): Authenticated {
  const auth = (req as AuthenticatedRequest).auth;
  // The guard runs before every handler that asks for this; reaching here without it is a wiring fault.
  if (!auth) throw new Error('no authenticated account on this request');
  return auth;
}

/** The signed-in actor, for handlers that record who did something. */
export const CurrentActor = createParamDecorator((_: unknown, host: ExecutionContext): Actor => authenticatedOf(host.switchToHttp().getRequest<Request>()).actor);
