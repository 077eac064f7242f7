import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ValidateDate, ValidateDays } from '../common/validation';

export class ComplianceQueryDto {
  @ApiPropertyOptional({ description: 'The year the plans are for', example: 2022 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1900) @Max(2200)
  year?: number;

  @ApiPropertyOptional({ description: 'Issuing body, compared without case or diacritics', example: 'Ủy ban nhân dân xã Xuân Sơn' })
  @IsOptional() @IsString() @MaxLength(300)
  issuer?: string;

  @ApiPropertyOptional({ description: 'A canonical unit id (from /api/v1/units); merged units count under it' })
  @IsOptional() @IsString() @MaxLength(300)
  unit?: string;

  /** Effective date T; defaults to today in Vietnam. */
  @ValidateDate({ optional: true })
  asOf?: string;

  @ApiPropertyOptional({
    description:
      'Recording cut-off: an ISO instant (exclusive) or a date D (recorded by the end of D, Vietnam time). Without it every ' +
      'fact recorded so far counts; knownBefore=asOf gives the report as printed that day.',
    example: '2022-07-01',
  })
  @IsOptional() @IsISO8601({ strict: true })
  knownBefore?: string;
}

export class DeadlinesQueryDto extends ComplianceQueryDto {
  @ValidateDays('Window of upcoming deadlines after asOf, as "30d" or 30')
  within?: number;
}

export const CSV_TABLES = ['summary', 'detail', 'upcoming', 'overdue'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export class CsvExportQueryDto extends DeadlinesQueryDto {
  @ApiPropertyOptional({ enum: CSV_TABLES, default: 'summary' })
  @IsOptional() @IsIn(CSV_TABLES)
  table?: CsvTable;
}
