import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ValidateDate } from '../common/validation';

export class TrackerDto {
  /** Defaults to today (UTC). */
  @ValidateDate({ optional: true })
  asOf?: string;

  @ApiPropertyOptional({ description: 'Only directives due within this many days of asOf (overdue ones included)', example: 30 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(3660)
  within?: number;

  @ApiPropertyOptional({ description: 'A unit name as written or a canonical unit id' })
  @IsOptional() @IsString() @MaxLength(300)
  unit?: string;
}
