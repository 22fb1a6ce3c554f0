import { resource } from '../../common/http/resource';
import type { DeliveryAttributesDto, DeliveryDetailAttributesDto, WebhookAttributesDto } from './dto/webhook.dto';
import type { WebhookDelivery, WebhookDeliveryAttempt } from './webhook-delivery.entity';
import type { Webhook } from './webhook.entity';

export const WEBHOOK_TYPE = 'webhook';
export const DELIVERY_TYPE = 'webhook_delivery';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** `secret` only when given: the create and rotate answers (the one time it is shown). */
export function presentWebhook(webhook: Webhook, secret?: string, now = new Date()) {
  const attributes: WebhookAttributesDto = {
    name: webhook.name,
    url: webhook.url,
    events: webhook.events,
    active: webhook.active,
    ...(secret !== undefined ? { secret } : {}),
    previous_secret_expires_at:
      webhook.previousSecretExpiresAt && webhook.previousSecretExpiresAt > now
        ? webhook.previousSecretExpiresAt.toISOString()
        : null,
    consecutive_failures: webhook.consecutiveFailures,
    failing_since: iso(webhook.failingSince),
    disabled_at: iso(webhook.disabledAt),
    disabled_reason: webhook.disabledReason,
    organization_id: webhook.organizationId,
    user_id: webhook.userId,
    created_at: webhook.createdAt.toISOString(),
    updated_at: webhook.updatedAt.toISOString(),
  };
  return resource<WebhookAttributesDto>(WEBHOOK_TYPE, webhook.id, attributes, {
    organization: { data: { id: webhook.organizationId, type: 'organization' } },
    user: { data: webhook.userId ? { id: webhook.userId, type: 'user' } : null },
  });
}

function deliveryAttributes(d: WebhookDelivery): DeliveryAttributesDto {
  return {
    webhook_id: d.webhookId,
    event: d.event,
    event_id: d.eventId,
    kind: d.kind,
    status: d.status,
    attempt_count: d.attemptCount,
    response_status: d.responseStatus,
    redelivery_of: d.redeliveryOf,
    last_attempt_at: iso(d.lastAttemptAt),
    next_attempt_at: iso(d.nextAttemptAt),
    completed_at: iso(d.completedAt),
    created_at: d.createdAt.toISOString(),
  };
}

const relationships = (d: WebhookDelivery) => ({ webhook: { data: { id: d.webhookId, type: WEBHOOK_TYPE } } });

export const presentDelivery = (d: WebhookDelivery) =>
  resource<DeliveryAttributesDto>(DELIVERY_TYPE, d.id, deliveryAttributes(d), relationships(d));

/** A delivery with its payload and every try (request headers and body, the answer or the error). */
export function presentDeliveryDetail(d: WebhookDelivery, attempts: WebhookDeliveryAttempt[]) {
  return resource<DeliveryDetailAttributesDto>(
    DELIVERY_TYPE,
    d.id,
    {
      ...deliveryAttributes(d),
      payload: JSON.parse(d.body) as Record<string, unknown>,
      attempts: attempts.map((a) => ({
        number: a.number,
        started_at: a.startedAt.toISOString(),
        duration_ms: a.durationMs,
        request: { url: a.url, headers: a.requestHeaders, body: d.body },
        response:
          a.responseStatus === null
            ? null
            : { status: a.responseStatus, headers: a.responseHeaders ?? {}, body: a.responseBody ?? '' },
        error: a.error,
      })),
    },
    relationships(d),
  );
}
