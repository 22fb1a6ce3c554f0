import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { UuidParam } from '../../common/http/params';
import { ApiCollection, ApiErrors, ApiResource, collection } from '../../common/http/resource';
import { FilterParams, ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import { Audited } from '../../common/audit/audited.decorator';
import { UsersService } from '../users/users.service';
import { CreateOrganizationBody, MoveUserQueryDto, UpdateOrganizationAdminBody } from './dto/organization-admin.dto';
import { OrganizationAttributesDto } from './dto/organization.dto';
import { organizationsCsv } from './organizations.csv';
import type { Organization } from './organization.entity';
import { ORGANIZATION_TYPE, presentOrganization } from './organization.presenter';
import { OrganizationsAdminService } from './organizations-admin.service';
import { ORGANIZATION_LIST_SPEC, OrganizationsService } from './organizations.service';

@ApiTags('Organizations')
@Controller('v2/organizations')
export class OrganizationsController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly admin: OrganizationsAdminService,
    private readonly users: UsersService,
  ) {}

  @Get()
  @Authenticated({ role: 'Admin' })
  @ApiOperation({
    summary: 'List organizations',
    description: "Own organization, a partner's customers too, every one for super admins.",
  })
  @ApiCollection(ORGANIZATION_TYPE, OrganizationAttributesDto)
  @ApiErrors(422)
  async list(@Auth() auth: AuthContext, @ListParams(ORGANIZATION_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.organizations.list(auth.tenant, query);
    return collection(await Promise.all(items.map((org) => this.present(org))), meta);
  }

  @Post()
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'organization.create', resource: 'organization' })
  @ApiOperation({
    summary: 'Create an organization',
    description:
      'Super admins create any organization; a partner Admin creates its customers. Subscribed to the default plan unless skip_default_subscription (then `plans` is required).',
  })
  @ApiResource(ORGANIZATION_TYPE, OrganizationAttributesDto, 201)
  @ApiErrors(403, 404, 409, 422)
  async create(@Auth() auth: AuthContext, @Body() body: CreateOrganizationBody) {
    return { data: await this.present(await this.admin.create(auth, body.organization)) };
  }

  @Get('export')
  @Authenticated({ role: 'Admin' })
  @ApiOperation({
    summary: 'Export the organizations in reach to a CSV file (streamed)',
    description: 'Takes the filters of GET /v2/organizations (`q[...]`, `q`, date ranges); not paged.',
  })
  @ApiProduces('text/csv')
  @ApiResponse({
    status: 200,
    description: 'CSV with a header row',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiErrors(422)
  export(@Auth() auth: AuthContext, @FilterParams(ORGANIZATION_LIST_SPEC) query: ListQuery): StreamableFile {
    const stream = Readable.from(organizationsCsv(this.organizations.eachInScope(auth.tenant, query)));
    return new StreamableFile(stream, {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="organizations.csv"',
    });
  }

  @Put('move')
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'organization.move_user', resource: 'organization' })
  @ApiOperation({
    summary: 'Move a user to another organization',
    description: 'Answers the destination organization.',
  })
  @ApiResource(ORGANIZATION_TYPE, OrganizationAttributesDto)
  @ApiErrors(404, 422)
  async move(@Auth() auth: AuthContext, @Query() query: MoveUserQueryDto) {
    return { data: await this.present(await this.admin.moveUser(auth, query.user_id, query.organization_id)) };
  }

  @Get(':id')
  @Authenticated({ role: 'Admin' })
  @ApiOperation({ summary: 'Show an organization' })
  @ApiResource(ORGANIZATION_TYPE, OrganizationAttributesDto)
  @ApiErrors(404, 422)
  async show(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: await this.present(await this.organizations.get(auth.tenant, id)) };
  }

  @Put(':id')
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'organization.update', resource: 'organization' })
  @ApiOperation({ summary: 'Update an organization' })
  @ApiResource(ORGANIZATION_TYPE, OrganizationAttributesDto)
  @ApiErrors(403, 404, 409, 422)
  async update(@Auth() auth: AuthContext, @UuidParam() id: string, @Body() body: UpdateOrganizationAdminBody) {
    return { data: await this.present(await this.admin.update(auth, id, body.organization)) };
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'organization.delete', resource: 'organization' })
  @ApiOperation({ summary: 'Delete an organization without users, customers or records' })
  @ApiErrors(403, 404, 409, 422)
  async remove(@Auth() auth: AuthContext, @UuidParam() id: string) {
    await this.admin.remove(auth, id);
  }

  private async present(org: Organization) {
    return presentOrganization(org, await this.users.membersOf(org.id), true);
  }
}
