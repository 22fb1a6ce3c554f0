import { Module } from '@nestjs/common';
import { userOwnedResource } from '../../common/ports/user-resources';
import { TenantRepositoryModule } from '../../common/tenancy/tenant-repository';
import { SecretBox } from '../mfa/secret-box';
import { OrganizationsModule } from '../organizations/organizations.module';
import { WebhookDeliveries } from './webhook-deliveries.service';
import { WebhookDelivery, WebhookDeliveryAttempt } from './webhook-delivery.entity';
import { Webhook } from './webhook.entity';
import { WebhooksController } from './webhooks.controller';
import { WebhooksService } from './webhooks.service';

/**
 * Webhooks: signed deliveries of domain events (scans, reports, exceptions, SAQ) to receivers of an organization,
 * with a delivery log, retries and safe outbound requests. Subscribes to the other modules' events only; publishes
 * `webhook.disabled` (webhooks.events.ts).
 */
@Module({
  imports: [TenantRepositoryModule.forFeature([Webhook, WebhookDelivery, WebhookDeliveryAttempt]), OrganizationsModule],
  controllers: [WebhooksController],
  providers: [WebhooksService, WebhookDeliveries, SecretBox, userOwnedResource('webhooks', Webhook)],
  exports: [WebhooksService],
})
export class WebhooksModule {}
