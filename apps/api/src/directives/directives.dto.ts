import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ValidateDate } from '../common/validation';
import { PageDto } from '../documents/documents.dto';

export class SearchDirectivesDto extends PageDto {
  @ApiPropertyOptional({ description: 'Words; diacritics optional ("khen thuong" finds "khen thưởng")', example: 'thi đua' })
  @IsOptional() @IsString() @MaxLength(500)
  q?: string;

  @ApiPropertyOptional({ example: 2024 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1900) @Max(2200)
  year?: number;

  @ApiPropertyOptional({ description: 'A unit name as written, or a unit id (which also finds the units merged with it)' })
  @IsOptional() @IsString() @MaxLength(300)
  unit?: string;

  @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(300)
  issuer?: string;

  @ApiPropertyOptional({ enum: ['open', 'done'] })
  @IsOptional() @IsIn(['open', 'done'])
  status?: 'open' | 'done';

  @ValidateDate({ optional: true })
  dueFrom?: string;

  @ValidateDate({ optional: true })
  dueTo?: string;
}
