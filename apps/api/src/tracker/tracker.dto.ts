import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ValidateDate, ValidateDays } from '../common/validation';

export class TrackerDto {
  /** Defaults to today (UTC). */
  @ValidateDate({ optional: true })
  asOf?: string;

  @ValidateDays('Only directives due within this many days of asOf (overdue ones included), as "30d" or 30')
  within?: number;

  @ApiPropertyOptional({ description: 'A unit name as written, or a unit id (which also finds the units merged with it)' })
  @IsOptional() @IsString() @MaxLength(300)
  unit?: string;
}
