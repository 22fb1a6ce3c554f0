import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsTimeZone, Length, MaxLength } from 'class-validator';
import { IsAccountEmail } from '../../../common/http/account-email';
import { ROLES } from '../../../common/auth/roles';

/** Tokens are 43 base64url characters; the limit only keeps absurd input out. */
const TOKEN_MAX = 200;

export class OrganizationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class ConfirmationInfoDto {
  @ApiProperty({ example: true }) valid: boolean;
  @ApiProperty() username: string;
  @ApiProperty() email: string;
  @ApiProperty({ type: OrganizationSummaryDto }) organization: OrganizationSummaryDto;
  @ApiProperty({ description: 'true: POST /auth/confirmation must include a password' }) password_required: boolean;
  @ApiProperty({ format: 'date-time' }) expires_at: string;
}

export class ConfirmDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TOKEN_MAX) confirmation_token: string;
  @ApiPropertyOptional({ description: 'Required when the account has no password yet (8-128 characters)' })
  @IsOptional()
  @IsString()
  password?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() password_confirmation?: string;
}

export class InvitationInfoDto {
  @ApiProperty({ example: true }) valid: boolean;
  @ApiProperty() email: string;
  @ApiProperty() username: string;
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiProperty({ type: OrganizationSummaryDto }) organization: OrganizationSummaryDto;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Username of the admin who invited' }) invited_by:
    string | null;
  @ApiProperty({ format: 'date-time' }) expires_at: string;
}

export class AcceptInvitationDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TOKEN_MAX) invitation_token: string;
  @ApiProperty({ minLength: 8, maxLength: 128 }) @IsString() password: string;
  @ApiPropertyOptional() @IsOptional() @IsString() password_confirmation?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) first_name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) last_name?: string;
  @ApiPropertyOptional({ example: 'en' }) @IsOptional() @IsString() @Length(2, 10) locale?: string;
  @ApiPropertyOptional({ example: 'UTC' }) @IsOptional() @IsTimeZone() timezone?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) phone?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255) title?: string;
}

export class ForgotPasswordDto {
  @ApiProperty({ example: 'jdoe@example.com' }) @IsAccountEmail() @MaxLength(255) email: string;
}

export class ResetPasswordDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TOKEN_MAX) reset_password_token: string;
  @ApiProperty({ minLength: 8, maxLength: 128 }) @IsString() password: string;
  @ApiProperty() @IsString() password_confirmation: string;
}

export class SsoLinkLoginDto {
  @ApiProperty({ description: 'One-time token from POST /v2/users/{id}/sso_link' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TOKEN_MAX)
  token: string;
  @ApiPropertyOptional({ description: 'Trusted-device token, when the second factor allows one' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  device_token?: string;
}

export class AccountMessageDto {
  @ApiProperty() message: string;
}

export class UserRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
}

/** Sign-in-like answer for a session opened by impersonation, with what is needed to stop it. */
export class ImpersonationDto {
  @ApiProperty({ example: 200 }) status: number;
  @ApiProperty({ example: 'OK' }) status_text: string;
  @ApiProperty({ description: 'Bearer JWT of the impersonation session (carries the RFC 8693 `act` claim)' })
  token: string;
  @ApiProperty({ format: 'date-time', description: 'At most 1 hour from now' }) expires_at: string;
  @ApiProperty({
    description: 'Single use: DELETE /auth/impersonate?impersonator_revert_token= gives the admin session back',
  })
  impersonator_revert_token: string;
  @ApiProperty() username: string;
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiProperty({ type: UserRefDto }) impersonated_user: UserRefDto;
  @ApiProperty({ type: UserRefDto }) impersonator: UserRefDto;
}
