import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsTimeZone, IsUrl, Length, MaxLength } from 'class-validator';
import { IsAccountEmail } from '../../../common/http/account-email';
import { WrappedBody } from '../../../common/http/wrapped-body';
import { ROLES } from '../../../common/auth/roles';

export class TwoFactorStatusDto {
  @ApiProperty() enabled: boolean;
  @ApiProperty() otp_sms_enabled: boolean;
  @ApiProperty() otp_totp_enabled: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Masked phone number' }) otp_phone: string | null;
  @ApiPropertyOptional({ nullable: true, enum: ['sms', 'totp'] }) otp_default_method: 'sms' | 'totp' | null;
}

export class OrganizationRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) uuid: string;
  @ApiProperty() name: string;
}

export class UserDetailsDto {
  @ApiPropertyOptional({ nullable: true, type: String }) first_name: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) last_name: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) phone: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) mobile_phone: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) url: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) title: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) address: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) city: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) state: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) country: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) zipcode: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) comment: string | null;
}

export class UserAttributesDto extends UserDetailsDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiProperty({ example: 'en' }) locale: string;
  @ApiProperty({ example: 'UTC' }) timezone: string;
  @ApiPropertyOptional({ nullable: true, type: String }) active_product: string | null;
  @ApiProperty({ type: OrganizationRefDto }) organization: OrganizationRefDto;
  @ApiProperty() partner: boolean;
  @ApiProperty() verified: boolean;
  @ApiProperty({ example: 'email' }) provider: string;
  @ApiProperty() blocked: boolean;
  @ApiProperty() sign_in_count: number;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' }) last_sign_in_at: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) last_sign_in_ip: string | null;
  @ApiProperty({ type: TwoFactorStatusDto }) two_factor_authentication: TwoFactorStatusDto;
  @ApiProperty({ description: 'Profile fields still empty (first and last name)' }) incomplete_details: boolean;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
}

export class MeQueryDto {
  @ApiPropertyOptional({ description: 'Include available products' })
  @IsOptional()
  @IsIn(['true', 'false'])
  products?: string;
  @ApiPropertyOptional({ description: 'Include profile details' })
  @IsOptional()
  @IsIn(['true', 'false'])
  details?: string;
  @ApiPropertyOptional({ description: 'Include the current plan' })
  @IsOptional()
  @IsIn(['true', 'false'])
  current_plan?: string;
}

const optionalText = (max: number) => [IsOptional(), IsString(), MaxLength(max)];
function Text(max: number): PropertyDecorator {
  return (target, key) => optionalText(max).forEach((d) => d(target, key));
}

/** Profile fields a user may change about themself. */
export class UpdateMeDto {
  @ApiPropertyOptional() @Text(100) first_name?: string;
  @ApiPropertyOptional() @Text(100) last_name?: string;
  @ApiPropertyOptional({ description: 'Needs a step-up token when the user has a second factor' })
  @IsOptional()
  @IsAccountEmail()
  @MaxLength(255)
  email?: string;
  @ApiPropertyOptional({ example: 'en' }) @IsOptional() @IsString() @Length(2, 10) locale?: string;
  @ApiPropertyOptional({ example: 'UTC' }) @IsOptional() @IsTimeZone() timezone?: string;
  @ApiPropertyOptional() @Text(64) phone?: string;
  @ApiPropertyOptional() @Text(64) mobile_phone?: string;
  @ApiPropertyOptional() @IsOptional() @IsUrl() @MaxLength(255) url?: string;
  @ApiPropertyOptional() @Text(255) title?: string;
  @ApiPropertyOptional() @Text(255) address?: string;
  @ApiPropertyOptional() @Text(120) city?: string;
  @ApiPropertyOptional() @Text(120) state?: string;
  @ApiPropertyOptional() @Text(120) country?: string;
  @ApiPropertyOptional() @Text(32) zipcode?: string;
  @ApiPropertyOptional() @Text(2000) comment?: string;
}
export class UpdateMeBody extends WrappedBody('user', UpdateMeDto) {}
