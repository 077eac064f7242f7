import { randomUUID } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { CommandContext } from '@plan-ledger/domain';

/**
 * Header naming the person acting (no sign-in yet); recorded as the event's actor and a correction's author.
 * Header values are Latin-1, so a Vietnamese name is sent percent-encoded (UTF-8).
 */
export const USER_HEADER = 'x-plan-ledger-user';

/** The clock, the actor and a fresh correlation id for a command sent over HTTP: the edge is where time is read. */
export const RequestCommandContext = createParamDecorator((_: unknown, host: ExecutionContext): CommandContext => {
  const header = host.switchToHttp().getRequest<Request>().headers[USER_HEADER];
  const user = decoded(Array.isArray(header) ? header[0] : header)?.normalize('NFC').trim().slice(0, 100) || 'api';
  return { now: new Date().toISOString(), actor: { user, role: 'officer' }, correlationId: randomUUID(), causationId: null };
});

function decoded(value: string | undefined): string | undefined {
  try {
    return value === undefined ? undefined : decodeURIComponent(value);
  } catch {
    return value;
  }
}
