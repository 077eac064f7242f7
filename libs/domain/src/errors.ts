/**
 * Typed errors with stable codes. The API maps codes to HTTP and the CLI to exit codes in one place each;
 * tests assert on `code`, never on messages.
 */
export type ErrorCode =
  | 'DOCUMENT.EMPTY'
  | 'DOCUMENT.UNSUPPORTED_TYPE'
  | 'DOCUMENT.LEGACY_DOC'
  | 'DOCUMENT.NOT_WORD'
  | 'DOCUMENT.CORRUPT'
  | 'DOCUMENT.ENCRYPTED'
  | 'DOCUMENT.TOO_LARGE'
  | 'DOCUMENT.TOO_MANY_PAGES'
  | 'DOCUMENT.UNPACKED_TOO_LARGE'
  | 'DOCUMENT.TIMEOUT'
  | 'DOCUMENT.NEEDS_OCR'
  | 'DOCUMENT.NO_TEXT'
  | 'DOCUMENT.NOT_A_PLAN'
  | 'DOCUMENT.NOT_FOUND'
  | 'STREAM.REVISION_CONFLICT'
  | 'STREAM.NOT_FOUND'
  | 'COMMAND.INVALID'
  | 'COMMAND.REJECTED'
  | 'CONFIG.INVALID'
  | 'STORAGE.FAILED'
  | 'STORAGE.FULL'
  | 'STORAGE.READ_ONLY'
  | 'AUTH.REQUIRED'
  | 'AUTH.INVALID_CREDENTIALS'
  | 'AUTH.FORBIDDEN';

export class PlanLedgerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'PlanLedgerError';
  }
}

/** Errors that describe the input itself: retrying the same bytes gives the same answer. */
export const REJECTION_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'DOCUMENT.EMPTY',
  'DOCUMENT.UNSUPPORTED_TYPE',
  'DOCUMENT.LEGACY_DOC',
  'DOCUMENT.NOT_WORD',
  'DOCUMENT.CORRUPT',
  'DOCUMENT.ENCRYPTED',
  'DOCUMENT.TOO_LARGE',
  'DOCUMENT.TOO_MANY_PAGES',
  'DOCUMENT.UNPACKED_TOO_LARGE',
  'DOCUMENT.NEEDS_OCR',
  'DOCUMENT.NO_TEXT',
  'DOCUMENT.NOT_A_PLAN',
]);

export const isPlanLedgerError = (e: unknown): e is PlanLedgerError => e instanceof PlanLedgerError;

const FULL = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);
const READ_ONLY = new Set(['EROFS', 'EACCES', 'EPERM', 'SQLITE_READONLY', 'SQLITE_CANTOPEN']);

/**
 * A full disk or a data folder that cannot be written, as the OS (errno) or SQLite reports it, as a typed error
 * with a clear message; null for anything else. Nothing was recorded when these are thrown: the writes are atomic.
 */
export function storageFailure(error: unknown): PlanLedgerError | null {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code !== 'string') return null;
  const base = code.startsWith('SQLITE_') ? code.split('_').slice(0, 2).join('_') : code;
  const detail = error instanceof Error ? error.message : code;
  if (FULL.has(base)) return new PlanLedgerError('STORAGE.FULL', `the data folder's disk is full: nothing was recorded (${detail})`, { cause: code });
  if (READ_ONLY.has(base)) return new PlanLedgerError('STORAGE.READ_ONLY', `the data folder cannot be written: nothing was recorded (${detail})`, { cause: code });
  return null;
}
