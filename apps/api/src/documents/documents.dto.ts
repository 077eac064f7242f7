import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ValidateUUID } from '../common/validation';

const DOCUMENT_STATUSES = ['received', 'text_extracted', 'parsed', 'rejected', 'failed'] as const;

export class PageDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0)
  offset?: number;
}

export class ListDocumentsDto extends PageDto {
  @ApiPropertyOptional({ example: 2024 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1900) @Max(2200)
  year?: number;

  @ApiPropertyOptional()
  @IsOptional() @IsString() @MaxLength(300)
  issuer?: string;

  @ApiPropertyOptional({ example: 'KE_HOACH' })
  @IsOptional() @IsString() @MaxLength(40)
  kind?: string;

  @ApiPropertyOptional({ enum: DOCUMENT_STATUSES })
  @IsOptional() @IsIn(DOCUMENT_STATUSES)
  status?: (typeof DOCUMENT_STATUSES)[number];
}

export class DocumentIdParams {
  @ValidateUUID()
  id: string;
}

export class UploadFilesDto {
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'binary' }, description: 'One or more PDF, DOCX or UTF-8 text files' })
  files: unknown[];
}

export class ReceiptDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'The name the file was sent under (data only)' }) fileName: string;
  @ApiProperty({ enum: DOCUMENT_STATUSES }) status: string;
  @ApiProperty({ description: 'True when the same bytes were already received' }) duplicate: boolean;
}
