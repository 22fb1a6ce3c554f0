import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { WrappedBody } from '../../../common/http/wrapped-body';

export class OrganizationMemberDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty() partner: boolean;
}

export class OrganizationSettingsDto {
  @ApiProperty() can_edit_organization: boolean;
  @ApiProperty({
    description: 'Whether an Admin may approve an exception they created or last changed (default false)',
  })
  exceptions_self_approval: boolean;
}

export class OrganizationDetailsDto {
  @ApiPropertyOptional({ nullable: true, type: String }) address: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) city: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) state: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) zipcode: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) country: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) phone: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) website: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) email: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) contact_name: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) contact_title: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) contact_phone: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) contact_email: string | null;
}

export class OrganizationAttributesDto {
  @ApiProperty({ format: 'uuid' }) uuid: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ nullable: true, type: String }) company_name: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiProperty() partner: boolean;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) parent_id: string | null;
  @ApiProperty({ format: 'date-time' }) creation_time: string;
  @ApiProperty({ format: 'date-time' }) modification_time: string;
  @ApiProperty({ type: [OrganizationMemberDto] }) members: OrganizationMemberDto[];
  @ApiProperty({ type: OrganizationSettingsDto }) settings: OrganizationSettingsDto;
  @ApiProperty({ type: OrganizationDetailsDto }) details: OrganizationDetailsDto;
  @ApiProperty({ description: 'Company name or contact details still missing' }) incomplete_details: boolean;
}

function Text(max: number): PropertyDecorator {
  return (target, key) => [IsOptional(), IsString(), MaxLength(max)].forEach((d) => d(target, key));
}

export class UpdateOrganizationDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(255) name: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(255) company_name: string;
  @ApiPropertyOptional() @Text(5000) description?: string;
  @ApiPropertyOptional() @Text(255) address?: string;
  @ApiPropertyOptional() @Text(120) city?: string;
  @ApiPropertyOptional() @Text(120) state?: string;
  @ApiPropertyOptional() @Text(32) zipcode?: string;
  @ApiPropertyOptional() @Text(120) country?: string;
  @ApiPropertyOptional() @Text(64) phone?: string;
  @ApiPropertyOptional() @IsOptional() @IsUrl() @MaxLength(255) website?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(255) email?: string;
  @ApiPropertyOptional() @Text(255) contact_name?: string;
  @ApiPropertyOptional() @Text(255) contact_title?: string;
  @ApiPropertyOptional() @Text(64) contact_phone?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(255) contact_email?: string;
  @ApiPropertyOptional({
    description:
      'Whether an Admin may approve an exception they created or last changed (shown in settings; default false)',
  })
  @IsOptional()
  @IsBoolean()
  exceptions_self_approval?: boolean;
}
export class UpdateOrganizationBody extends WrappedBody('organization', UpdateOrganizationDto) {}

/** `PUT /v2/user/organization/settings`: the settings an Admin may change on their own. */
export class UpdateOrganizationSettingsDto {
  @ApiPropertyOptional({
    description: 'Whether an Admin may approve an exception they created or last changed (default false)',
  })
  @IsOptional()
  @IsBoolean()
  exceptions_self_approval?: boolean;
}
export class UpdateOrganizationSettingsBody extends WrappedBody('settings', UpdateOrganizationSettingsDto) {}
