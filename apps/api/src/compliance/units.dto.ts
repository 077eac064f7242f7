import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class UnitsQueryDto {
  @ApiPropertyOptional({ description: 'Issuing body, compared without case or diacritics' })
  @IsOptional() @IsString() @MaxLength(300)
  issuer?: string;
}

export class MergeUnitDto {
  @ApiProperty({ description: 'The unit that takes over this one' })
  @IsString() @MinLength(1) @MaxLength(300)
  into: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  reason?: string;

  /** Units of different issuers merge only when this is true. */
  @ApiPropertyOptional() @IsOptional() @IsBoolean()
  acrossIssuers?: boolean;
}

export class RenameUnitDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300)
  name: string;
}
