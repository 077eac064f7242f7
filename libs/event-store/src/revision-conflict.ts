import { PlanLedgerError } from '@plan-ledger/domain';
import type { ExpectedRevision } from './event-store.port';

/** Last revision of a stream, -1 when it has no events (the port's normalised 'no_stream'). */
export type StreamRevision = number;

export interface RevisionConflictDetails {
  stream: string;
  expected: ExpectedRevision;
  actual: StreamRevision;
  [key: string]: unknown;
}

/** The one error every adapter throws when an append's expectation does not hold. */
export const revisionConflict = (details: RevisionConflictDetails, why?: string): PlanLedgerError =>
  new PlanLedgerError(
    'STREAM.REVISION_CONFLICT',
    `${details.stream}: expected revision ${String(details.expected)}, found ${details.actual}${why ? ` (${why})` : ''}`,
    details,
  );

export const isRevisionConflict = (e: unknown): e is PlanLedgerError =>
  e instanceof PlanLedgerError && e.code === 'STREAM.REVISION_CONFLICT';

export function satisfiesExpectedRevision(expected: ExpectedRevision, actual: StreamRevision): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return actual === -1;
    case 'stream_exists':
      return actual >= 0;
    default:
      return actual === expected;
  }
}

/** Where the first event of an append with this expectation must land, when that is known in advance. */
export function firstRevisionFor(expected: ExpectedRevision): number | 'anywhere' | 'after_first' {
  if (expected === 'no_stream') return 0;
  if (expected === 'stream_exists') return 'after_first';
  if (expected === 'any') return 'anywhere';
  return expected + 1;
}
