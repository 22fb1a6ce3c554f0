import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Audited } from '../../common/audit/audited.decorator';
import { Auth, type AuthContext } from '../../common/auth/auth-context';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { UuidParam } from '../../common/http/params';
import { ApiAction, ApiCollection, ApiErrors, ApiResource, collection } from '../../common/http/resource';
import { ListParams } from '../../common/listing/list-params.decorator';
import type { ListQuery } from '../../common/listing/list-query';
import {
  CreateWebhookBody,
  DeliveryAttributesDto,
  DeliveryDetailAttributesDto,
  QueuedDeliveryDto,
  RotateSecretBody,
  UpdateWebhookBody,
  WebhookAttributesDto,
} from './dto/webhook.dto';
import { DELIVERY_LIST_SPEC, WebhookDeliveries } from './webhook-deliveries.service';
import { WEBHOOK_CATALOG } from './webhook-catalog';
import {
  DELIVERY_TYPE,
  presentDelivery,
  presentDeliveryDetail,
  presentWebhook,
  WEBHOOK_TYPE,
} from './webhook.presenter';
import { WEBHOOK_LIST_SPEC, WebhooksService } from './webhooks.service';

/** Webhooks are organization configuration that receives every subscribed event of the organization: Admins only. */
const ADMIN = { role: 'Admin' } as const;

const CATALOG = WEBHOOK_CATALOG.map((e) => `\`${e.type}\``).join(', ');
const DELIVERY_RULES =
  'Each event is POSTed as JSON `{id, type, version, occurred_at, organization: {id, name}, data}` with ' +
  '`X-CG-Hook-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>` (during a rotation grace period also ' +
  '`X-CG-Hook-Signature-Previous` with the old secret), `X-CG-Hook-Event`, `X-CG-Hook-Delivery` (the delivery id, ' +
  'the same on every try), `X-CG-Hook-Timestamp` (unix seconds of the try), `User-Agent: CloneGuard-Hook/<version>`. ' +
  'Anything but a 2xx within WEBHOOK_TIMEOUT_MS is retried (WEBHOOK_MAX_ATTEMPTS tries, growing delays with jitter). ' +
  `Events: ${CATALOG}, or \`*\` for all.`;

@ApiTags('Webhooks')
@Controller('v2/webhooks')
export class WebhooksController {
  constructor(
    private readonly webhooks: WebhooksService,
    private readonly deliveries: WebhookDeliveries,
  ) {}

  @Get()
  @Authenticated(ADMIN)
  @ApiOperation({ summary: 'List webhooks', description: 'Filter events with q[events]=scan_* (matches any entry).' })
  @ApiCollection(WEBHOOK_TYPE, WebhookAttributesDto)
  @ApiErrors(403, 422)
  async list(@Auth() auth: AuthContext, @ListParams(WEBHOOK_LIST_SPEC) query: ListQuery) {
    const { items, meta } = await this.webhooks.list(auth.tenant, query);
    return collection(
      items.map((w) => presentWebhook(w)),
      meta,
    );
  }

  @Post()
  @Authenticated(ADMIN)
  @Audited({ action: 'webhook.create', resource: 'webhook' })
  @ApiOperation({
    summary: 'Create a webhook',
    description: `The answer carries \`secret\` (generated when not given): the only time it is shown. ${DELIVERY_RULES}`,
  })
  @ApiResource(WEBHOOK_TYPE, WebhookAttributesDto, 201)
  @ApiErrors(403, 422)
  async create(@Auth() auth: AuthContext, @Body() body: CreateWebhookBody) {
    const { webhook, secret } = await this.webhooks.create(auth, body.webhook);
    return { data: presentWebhook(webhook, secret) };
  }

  @Get(':id')
  @Authenticated(ADMIN)
  @ApiOperation({ summary: 'Show a webhook', description: 'The secret is never shown again.' })
  @ApiResource(WEBHOOK_TYPE, WebhookAttributesDto)
  @ApiErrors(403, 404, 422)
  async show(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: presentWebhook(await this.webhooks.get(auth.tenant, id)) };
  }

  @Put(':id')
  @Authenticated(ADMIN)
  @Audited({ action: 'webhook.update', resource: 'webhook' })
  @ApiOperation({
    summary: 'Update a webhook',
    description: 'A `secret` here rotates like rotate_secret (the old one keeps signing for the grace period).',
  })
  @ApiResource(WEBHOOK_TYPE, WebhookAttributesDto)
  @ApiErrors(403, 404, 422)
  async update(@Auth() auth: AuthContext, @UuidParam() id: string, @Body() body: UpdateWebhookBody) {
    return { data: presentWebhook(await this.webhooks.update(auth.tenant, id, body.webhook)) };
  }

  @Delete(':id')
  @Authenticated(ADMIN)
  @Audited({ action: 'webhook.delete', resource: 'webhook' })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted (with its delivery log)' })
  @ApiOperation({ summary: 'Delete a webhook' })
  @ApiErrors(403, 404, 422)
  async remove(@Auth() auth: AuthContext, @UuidParam() id: string): Promise<void> {
    await this.webhooks.remove(auth.tenant, id);
  }

  @Put(':id/activate')
  @Authenticated(ADMIN)
  @Audited({ action: 'webhook.activate', resource: 'webhook' })
  @ApiOperation({ summary: 'Activate a webhook', description: 'Also clears the failure record of a disabled webhook.' })
  @ApiResource(WEBHOOK_TYPE, WebhookAttributesDto)
  @ApiErrors(403, 404, 422)
  async activate(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: presentWebhook(await this.webhooks.activate(auth.tenant, id, true)) };
  }

  @Put(':id/deactivate')
  @Authenticated(ADMIN)
  @Audited({ action: 'webhook.deactivate', resource: 'webhook' })
  @ApiOperation({
    summary: 'Deactivate a webhook',
    description: 'No more events are delivered; tries still pending are cancelled.',
  })
  @ApiResource(WEBHOOK_TYPE, WebhookAttributesDto)
  @ApiErrors(403, 404, 422)
  async deactivate(@Auth() auth: AuthContext, @UuidParam() id: string) {
    return { data: presentWebhook(await this.webhooks.activate(auth.tenant, id, false)) };
  }

  @Post(':id/rotate_secret')
  @Authenticated(ADMIN)
  @Audited({ action: 'webhook.rotate_secret', resource: 'webhook' })
  @HttpCode(200)
  @ApiOperation({
    summary: 'Rotate the secret (extension)',
    description:
      'A new secret (given in `{"webhook": {"secret"}}`, or generated) signs from now on and is shown in this answer ' +
      'only; the previous one keeps signing in `X-CG-Hook-Signature-Previous` for WEBHOOK_SECRET_GRACE_HOURS ' +
      '(`previous_secret_expires_at`). Rotating again within the grace period drops the older secret.',
  })
  @ApiBody({ type: RotateSecretBody, required: false })
  @ApiResource(WEBHOOK_TYPE, WebhookAttributesDto)
  @ApiErrors(403, 404, 422)
  async rotateSecret(@Auth() auth: AuthContext, @UuidParam() id: string, @Body() body: RotateSecretBody) {
    const { webhook, secret } = await this.webhooks.rotateSecret(auth.tenant, id, body?.webhook);
    return { data: presentWebhook(webhook, secret) };
  }

  @Post(':id/ping')
  @Authenticated(ADMIN)
  @Audited({ action: 'webhook.ping', resource: 'webhook' })
  @ApiOperation({
    summary: 'Send a test event (extension)',
    description:
      'Queues a `ping` event (data: the webhook) to this webhook, whatever its events and even when inactive, ' +
      'signed and retried like any delivery.',
  })
  @ApiAction(QueuedDeliveryDto, 202)
  @ApiErrors(403, 404, 422)
  async ping(@Auth() auth: AuthContext, @UuidParam() id: string): Promise<QueuedDeliveryDto> {
    const delivery = await this.deliveries.ping(auth.tenant, id);
    return { status: 'queued', delivery_id: delivery.id };
  }

  @Get(':id/deliveries')
  @Authenticated(ADMIN)
  @ApiOperation({ summary: 'List deliveries of a webhook', description: DELIVERY_RULES })
  @ApiCollection(DELIVERY_TYPE, DeliveryAttributesDto)
  @ApiErrors(403, 404, 422)
  async listDeliveries(
    @Auth() auth: AuthContext,
    @UuidParam() id: string,
    @ListParams(DELIVERY_LIST_SPEC) query: ListQuery,
  ) {
    const { items, meta } = await this.deliveries.list(auth.tenant, id, query);
    return collection(items.map(presentDelivery), meta);
  }

  @Get(':id/deliveries/:delivery_id')
  @Authenticated(ADMIN)
  @ApiOperation({
    summary: 'Show a delivery',
    description:
      'The payload and every try: request headers and body, answer status, headers and first 4 KB, duration, error.',
  })
  @ApiResource(DELIVERY_TYPE, DeliveryDetailAttributesDto)
  @ApiErrors(403, 404, 422)
  async showDelivery(@Auth() auth: AuthContext, @UuidParam() id: string, @UuidParam('delivery_id') deliveryId: string) {
    const { delivery, attempts } = await this.deliveries.show(auth.tenant, id, deliveryId);
    return { data: presentDeliveryDetail(delivery, attempts) };
  }

  @Post(':id/deliveries/:delivery_id/redeliver')
  @Authenticated(ADMIN)
  @Audited({ action: 'webhook.redeliver', resource: 'webhook' })
  @ApiOperation({
    summary: 'Redeliver (extension)',
    description:
      'Sends the same body again (same payload `id`, so receivers can deduplicate) as a new delivery with its own ' +
      'X-CG-Hook-Delivery and tries, even when the webhook is inactive.',
  })
  @ApiAction(QueuedDeliveryDto, 202)
  @ApiErrors(403, 404, 422)
  async redeliver(
    @Auth() auth: AuthContext,
    @UuidParam() id: string,
    @UuidParam('delivery_id') deliveryId: string,
  ): Promise<QueuedDeliveryDto> {
    const delivery = await this.deliveries.redeliver(auth.tenant, id, deliveryId);
    return { status: 'queued', delivery_id: delivery.id };
  }
}
