import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { WrappedBody } from '../../../common/http/wrapped-body';
import { ROLES } from '../../../common/auth/roles';

export class SignInDto {
  @ApiProperty({ description: 'Username or email' }) @IsString() @IsNotEmpty() @MaxLength(255) username: string;
  /** Not length-checked here: a wrong password must get the same answer as a missing account. */
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(1024) password: string;
  @ApiPropertyOptional({ description: 'Second step: the one-time code' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  otp_attempt?: string;
  @ApiPropertyOptional({ description: 'Second step: state returned by the first step' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  otp_session_state?: string;
  @ApiPropertyOptional({ enum: ['sms', 'totp'] }) @IsOptional() @IsIn(['sms', 'totp']) method?: 'sms' | 'totp';
  @ApiPropertyOptional({ description: 'Remember this device for 30 days (skips the second step)' })
  @IsOptional()
  @IsBoolean()
  remember_device?: boolean;
  @ApiPropertyOptional({ description: 'Trusted-device token from an earlier sign-in' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  device_token?: string;
}

export class SignInOrganizationDto {
  @ApiProperty({ format: 'uuid' }) uuid: string;
  @ApiProperty() name: string;
}

export class SignInResponseDto {
  @ApiProperty({ example: 200 }) status: number;
  @ApiProperty({ example: 'OK' }) status_text: string;
  @ApiProperty() username: string;
  @ApiPropertyOptional({ description: 'Bearer JWT; absent when a second factor is required' }) token?: string;
  @ApiPropertyOptional({ format: 'date-time' }) expires_at?: string;
  @ApiProperty() sign_in_count: number;
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiProperty() timezone: string;
  @ApiProperty() verified: boolean;
  @ApiProperty({ example: 'email' }) provider: string;
  @ApiProperty({ type: SignInOrganizationDto }) organization: SignInOrganizationDto;
  @ApiPropertyOptional({ description: 'With 2FA on: pass back with otp_attempt' }) otp_session_state?: string;
  @ApiPropertyOptional({ type: [String], description: 'With 2FA on: methods available' }) methods?: string[];
}

export class MessageDto {
  @ApiProperty() message: string;
}

export class ChangePasswordDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(1024) current_password: string;
  @ApiProperty({ minLength: 8, maxLength: 128 }) @IsString() password: string;
  @ApiProperty() @IsString() password_confirmation: string;
}
export class ChangePasswordBody extends WrappedBody('user', ChangePasswordDto) {}

export class ValidTokenDto {
  @ApiProperty() valid: boolean;
  @ApiProperty({ enum: ['session', 'access_token'] }) credential: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String }) expires_at: string | null;
  @ApiProperty() impersonated: boolean;
}

export class AccessTokenDto {
  @ApiProperty({ description: 'Shown once; send as `Authorization: Basic <token>`' }) token: string;
  @ApiProperty() username: string;
  @ApiProperty() message: string;
}
