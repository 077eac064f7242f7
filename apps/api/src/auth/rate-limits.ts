import type { ExecutionContext } from '@nestjs/common';
import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import type { Limits } from '@plan-ledger/config';
import { AuthController } from './auth.controller';

const isSignIn = (context: ExecutionContext): boolean => context.getHandler() === AuthController.prototype.login;

/**
 * Requests per client (IP address) and window, from Settings: every route, and sign-in on its own much lower
 * limit. Beyond either: 429 REQUEST.RATE_LIMITED with Retry-After.
 */
export function rateLimits(limits: Limits): ThrottlerModuleOptions {
  const seconds = limits.rateWindowMs / 1000;
  return {
    throttlers: [
      { name: 'default', ttl: limits.rateWindowMs, limit: limits.rateLimit },
      { name: 'login', ttl: limits.rateWindowMs, limit: limits.loginRateLimit, skipIf: (context) => !isSignIn(context) },
    ],
    // One count per client across all routes (the default counts each route apart).
    generateKey: (_context, tracker, throttler) => `${throttler}:${tracker}`,
    errorMessage: (context, { limit, timeToBlockExpire }) =>
      `too many ${isSignIn(context) ? 'sign-in attempts' : 'requests'} from this client: at most ${limit} per ${seconds} s; retry in ${timeToBlockExpire} s`,
  };
}
