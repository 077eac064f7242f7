import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import {
  AccessDeniedError,
  convertToCommandError,
  DeadlineExceededError,
  InvalidArgumentError,
  MaxAppendSizeExceededError,
  StreamDeletedError,
  StreamNotFoundError,
  TimeoutError,
  UnavailableError,
  UnknownError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { PlanLedgerError } from '@plan-ledger/domain';
import { mapEsdbError, toPortRevision } from './esdb-errors';

const stream = 'document-3f2a';

/** A gRPC failure as the server sends it: status, details and the `exception` trailer the client reads. */
function serviceError(code: status, trailers: Record<string, string>): ServiceError {
  const metadata = new Metadata();
  for (const [key, value] of Object.entries(trailers)) metadata.set(key, value);
  return Object.assign(new Error('server said no'), { code, details: 'server said no', metadata });
}

describe('mapEsdbError', () => {
  describe('wrong expected version', () => {
    it.each([
      ['an absent stream', 'no_stream' as const, -1],
      ['a stream at revision 4', 4n, 4],
    ])('becomes STREAM.REVISION_CONFLICT naming %s', (_, current, actual) => {
      const clientError = new WrongExpectedVersionError(undefined, { streamName: stream, expected: 2n, current });
      const mapped = mapEsdbError(clientError, { stream, expected: 2 });
      expect(mapped).toBeInstanceOf(PlanLedgerError);
      expect(mapped).toMatchObject({ code: 'STREAM.REVISION_CONFLICT', details: { stream, expected: 2, actual } });
    });

    it("reports the caller's expectation, not the revision the adapter sent the server", () => {
      const clientError = new WrongExpectedVersionError(undefined, { streamName: stream, expected: 'no_stream', current: 0n });
      expect(mapEsdbError(clientError, { stream, expected: 'any' })).toMatchObject({ details: { expected: 'any', actual: 0 } });
    });

    it('is read from the trailers of a real gRPC failure, as the client converts it', () => {
      const raw = serviceError(status.UNKNOWN, {
        exception: 'wrong-expected-version',
        'stream-name': stream,
        'expected-version': '0',
        'actual-version': '3',
      });
      const clientError = convertToCommandError(raw);
      expect(clientError).toBeInstanceOf(WrongExpectedVersionError);
      expect(mapEsdbError(clientError, { stream, expected: 0 })).toMatchObject({
        code: 'STREAM.REVISION_CONFLICT',
        details: { stream, expected: 0, actual: 3 },
      });
    });
  });

  it.each([
    ['StreamDeletedError', StreamDeletedError.fromStreamName(stream), 'STREAM.NOT_FOUND', { cause: 'stream-deleted' }],
    ['StreamNotFoundError', new StreamNotFoundError(undefined, stream), 'STREAM.NOT_FOUND', { cause: 'stream-not-found' }],
    ['MaxAppendSizeExceededError', MaxAppendSizeExceededError.fromMaxAppendSize(1024), 'COMMAND.INVALID', { cause: 'maximum-append-size-exceeded' }],
    ['InvalidArgumentError', new InvalidArgumentError('bad revision'), 'COMMAND.INVALID', { cause: 'invalid-argument' }],
    ['UnavailableError', new UnavailableError(), 'STORAGE.FAILED', { cause: 'unavailable', transient: true }],
    ['TimeoutError', new TimeoutError(), 'STORAGE.FAILED', { cause: 'timeout', transient: true }],
    ['DeadlineExceededError', new DeadlineExceededError(), 'STORAGE.FAILED', { cause: 'deadline-exceeded', transient: true }],
    ['AccessDeniedError', new AccessDeniedError(), 'STORAGE.FAILED', { cause: 'access-denied', transient: false }],
    ['UnknownError', new UnknownError(), 'STORAGE.FAILED', { cause: 'unknown', transient: false }],
  ])('maps %s to %s', (_, clientError, code, details) => {
    const mapped = mapEsdbError(clientError, { stream });
    expect(mapped).toBeInstanceOf(PlanLedgerError);
    expect(mapped).toMatchObject({ code, details: { stream, ...details } });
  });

  it.each([
    [status.UNAVAILABLE, 'unavailable'],
    [status.DEADLINE_EXCEEDED, 'deadline-exceeded'],
    [status.UNAUTHENTICATED, 'access-denied'],
  ])('maps a raw gRPC status %p through the client to cause %p', (code, cause) => {
    expect(mapEsdbError(convertToCommandError(serviceError(code, {})), { stream })).toMatchObject({
      code: 'STORAGE.FAILED',
      details: { cause },
    });
  });

  it('passes errors that are not the client’s through unchanged', () => {
    const own = new TypeError('bug');
    expect(mapEsdbError(own, { stream })).toBe(own);
    expect(mapEsdbError('text', { stream })).toBe('text');
  });
});

describe('toPortRevision', () => {
  it.each([
    ['no_stream' as const, -1],
    [0n, 0],
    [41n, 41],
  ])('reads %p as %p', (revision, expected) => expect(toPortRevision(revision)).toBe(expected));
});
