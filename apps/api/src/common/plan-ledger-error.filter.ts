import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ErrorCode, isPlanLedgerError, storageFailure } from '@plan-ledger/domain';

/** The one place error codes become HTTP statuses (STYLE 10). Unlisted codes are server faults. */
const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  'DOCUMENT.EMPTY': HttpStatus.BAD_REQUEST,
  'COMMAND.INVALID': HttpStatus.BAD_REQUEST,
  'DOCUMENT.NOT_FOUND': HttpStatus.NOT_FOUND,
  'STREAM.NOT_FOUND': HttpStatus.NOT_FOUND,
  'STREAM.REVISION_CONFLICT': HttpStatus.CONFLICT,
  'COMMAND.REJECTED': HttpStatus.CONFLICT,
  'DOCUMENT.TOO_LARGE': HttpStatus.PAYLOAD_TOO_LARGE,
  'DOCUMENT.UNSUPPORTED_TYPE': HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  'DOCUMENT.LEGACY_DOC': HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  'DOCUMENT.NOT_WORD': HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  'DOCUMENT.CORRUPT': HttpStatus.UNPROCESSABLE_ENTITY,
  'DOCUMENT.ENCRYPTED': HttpStatus.UNPROCESSABLE_ENTITY,
  'DOCUMENT.TOO_MANY_PAGES': HttpStatus.UNPROCESSABLE_ENTITY,
  'DOCUMENT.UNPACKED_TOO_LARGE': HttpStatus.UNPROCESSABLE_ENTITY,
  'DOCUMENT.NEEDS_OCR': HttpStatus.UNPROCESSABLE_ENTITY,
  'DOCUMENT.NO_TEXT': HttpStatus.UNPROCESSABLE_ENTITY,
  'DOCUMENT.NOT_A_PLAN': HttpStatus.UNPROCESSABLE_ENTITY,
  'AUTH.REQUIRED': HttpStatus.UNAUTHORIZED,
  'AUTH.INVALID_CREDENTIALS': HttpStatus.UNAUTHORIZED,
  'AUTH.FORBIDDEN': HttpStatus.FORBIDDEN,
  // 507 Insufficient Storage: the request was fine, the disk is full; nothing was recorded.
  'STORAGE.FULL': HttpStatus.INSUFFICIENT_STORAGE,
  'STORAGE.READ_ONLY': HttpStatus.SERVICE_UNAVAILABLE,
  'STORAGE.FAILED': HttpStatus.SERVICE_UNAVAILABLE,
};

/** Codes for Nest's own HTTP exceptions (validation, routing, multipart limits), so every error body has a code. */
const CODE_BY_STATUS: Record<number, string> = {
  [HttpStatus.BAD_REQUEST]: 'REQUEST.INVALID',
  [HttpStatus.NOT_FOUND]: 'REQUEST.NOT_FOUND',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'DOCUMENT.TOO_LARGE',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  [HttpStatus.TOO_MANY_REQUESTS]: 'REQUEST.RATE_LIMITED',
};

export const httpStatusOf = (code: ErrorCode): number => STATUS_BY_CODE[code] ?? HttpStatus.INTERNAL_SERVER_ERROR;

/** Every error leaves the API as JSON `{ code, message }`. */
@Catch()
export class PlanLedgerErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(PlanLedgerErrorFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.describe(error);
    if (status >= 500) this.logger.error(error instanceof Error ? error.stack ?? error.message : String(error));
    // RFC 6750: a 401 names the scheme that would have worked.
    if (status === HttpStatus.UNAUTHORIZED) response.setHeader('WWW-Authenticate', 'Bearer realm="plan-ledger"');
    response.status(status).json(body);
  }

  private describe(thrown: unknown): { status: number; body: { code: string; message: string } } {
    const error = storageFailure(thrown) ?? thrown;
    if (isPlanLedgerError(error)) return { status: httpStatusOf(error.code), body: { code: error.code, message: error.message } };
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const response = error.getResponse();
      const message = typeof response === 'object' && response !== null && 'message' in response
        ? [(response as { message: unknown }).message].flat().join('; ')
        : error.message;
      return { status, body: { code: CODE_BY_STATUS[status] ?? `HTTP.${status}`, message } };
    }
    return { status: HttpStatus.INTERNAL_SERVER_ERROR, body: { code: 'INTERNAL', message: 'Internal server error' } };
  }
}
