import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ValidateDate } from '../common/validation';

const OCCURRENCE = { description: 'For recurring work: the period ("2022-03", "2022-Q2", "2022-H1", "2022")', example: '2022-03' };

export class AcknowledgeDto {
  @ValidateDate({ optional: true })
  acknowledgedOn?: string;
}

export class ProgressDto {
  @ApiProperty({ minimum: 0, maximum: 100 })
  @Type(() => Number) @IsInt() @Min(0) @Max(100)
  percent: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ description: 'The document (id) that evidences the progress' })
  @IsOptional() @IsString() @MaxLength(200)
  evidenceDocumentId?: string;

  @ValidateDate({ optional: true })
  reportedOn?: string;

  @ApiPropertyOptional(OCCURRENCE) @IsOptional() @IsString() @MaxLength(20)
  occurrence?: string;
}

export class CompleteDto {
  /** Defaults to today (Vietnam); never before the plan's issue date nor in the future. */
  @ValidateDate({ optional: true })
  completedOn?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200)
  evidenceDocumentId?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional(OCCURRENCE) @IsOptional() @IsString() @MaxLength(20)
  occurrence?: string;
}

export class ReopenDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(2000)
  reason: string;

  @ValidateDate({ optional: true })
  reopenedOn?: string;

  @ApiPropertyOptional(OCCURRENCE) @IsOptional() @IsString() @MaxLength(20)
  occurrence?: string;
}

export class ExtendDto {
  @ValidateDate()
  newDue: string;

  @ApiProperty() @IsString() @MinLength(1) @MaxLength(2000)
  reason: string;

  @ApiProperty({ description: 'The document that allowed the extension (id or number as printed)', example: '15/TB-UBND' })
  @IsString() @MinLength(1) @MaxLength(200)
  authorisedBy: string;

  @ValidateDate({ optional: true })
  grantedOn?: string;

  @ApiPropertyOptional(OCCURRENCE) @IsOptional() @IsString() @MaxLength(20)
  occurrence?: string;
}

export class CancelDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(2000)
  reason: string;

  @ValidateDate({ optional: true })
  cancelledOn?: string;
}

export class UnitsDto {
  @ApiProperty({ type: [String] }) @IsArray() @IsString({ each: true }) @MaxLength(300, { each: true })
  lead: string[];

  @ApiProperty({ type: [String] }) @IsArray() @IsString({ each: true }) @MaxLength(300, { each: true })
  support: string[];

  @ApiProperty({ type: [String] }) @IsArray() @IsString({ each: true }) @MaxLength(300, { each: true })
  direct: string[];
}

export class DeadlineDto {
  @ApiProperty({ enum: ['date', 'month', 'quarter', 'half', 'year', 'range', 'relative'] })
  @IsIn(['date', 'month', 'quarter', 'half', 'year', 'range', 'relative'])
  kind: 'date' | 'month' | 'quarter' | 'half' | 'year' | 'range' | 'relative';

  @ValidateDate({ optional: true })
  start?: string;

  @ValidateDate()
  due: string;

  @ApiPropertyOptional({ description: 'The words of the plan, as printed' }) @IsOptional() @IsString() @MaxLength(500)
  raw?: string;
}

export class CorrectDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(5000)
  text?: string;

  @ApiPropertyOptional({ type: UnitsDto }) @IsOptional() @ValidateNested() @Type(() => UnitsDto)
  units?: UnitsDto;

  @ApiPropertyOptional({ type: DeadlineDto }) @IsOptional() @ValidateNested() @Type(() => DeadlineDto)
  deadline?: DeadlineDto;

  @ApiPropertyOptional({ enum: ['monthly', 'quarterly', 'semiannual', 'annual', 'continuous', 'periodic'] })
  @IsOptional() @IsIn(['monthly', 'quarterly', 'semiannual', 'annual', 'continuous', 'periodic'])
  recurrence?: 'monthly' | 'quarterly' | 'semiannual' | 'annual' | 'continuous' | 'periodic';

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000)
  reason?: string;
}
