import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';

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
