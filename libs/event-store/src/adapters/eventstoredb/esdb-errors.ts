import { ErrorType, type CurrentRevision } from '@eventstore/db-client';
import { PlanLedgerError } from '@plan-ledger/domain';
import type { ExpectedRevision } from '../../event-store.port';
import { revisionConflict } from '../../revision-conflict';

/** What the adapter was doing when the client failed, so the typed error can name it. */
export interface EsdbOperation {
  stream: string;
  /** The caller's expectation (not the one sent to the server), for the conflict's details. */
  expected?: ExpectedRevision;
}

/** The client's "current revision" in the port's terms: -1 for an absent stream. */
export const toPortRevision = (revision: CurrentRevision): number => (revision === 'no_stream' ? -1 : Number(revision));

/** Failures that may pass if tried again later (server down, leader moved, deadline): reported as such to callers. */
const TRANSIENT: ReadonlySet<string> = new Set([
  ErrorType.UNAVAILABLE,
  ErrorType.TIMEOUT,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.NOT_LEADER,
  ErrorType.CANCELLED,
]);

/**
 * The client's errors in the port's typed errors (STYLE 10). Matched on the client's `type` string rather than
 * `instanceof`, which a second copy of the client (or Jest's module registry) would break. Errors that are not the
 * client's pass through unchanged.
 */
export function mapEsdbError(error: unknown, operation: EsdbOperation): unknown {
  const type = typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;
  if (typeof type !== 'string') return error;
  const { stream } = operation;
  const message = (error as Error).message;
  switch (type) {
    case ErrorType.WRONG_EXPECTED_VERSION: {
      const actual = toPortRevision((error as { actualVersion: CurrentRevision }).actualVersion);
      return revisionConflict({ stream, expected: operation.expected ?? 'any', actual });
    }
    case ErrorType.STREAM_NOT_FOUND:
    case ErrorType.STREAM_DELETED:
      return new PlanLedgerError('STREAM.NOT_FOUND', `${stream}: ${message}`, { stream, cause: type });
    case ErrorType.MAXIMUM_APPEND_SIZE_EXCEEDED:
    case ErrorType.INVALID_ARGUMENT:
      return new PlanLedgerError('COMMAND.INVALID', `${stream}: ${message}`, { stream, cause: type });
    default:
      return new PlanLedgerError('STORAGE.FAILED', `EventStoreDB ${type} on ${stream}: ${message}`, {
        stream,
        cause: type,
        transient: TRANSIENT.has(type),
      });
  }
}
