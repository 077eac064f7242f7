import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ValidateUUID } from '../common/validation';

const KINDS = ['KE_HOACH', 'QUYET_DINH', 'CHI_THI', 'NGHI_QUYET', 'NGHI_DINH', 'THONG_TU', 'LUAT', 'QUY_CHE', 'KET_LUAN', 'CONG_VAN', 'THONG_BAO', 'BAO_CAO', 'HUONG_DAN', 'CHUONG_TRINH', 'OTHER'];

export class CitingQueryDto {
  @ApiProperty({ description: 'The cited number as printed', example: '34-CT/TW' })
  @IsString() @MinLength(1) @MaxLength(100)
  number: string;

  @ApiPropertyOptional({ enum: KINDS, example: 'CHI_THI' })
  @IsOptional() @IsIn(KINDS)
  kind?: string;
}

export class SeriesQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300)
  issuer?: string;
}

export class DocumentIdParams {
  @ValidateUUID()
  documentId: string;
}
