import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { WrappedBody } from '../../../common/http/wrapped-body';

const COLOR = /^#[0-9a-fA-F]{6}$/;
export const HOSTNAME = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/i;

/** Branding as clients see it; `logo` is a data URL so that no extra request (and no served SVG) is needed. */
export class BrandingAttributesDto {
  @ApiPropertyOptional({ nullable: true, type: String }) company_name: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'data:<type>;base64,...' }) logo: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '#0A84FF' }) primary_color: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '#1C1C1E' }) secondary_color: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) support_email: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'portal.partner.example' }) portal_domain:
    string | null;
}

export class WhitelabelSettingsAttributesDto extends BrandingAttributesDto {
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiProperty({ description: 'Some values come from the partner organization' }) inherited: boolean;
}

export class UpdateWhitelabelDto {
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(255)
  company_name?: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'PNG, JPEG or SVG, base64, at most 1 MB decoded; null removes the logo',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  logo_base64?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '#0A84FF' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(COLOR, { message: 'primary_color must be a colour #RRGGBB' })
  primary_color?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '#1C1C1E' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(COLOR, { message: 'secondary_color must be a colour #RRGGBB' })
  secondary_color?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsEmail()
  @MaxLength(255)
  support_email?: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Partners and super admins only; unique',
    example: 'portal.partner.example',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @Matches(HOSTNAME, { message: 'portal_domain must be a host name such as portal.example.com' })
  portal_domain?: string | null;
}
export class UpdateWhitelabelBody extends WrappedBody('whitelabel', UpdateWhitelabelDto) {}
