import { isPlanLedgerError } from '@plan-ledger/domain';

/** What an unexpected error says, for ExtractionFailed (retryable failures keep their code or name and message for operators). */
export const errorSummary = (error: unknown): string =>
  isPlanLedgerError(error) ? `${error.code}: ${error.message}` : error instanceof Error ? `${error.name}: ${error.message}` : String(error);
