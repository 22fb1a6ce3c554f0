import { defineEvent, type EventPayload } from '../../events/event.decorator';

/** A webhook was switched off because its deliveries kept failing (published with the change). */
export interface WebhookDisabledEvent extends EventPayload {
  organizationId: string;
  webhookId: string;
  name: string;
  url: string;
  /** Its creator (null once that user is gone). */
  createdByUserId: string | null;
  /** Why, for people (`20 deliveries in a row failed`). */
  reason: string;
  disabledAt: string;
}

export const WEBHOOK_DISABLED = defineEvent<WebhookDisabledEvent>('webhook.disabled');
