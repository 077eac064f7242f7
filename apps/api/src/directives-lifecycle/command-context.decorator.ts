import { randomUUID } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { CommandContext } from '@plan-ledger/domain';
import { authenticatedOf } from '../auth/current-actor';

/**
 * The clock, the actor and a fresh correlation id for a command sent over HTTP: the edge is where time is read.
 * The actor is the signed-in account with the role the route was allowed under (the audit trail's who).
 */
export const RequestCommandContext = createParamDecorator((_: unknown, host: ExecutionContext): CommandContext => {
  const { actor } = authenticatedOf(host.switchToHttp().getRequest<Request>());
  return { now: new Date().toISOString(), actor, correlationId: randomUUID(), causationId: null };
});
