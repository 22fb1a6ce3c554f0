import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated, PublicWithApiKey } from '../../common/auth/authenticated.decorator';
import { ParameterError } from '../../common/errors/app-error';
import { ApiErrors, ApiResource, resource } from '../../common/http/resource';
import { Audited } from '../../common/audit/audited.decorator';
import { BrandingAttributesDto, UpdateWhitelabelBody, WhitelabelSettingsAttributesDto } from './dto/whitelabel.dto';
import { WhitelabelService } from './whitelabel.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An optional `organization_id` query parameter (a customer managed by its partner); 422 when not a UUID. */
function optionalOrganization(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !UUID.test(value)) throw new ParameterError(['organization_id must be a UUID']);
  return value;
}

@ApiTags('Whitelabel')
@Controller('v2/whitelabel')
export class WhitelabelController {
  constructor(private readonly whitelabel: WhitelabelService) {}

  @Get()
  @PublicWithApiKey()
  @ApiOperation({ summary: 'Public branding of a portal domain (API key only)' })
  @ApiQuery({ name: 'domain', type: String, required: true, example: 'portal.partner.example' })
  @ApiResource('whitelabel', BrandingAttributesDto)
  @ApiErrors(404, 422)
  async byDomain(@Query('domain') domain: unknown) {
    const attributes = await this.whitelabel.forDomain(domain);
    return { data: resource('whitelabel', attributes.portal_domain ?? '', attributes) };
  }

  @Get('settings')
  @Authenticated()
  @ApiOperation({
    summary: "Branding of the caller's organization (or of one in reach), with what is inherited from the partner",
  })
  @ApiQuery({ name: 'organization_id', required: false, schema: { type: 'string', format: 'uuid' } })
  @ApiResource('whitelabel_settings', WhitelabelSettingsAttributesDto)
  @ApiErrors(404, 422)
  async show(@Auth() auth: AuthContext, @Query('organization_id') organizationId: unknown) {
    const attributes = await this.whitelabel.show(auth, optionalOrganization(organizationId));
    return { data: resource('whitelabel_settings', attributes.organization_id, attributes) };
  }

  @Put('settings')
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'whitelabel.update', resource: 'whitelabel_settings' })
  @ApiOperation({ summary: 'Update branding (Admin; a partner for its customers with organization_id)' })
  @ApiQuery({ name: 'organization_id', required: false, schema: { type: 'string', format: 'uuid' } })
  @ApiResource('whitelabel_settings', WhitelabelSettingsAttributesDto)
  @ApiErrors(403, 404, 409, 422)
  async update(
    @Auth() auth: AuthContext,
    @Body() body: UpdateWhitelabelBody,
    @Query('organization_id') organizationId: unknown,
  ) {
    const attributes = await this.whitelabel.update(auth, body.whitelabel, optionalOrganization(organizationId));
    return { data: resource('whitelabel_settings', attributes.organization_id, attributes) };
  }
}
