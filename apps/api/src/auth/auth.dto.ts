import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { USER_NAME, USER_ROLES, type UserRole } from '@plan-ledger/domain';
import { ValidateUUID } from '../common/validation';

export class LoginDto {
  @ApiProperty({ example: 'lan.nguyen' }) @IsString() @MaxLength(64)
  name: string;

  @ApiProperty() @IsString() @MaxLength(200)
  password: string;
}

export class CreateUserDto {
  @ApiProperty({ example: 'lan.nguyen', pattern: USER_NAME.source }) @IsString() @Matches(USER_NAME, { message: 'name must be 2-64 of a-z, 0-9, ".", "-", "_"' })
  name: string;

  @ApiProperty({ enum: USER_ROLES, isArray: true }) @IsArray() @ArrayMinSize(1) @IsIn(USER_ROLES, { each: true })
  roles: UserRole[];

  @ApiPropertyOptional({ description: 'Omit for an account that uses API keys only' }) @IsOptional() @IsString() @MinLength(8) @MaxLength(200)
  password?: string;
}

export class IssueApiKeyDto {
  @ApiPropertyOptional({ example: 'nightly import' }) @IsOptional() @IsString() @MaxLength(200)
  label?: string;
}

export class UserNameParams {
  @IsString() @Matches(USER_NAME)
  name: string;
}

export class ApiKeyParams extends UserNameParams {
  @ValidateUUID()
  keyId: string;
}
