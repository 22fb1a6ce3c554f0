import { Module } from '@nestjs/common';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { UsersModule } from '../users/users.module';
import { CustomersController } from './customers.controller';
import { OrganizationsAdminService } from './organizations-admin.service';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsModule } from './organizations.module';

/**
 * `/v2/organizations` and the customer wizard. Separate from OrganizationsModule (which auth and subscriptions
 * build on) because creating an organization also subscribes it: this module sits on top of both.
 */
@Module({
  imports: [OrganizationsModule, SubscriptionsModule, UsersModule],
  controllers: [OrganizationsController, CustomersController],
  providers: [OrganizationsAdminService],
})
export class OrganizationsAdminModule {}
