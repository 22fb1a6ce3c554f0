import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { roleAtLeast } from '../../common/auth/roles';
import { ApiCollection, ApiErrors, ApiResource, collection } from '../../common/http/resource';
import { ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import { Audited } from '../../common/audit/audited.decorator';
import { UserAttributesDto } from '../users/dto/user.dto';
import { presentUser, USER_TYPE } from '../users/user.presenter';
import { USER_LIST_SPEC, UsersService } from '../users/users.service';
import {
  OrganizationAttributesDto,
  UpdateOrganizationBody,
  UpdateOrganizationSettingsBody,
} from './dto/organization.dto';
import { ORGANIZATION_TYPE, presentOrganization } from './organization.presenter';
import { OrganizationsService } from './organizations.service';

@ApiTags('User')
@Controller('v2/user/organization')
export class CurrentOrganizationController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Get current organization' })
  @ApiResource(ORGANIZATION_TYPE, OrganizationAttributesDto)
  async get(@Auth() auth: AuthContext) {
    return { data: await this.present(auth, await this.organizations.get(auth.tenant, auth.user.organizationId)) };
  }

  @Put()
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'organization.update', resource: 'organization' })
  @ApiOperation({ summary: 'Update current organization (Admin)' })
  @ApiResource(ORGANIZATION_TYPE, OrganizationAttributesDto)
  @ApiErrors(422)
  async update(@Auth() auth: AuthContext, @Body() body: UpdateOrganizationBody) {
    const org = await this.organizations.update(auth.tenant, auth.user.organizationId, body.organization);
    return { data: await this.present(auth, org) };
  }

  @Put('settings')
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'organization.settings_update', resource: 'organization' })
  @ApiOperation({
    summary: 'Update current organization settings (Admin)',
    description:
      '`exceptions_self_approval` (default false): whether an Admin may approve an exception they created or last ' +
      'changed (`PUT /v2/exceptions/activate`). Shown in `settings`; also accepted by `PUT /v2/user/organization`.',
  })
  @ApiResource(ORGANIZATION_TYPE, OrganizationAttributesDto)
  @ApiErrors(422)
  async updateSettings(@Auth() auth: AuthContext, @Body() body: UpdateOrganizationSettingsBody) {
    const org = await this.organizations.updateSettings(auth.tenant, auth.user.organizationId, body.settings);
    return { data: await this.present(auth, org) };
  }

  @Get('members')
  @Authenticated()
  @ApiOperation({ summary: 'Get organization members' })
  @ApiCollection(USER_TYPE, UserAttributesDto)
  @ApiErrors(422)
  async members(@Auth() auth: AuthContext, @ListParams(USER_LIST_SPEC) query: ListQuery) {
    const org = await this.organizations.get(auth.tenant, auth.user.organizationId);
    const { items, meta } = await this.users.listInOrganization(auth.tenant, org.id, query);
    const statuses = await Promise.all(items.map((u) => this.users.twoFactorStatus.statusOf(u.id)));
    return collection(
      items.map((u, i) => presentUser(u, org, statuses[i])),
      meta,
    );
  }

  private async present(auth: AuthContext, org: Awaited<ReturnType<OrganizationsService['get']>>) {
    return presentOrganization(org, await this.users.membersOf(org.id), roleAtLeast(auth.user.role, 'Admin'));
  }
}
