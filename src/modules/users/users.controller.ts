import { Body, Controller, Delete, Get, Headers, HttpCode, Put, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { ApiStepUpSecurity, Authenticated } from '../../common/auth/authenticated.decorator';
import { UserPlanInfo } from '../../common/ports/user-plan-info';
import { PermissionsCatalog } from '../../common/auth/permissions';
import { ROLES } from '../../common/auth/roles';
import { ApiAction, ApiErrors, ApiResource } from '../../common/http/resource';
import { Audited } from '../../common/audit/audited.decorator';
import { MeQueryDto, UpdateMeBody, UserAttributesDto } from './dto/user.dto';
import { CanBeDeletedDto, TransferQueryDto, TransferResultDto } from './dto/users-admin.dto';
import { UsersAdminService } from './users-admin.service';
import { USER_TYPE } from './user.presenter';
import { UsersService } from './users.service';

class PermissionsDto {
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiProperty({ type: [String], example: ['targets:read', 'targets:write'] }) permissions: string[];
}

@ApiTags('User')
@Controller('v2/user')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly plans: UserPlanInfo,
    private readonly admin: UsersAdminService,
    private readonly permissionsCatalog: PermissionsCatalog,
  ) {}

  @Get('me')
  @Authenticated({ presentsCaller: true })
  @ApiOperation({ summary: 'Get current user' })
  @ApiResource(USER_TYPE, UserAttributesDto)
  async me(@Auth() auth: AuthContext, @Query() query: MeQueryDto) {
    const data = await this.users.me(auth);
    const extra: Record<string, unknown> = {};
    if (query.products === 'true') extra.products = await this.plans.productsFor(auth.user.organizationId);
    if (query.current_plan === 'true') extra.current_plan = await this.plans.currentPlanOf(auth.user.organizationId);
    return { data: { ...data, attributes: { ...data.attributes, ...extra } } };
  }

  @Put('me')
  @ApiStepUpSecurity()
  @Authenticated()
  @Audited({ action: 'user.update_me', resource: 'user' })
  @ApiOperation({
    summary: 'Update current user',
    description:
      'Changing the email needs, when the user has a second factor, a second factor proved by this session within the ' +
      'last STEP_UP_WINDOW_SECONDS (sign-in with a code, a step-up) or x-mfa-step-up-token.',
  })
  @ApiHeader({ name: 'x-mfa-step-up-token', required: false })
  @ApiResource(USER_TYPE, UserAttributesDto)
  @ApiErrors(403, 409, 422)
  async updateMe(
    @Auth() auth: AuthContext,
    @Body() body: UpdateMeBody,
    @Headers('x-mfa-step-up-token') stepUp?: string,
  ) {
    return { data: await this.users.updateMe(auth, body.user, stepUp) };
  }

  @Get('permissions')
  @Authenticated()
  @ApiOperation({
    summary: 'Get current user permissions',
    description:
      'Derived from the routes: `<resource>:read` / `<resource>:write` for each API resource (the path segment after ' +
      "`/v2/`) that at least one route opens to your role (and, for plan features, your organization's plan). " +
      "Finer rules are enforced per record (e.g. port lists: any user writes its organization's own lists; built-in " +
      'lists are read-only except for super admins).',
  })
  @ApiAction(PermissionsDto)
  async permissions(@Auth() auth: AuthContext): Promise<PermissionsDto> {
    return { role: auth.user.role, permissions: await this.permissionsCatalog.of(auth) };
  }

  @Delete()
  @Authenticated({ stepUp: true, forbidWhileImpersonating: true })
  @Audited({ action: 'user.delete_self', resource: 'user' })
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete my account',
    description:
      'Refused (409) while you own resources others depend on (see GET /v2/user/can_be_deleted). Needs x-mfa-step-up-token with 2FA on.',
  })
  @ApiHeader({ name: 'x-mfa-step-up-token', required: false })
  @ApiResponse({ status: 204, description: 'Deleted' })
  @ApiErrors(409)
  async deleteMe(@Auth() auth: AuthContext) {
    await this.admin.removeSelf(auth);
  }

  @Get('can_be_deleted')
  @Authenticated()
  @ApiOperation({ summary: 'Whether my account can be deleted, and why not' })
  @ApiAction(CanBeDeletedDto)
  canBeDeleted(@Auth() auth: AuthContext) {
    return this.admin.selfCanBeDeleted(auth);
  }

  @Put('transfer_resources')
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'user.transfer_resources', resource: 'user' })
  @ApiOperation({ summary: 'Move every resource of one user to another of the same organization (one transaction)' })
  @ApiAction(TransferResultDto)
  @ApiErrors(403, 404, 422)
  transferResources(@Auth() auth: AuthContext, @Query() query: TransferQueryDto) {
    return this.admin.transfer(auth, query.from_user_id, query.to_user_id);
  }
}
