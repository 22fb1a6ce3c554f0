import { Body, Controller, Get, Headers, Put, Query } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { UserPlanInfo } from '../../common/ports/user-plan-info';
import { permissionsOf } from '../../common/auth/permissions';
import { ROLES } from '../../common/auth/roles';
import { ApiAction, ApiErrors, ApiResource } from '../../common/http/resource';
import { MeQueryDto, UpdateMeBody, UserAttributesDto } from './dto/user.dto';
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
  ) {}

  @Get('me')
  @Authenticated()
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
  @Authenticated()
  @ApiOperation({ summary: 'Update current user', description: 'Changing the email needs x-mfa-step-up-token when the user has a second factor.' })
  @ApiHeader({ name: 'x-mfa-step-up-token', required: false })
  @ApiResource(USER_TYPE, UserAttributesDto)
  @ApiErrors(403, 409, 422)
  async updateMe(@Auth() auth: AuthContext, @Body() body: UpdateMeBody, @Headers('x-mfa-step-up-token') stepUp?: string) {
    return { data: await this.users.updateMe(auth, body.user, stepUp) };
  }

  @Get('permissions')
  @Authenticated()
  @ApiOperation({ summary: 'Get current user permissions' })
  @ApiAction(PermissionsDto)
  permissions(@Auth() auth: AuthContext): PermissionsDto {
    return { role: auth.user.role, permissions: permissionsOf(auth.user.role) };
  }
}
