import { Body, Controller, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { ApiErrors, ApiResource, resource } from '../../common/http/resource';
import { Audited } from '../../common/audit/audited.decorator';
import { CreateCustomerBody, CustomerAttributesDto } from './dto/organization-admin.dto';
import { OrganizationsAdminService } from './organizations-admin.service';

/** The "Create Customer" wizard (partner use case 2). The other /v2/users routes belong to the users module. */
@ApiTags('Users')
@Controller('v2/users')
export class CustomersController {
  constructor(private readonly admin: OrganizationsAdminService) {}

  @Post('customer')
  @Authenticated({ role: 'Admin' })
  @Audited({ action: 'customer.create', resource: 'organization' })
  @ApiOperation({
    summary: 'Create a customer: organization, subscription and users in one call',
    description:
      'All or nothing: any invalid part (a taken username, a bad plan, a limit) leaves nothing behind. Partner Admins and super admins.',
  })
  @ApiResource('customer', CustomerAttributesDto, 201)
  @ApiErrors(403, 409, 422)
  async create(@Auth() auth: AuthContext, @Body() body: CreateCustomerBody) {
    const created = await this.admin.createCustomer(auth, body.customer);
    return {
      data: resource<CustomerAttributesDto>(
        'customer',
        created.organization.id,
        {
          organization_id: created.organization.id,
          user_ids: created.userIds,
          subscription_ids: created.subscriptionIds,
        },
        {
          organization: { data: { id: created.organization.id, type: 'organization' } },
          users: { data: created.userIds.map((id) => ({ id, type: 'user' })) },
          subscriptions: { data: created.subscriptionIds.map((id) => ({ id, type: 'subscription' })) },
        },
      ),
    };
  }
}
