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
  | 'STORAGE.FAILED';

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
