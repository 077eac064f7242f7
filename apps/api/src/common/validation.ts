import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

/**
 * Our own validators for query and path parameters (STYLE 9), so every route reads dates and ids alike.
 * Dates are calendar dates (YYYY-MM-DD), as deadlines are.
 */
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function ValidateDate(options: { optional?: boolean } = {}): PropertyDecorator {
  return applyDecorators(
    ...(options.optional ? [IsOptional()] : []),
    Matches(ISO_DATE, { message: ({ property }) => `${property} must be a date as YYYY-MM-DD` }),
    ApiPropertyOptional({ type: String, format: 'date', example: '2024-12-31' }),
  );
}

export function ValidateUUID(options: { optional?: boolean } = {}): PropertyDecorator {
  return applyDecorators(
    ...(options.optional ? [IsOptional()] : []),
    IsUUID('all', { message: ({ property }) => `${property} must be a UUID` }),
    ApiPropertyOptional({ type: String, format: 'uuid' }),
  );
}

/** "30d", "7d" or a bare number of days. */
const days = ({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,4}d?$/.test(value) ? Number(value.replace(/d$/, '')) : value);

/** A window in days, written "30d" or 30. */
export function ValidateDays(description: string): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    Transform(days),
    IsInt({ message: ({ property }) => `${property} must be a number of days, as 30 or "30d"` }),
    Min(0),
    Max(3660),
    ApiPropertyOptional({ description, oneOf: [{ type: 'integer' }, { type: 'string', pattern: '^\\d+d$' }], example: '30d' }),
  );
}
