import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { SignInResponseDto } from '../../auth/dto/auth.dto';

const OTP_METHODS = ['sms', 'totp'] as const;

// ---- /auth (second step of sign-in) ----

export class MfaCheckDto {
  @ApiProperty({ description: 'State returned by the password step' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(512)
  otp_session_state: string;
  @ApiProperty({ example: '123456' }) @IsString() @IsNotEmpty() @MaxLength(64) otp_attempt: string;
  @ApiPropertyOptional({ enum: OTP_METHODS, description: "Default: the user's default method" })
  @IsOptional()
  @IsIn(OTP_METHODS)
  method?: 'sms' | 'totp';
  @ApiPropertyOptional({
    description:
      'Remember this device for 30 days: the answer carries a device_token to send as `device_token` at sign-in',
  })
  @IsOptional()
  @IsBoolean()
  remember_device?: boolean;
}

export class SendSmsDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(512) otp_session_state: string;
}

export class RecoveryCodeSignInDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(512) otp_session_state: string;
  @ApiProperty({ example: 'ABCD-EFGH-JKLM-NPQR', description: 'Case and dashes are ignored' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  recovery_code: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() remember_device?: boolean;
}

export class WebAuthnSignInOptionsDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'PublicKeyCredentialRequestOptions (JSON); valid 5 minutes, once',
  })
  options: Record<string, unknown>;
}

export class WebAuthnSignInDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(512) otp_session_state: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'PublicKeyCredential JSON from navigator.credentials.get()',
  })
  @IsDefined()
  @IsObject()
  response: Record<string, unknown>;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() remember_device?: boolean;
}

export class MfaSignInResponseDto extends SignInResponseDto {
  @ApiPropertyOptional({ description: 'With remember_device: trusted-device token, shown once' }) device_token?: string;
  @ApiPropertyOptional({ format: 'date-time' }) device_token_expires_at?: string;
}

export class StatusDto {
  @ApiProperty({ example: 'queued' }) status: string;
}

// ---- /v2/user/mfa ----

export class EnableMfaQuery {
  @ApiProperty({ enum: OTP_METHODS }) @IsIn(OTP_METHODS) method: 'sms' | 'totp';
  @ApiPropertyOptional({ description: 'Required for sms; must be a mobile number', example: '7400 123456' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phone_number?: string;
  @ApiPropertyOptional({ example: '+44' })
  @IsOptional()
  @Matches(/^\+?\d{1,4}$/, { message: 'country_code must look like +1' })
  country_code?: string;
}

export class EnableMfaResponseDto {
  @ApiProperty({ example: 'queued', description: '`queued` (SMS sent) or `pending_verification` (TOTP)' })
  status: string;
  @ApiProperty({ enum: OTP_METHODS }) method: string;
  @ApiPropertyOptional({ description: 'TOTP: for the authenticator app (QR code)' }) otpauth_uri?: string;
  @ApiPropertyOptional({ description: 'TOTP: the base32 secret for manual entry' }) manual_entry_key?: string;
}

export class OtpAttemptQuery {
  @ApiProperty({ enum: OTP_METHODS }) @IsIn(OTP_METHODS) method: 'sms' | 'totp';
  @ApiProperty({ example: '123456' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'otp_attempt must be 6 digits' })
  otp_attempt: string;
}

export class LookupPhoneQuery {
  @ApiProperty({ example: '7400 123456' }) @IsString() @IsNotEmpty() @MaxLength(32) phone_number: string;
  @ApiPropertyOptional({ example: '+44' })
  @IsOptional()
  @Matches(/^\+?\d{1,4}$/, { message: 'country_code must look like +1' })
  country_code?: string;
}

export class PhoneLookupDto {
  @ApiProperty() valid: boolean;
  @ApiProperty({ description: 'Can receive SMS (mobile, or a number that may be mobile)' }) mobile: boolean;
  @ApiProperty({ nullable: true, type: String, example: 'mobile' }) type: string | null;
  @ApiProperty({ nullable: true, type: String, example: '+447400123456' }) e164: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'GB' }) country: string | null;
}

export class DefaultMethodQuery {
  @ApiProperty({ enum: OTP_METHODS }) @IsIn(OTP_METHODS) method: 'sms' | 'totp';
}

export class DefaultMethodDto {
  @ApiProperty({ example: 'updated' }) status: string;
  @ApiProperty({ enum: OTP_METHODS }) default_method: string;
}

export class RecoveryCodesDto {
  @ApiProperty({
    type: [String],
    nullable: true,
    description: 'Plaintext, only on the first read after a generation; then null',
  })
  recovery_codes: string[] | null;
  @ApiProperty({ description: 'Unused codes of the current generation' }) remaining: number;
  @ApiProperty({ description: '0 = never generated' }) generation: number;
}

// ---- /v1/identity/auth/mfa ----

export class FactorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['totp', 'sms', 'webauthn'] }) type: string;
  @ApiProperty() label: string;
  @ApiProperty({ format: 'date-time' }) enrolled_at: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) last_used_at: string | null;
}

export class FactorListDto {
  @ApiProperty({ type: [FactorDto] }) items: FactorDto[];
}

export class TotpEnrollStartDto {
  @ApiProperty({ description: '5 minutes, single use' }) enrollment_token: string;
  @ApiProperty() otpauth_uri: string;
  @ApiProperty() manual_entry_key: string;
}

export class TotpEnrollVerifyDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(128) enrollment_token: string;
  @ApiProperty({ example: '123456' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'code must be 6 digits' })
  code: string;
  @ApiPropertyOptional({ example: 'My phone' }) @IsOptional() @IsString() @MaxLength(100) label?: string;
}

export class EnrolledFactorDto {
  @ApiProperty({ type: FactorDto }) factor: FactorDto;
  @ApiProperty({ type: [String], nullable: true, description: 'Only with the first factor; shown once' })
  recovery_codes: string[] | null;
  @ApiProperty() recovery_codes_generation: number;
}

export class WebAuthnOptionsDto {
  @ApiProperty({ description: '5 minutes, single use' }) enrollment_token: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'PublicKeyCredentialCreationOptions (JSON)' })
  options: Record<string, unknown>;
}

export class WebAuthnEnrollVerifyDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(128) enrollment_token: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'PublicKeyCredential JSON from navigator.credentials.create()',
  })
  @IsDefined()
  @IsObject()
  response: Record<string, unknown>;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) label?: string;
}

export class StepUpDto {
  @ApiProperty({ enum: ['totp', 'recovery_code', 'sms'], description: 'sms: a code from POST .../step-up/sms/send' })
  @IsIn(['totp', 'recovery_code', 'sms'])
  factor: 'totp' | 'recovery_code' | 'sms';
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(64) code: string;
}

export class StepUpTokenDto {
  @ApiProperty({ description: 'Send as x-mfa-step-up-token; 5 minutes; only for this user and session' })
  step_up_token: string;
  @ApiProperty({ format: 'date-time' }) expires_at: string;
}

export class WebAuthnStepUpOptionsDto {
  @ApiProperty({ description: '5 minutes, single use' }) transit_token: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'PublicKeyCredentialRequestOptions (JSON)' })
  options: Record<string, unknown>;
}

export class WebAuthnStepUpVerifyDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(128) transit_token: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'PublicKeyCredential JSON from navigator.credentials.get()',
  })
  @IsDefined()
  @IsObject()
  response: Record<string, unknown>;
}

export class RegeneratedCodesDto {
  @ApiProperty({ type: [String], example: ['ABCD-EFGH-JKLM-NPQR'] }) recovery_codes: string[];
  @ApiProperty() recovery_codes_generation: number;
}

export class TrustedDeviceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String, description: 'Always null (single environment)' }) environment_id:
    string | null;
  @ApiProperty({ nullable: true, type: String }) label: string | null;
  @ApiProperty({ nullable: true, type: String }) ip_address: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) last_seen_at: string;
  @ApiProperty({ format: 'date-time' }) expires_at: string;
}

export class TrustedDeviceListDto {
  @ApiProperty({ type: [TrustedDeviceDto] }) items: TrustedDeviceDto[];
}
