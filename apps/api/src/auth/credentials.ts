import type { Request } from 'express';
import { SESSION_COOKIE } from './sessions';

/** The API key in `Authorization: Bearer <key>`, if any. */
export function bearerToken(req: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match ? match[1] : null;
}

/** The session token in the Cookie header (no cookie parser is mounted: this is the one cookie we read). */
export function sessionToken(req: Request): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || null;
  }
  return null;
}
