import { createHash, randomBytes } from 'node:crypto';

/** `pl_` and 256 random bits: the prefix lets secret scanners and people recognise a plan-ledger key. */
export const newApiKey = (): string => `pl_${randomBytes(32).toString('base64url')}`;

/** Keys are random, not chosen by people: a plain SHA-256 stores and finds them safely, at no cost per request. */
export const sha256Hex = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');
