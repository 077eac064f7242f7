import { isPlanLedgerError, REJECTION_CODES, storageFailure } from '@plan-ledger/domain';

/** The one place error codes become exit codes (STYLE 10), after sysexits.h. */
export const EXIT = { ok: 0, usage: 64, dataError: 65, noInput: 66, software: 70, ioError: 74, config: 78 } as const;

export function exitCodeOf(thrown: unknown): number {
  const error = storageFailure(thrown) ?? thrown;
  if (!isPlanLedgerError(error)) return EXIT.software;
  if (error.code.startsWith('STORAGE.')) return EXIT.ioError;
  if (error.code === 'CONFIG.INVALID') return EXIT.config;
  if (error.code === 'DOCUMENT.NOT_FOUND') return EXIT.noInput;
  if (error.code === 'COMMAND.INVALID') return EXIT.usage;
  if (REJECTION_CODES.has(error.code)) return EXIT.dataError;
  return EXIT.software;
}
