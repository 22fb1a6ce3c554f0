import { createHmac, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { RecordNotFound } from '../../common/errors/app-error';
import { SafeHttpClient } from '../../common/http/safe-outbound';
import { paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import { TenantScope } from '../../common/tenancy/tenant-scope';
import { Env } from '../../config/env';
import { type EventMeta, type EventPayload } from '../../events/event.decorator';
import { EventsService } from '../../events/events.service';
import { OnJob } from '../../jobs/job.decorator';
import { JobsService } from '../../jobs/jobs.service';
import { OrganizationsService } from '../organizations/organizations.service';
import {
  type CatalogEntry,
  PAYLOAD_VERSION,
  PING_EVENT,
  WEBHOOK_CATALOG,
  type WebhookPayload,
} from './webhook-catalog';
import {
  DELIVERY_KINDS,
  DELIVERY_STATUSES,
  type DeliveryKind,
  WebhookDelivery,
  WebhookDeliveryAttempt,
} from './webhook-delivery.entity';
import { Webhook } from './webhook.entity';
import { DELIVER_WEBHOOK, type DeliverWebhookPayload } from './webhooks.jobs';
import { WEBHOOK_DISABLED } from './webhooks.events';
import { WebhooksService } from './webhooks.service';

/** The application's version, from the nearest package.json up from here (the same from src/ and from dist/src/). */
function appVersion(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: string }).version ?? '0';
  }
  return '0';
}
export const USER_AGENT = `CloneGuard-Hook/${appVersion()}`;

export const DELIVERY_LIST_SPEC: ListSpec = {
  columns: {
    event: { sql: 'd.event', type: 'string' },
    event_id: { sql: 'd.event_id', type: 'uuid' },
    kind: { sql: 'd.kind', type: 'enum', values: DELIVERY_KINDS },
    status: { sql: 'd.status', type: 'enum', values: DELIVERY_STATUSES },
    response_status: { sql: 'd.response_status', type: 'number' },
    attempt_count: { sql: 'd.attempt_count', type: 'number' },
    created_at: { sql: 'd.created_at', type: 'date' },
    completed_at: { sql: 'd.completed_at', type: 'date' },
  },
  defaultSort: 'created_at:desc',
  tieBreaker: 'd.id',
};

/** `sha256=<hex HMAC-SHA256(secret, body)>`: the value of `X-CG-Hook-Signature`. */
export const signature = (secret: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;

/**
 * Deliveries: every catalogued domain event becomes one delivery per matching active webhook (one subscriber per
 * event, idempotent by the unique (event id, webhook id)), each try a pg-boss job that signs and POSTs the body and
 * records an attempt. Failed tries are retried with growing delays; a webhook that keeps failing is disabled
 * (`webhook.disabled`, and its owners are mailed).
 */
@Injectable()
export class WebhookDeliveries implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Webhooks');
  private client?: SafeHttpClient;

  constructor(
    @InjectTenantRepository(Webhook) private readonly webhooks: TenantRepository<Webhook>,
    @InjectTenantRepository(WebhookDelivery) private readonly deliveries: TenantRepository<WebhookDelivery>,
    @InjectTenantRepository(WebhookDeliveryAttempt) private readonly attempts: TenantRepository<WebhookDeliveryAttempt>,
    private readonly service: WebhooksService,
    private readonly organizations: OrganizationsService,
    private readonly events: EventsService,
    private readonly jobs: JobsService,
    private readonly dataSource: DataSource,
    private readonly env: Env,
  ) {}

  /** One subscriber per catalogued event (`webhooks.fan-out.<type>`: keep these names, they are queue names). */
  onModuleInit() {
    for (const entry of WEBHOOK_CATALOG) {
      this.events.subscribe(
        entry.event,
        { name: `webhooks.fan-out.${entry.type.replace(/_/g, '-')}`, concurrency: 2, batchSize: 10 },
        (payload, meta) => this.fanOut(entry, payload, meta),
      );
    }
  }

  onModuleDestroy() {
    this.client?.destroy();
  }

  private get http(): SafeHttpClient {
    this.client ??= new SafeHttpClient(this.service.outboundPolicy);
    return this.client;
  }

  /** Queues a delivery of the event to each active webhook of its organization that subscribes to it. */
  async fanOut(entry: CatalogEntry, payload: EventPayload, meta: EventMeta): Promise<number> {
    const scope = TenantScope.ofPayload(payload);
    const hooks = await this.webhooks
      .query(scope, 'w')
      .select(['w.id', 'w.organizationId'])
      .where('w.active = true')
      .andWhere('w.events && ARRAY[:...types]::text[]', { types: [entry.type, '*'] })
      .getMany();
    if (!hooks.length) return 0;
    const body = JSON.stringify({
      id: meta.eventId,
      type: entry.type,
      version: PAYLOAD_VERSION,
      occurred_at: meta.occurredAt,
      organization: { id: payload.organizationId, name: await this.organizationName(payload.organizationId) },
      data: entry.data(payload),
    } satisfies WebhookPayload);
    return this.dataSource.transaction(async (tx) => {
      const done = new Set(
        (
          await this.deliveries
            .in(tx)
            .find(scope, { eventId: meta.eventId, kind: 'event' }, { select: { webhookId: true } })
        ).map((d) => d.webhookId),
      );
      const rows = hooks
        .filter((h) => !done.has(h.id))
        .map((h) => ({
          id: randomUUID(),
          organizationId: payload.organizationId,
          webhookId: h.id,
          kind: 'event' as const,
          event: entry.type,
          eventId: meta.eventId,
          body,
          status: 'pending' as const,
        }));
      await this.queue(tx, scope, rows);
      return rows.length;
    });
  }

  /** Inserts deliveries and their first try's job in the caller's transaction (job id = delivery id). */
  private async queue(
    tx: EntityManager,
    scope: TenantScope,
    rows: (Pick<
      WebhookDelivery,
      'id' | 'organizationId' | 'webhookId' | 'kind' | 'event' | 'eventId' | 'body' | 'status'
    > & {
      redeliveryOf?: string | null;
    })[],
  ) {
    if (!rows.length) return;
    await this.deliveries.in(tx).insert(scope, rows);
    await this.jobs.insertInTransaction(
      tx,
      DELIVER_WEBHOOK.name,
      rows.map((r) => ({
        id: r.id,
        data: { organizationId: r.organizationId, deliveryId: r.id, attempt: 1 } satisfies DeliverWebhookPayload,
      })),
    );
  }

  /** `POST /v2/webhooks/{id}/ping`: a `ping` event to this webhook now, whatever its events (and even inactive). */
  async ping(scope: TenantScope, webhookId: string): Promise<WebhookDelivery> {
    const hook = await this.webhooks.get(scope, webhookId);
    const id = randomUUID();
    const body = JSON.stringify({
      id: randomUUID(),
      type: PING_EVENT,
      version: PAYLOAD_VERSION,
      occurred_at: new Date().toISOString(),
      organization: { id: hook.organizationId, name: await this.organizationName(hook.organizationId) },
      data: { webhook: { id: hook.id, name: hook.name, events: hook.events } },
    } satisfies WebhookPayload);
    const eventId = (JSON.parse(body) as WebhookPayload).id;
    return this.manual(scope, { id, hook, kind: 'ping', event: PING_EVENT, eventId, body, redeliveryOf: null });
  }

  /** `POST .../deliveries/{delivery_id}/redeliver`: the same body (same payload `id`) as a new delivery. */
  async redeliver(scope: TenantScope, webhookId: string, deliveryId: string): Promise<WebhookDelivery> {
    const hook = await this.webhooks.get(scope, webhookId);
    const original = await this.deliveries.findOne(scope, { id: deliveryId, webhookId: hook.id });
    if (!original) throw new RecordNotFound();
    return this.manual(scope, {
      id: randomUUID(),
      hook,
      kind: 'redelivery',
      event: original.event,
      eventId: original.eventId,
      body: original.body,
      redeliveryOf: original.id,
    });
  }

  private async manual(
    scope: TenantScope,
    d: {
      id: string;
      hook: Webhook;
      kind: DeliveryKind;
      event: string;
      eventId: string;
      body: string;
      redeliveryOf: string | null;
    },
  ): Promise<WebhookDelivery> {
    await this.dataSource.transaction(async (tx) => {
      await this.queue(tx, scope, [
        {
          id: d.id,
          organizationId: d.hook.organizationId,
          webhookId: d.hook.id,
          kind: d.kind,
          event: d.event,
          eventId: d.eventId,
          body: d.body,
          status: 'pending',
          redeliveryOf: d.redeliveryOf,
        },
      ]);
    });
    return (await this.deliveries.findOne(scope, { id: d.id }))!;
  }

  async list(scope: TenantScope, webhookId: string, query: ListQuery) {
    const hook = await this.webhooks.get(scope, webhookId);
    const qb = this.deliveries.query(scope, 'd').where('d.webhook_id = :webhookId', { webhookId: hook.id });
    return paginate(qb, query, DELIVERY_LIST_SPEC);
  }

  async show(scope: TenantScope, webhookId: string, deliveryId: string) {
    const hook = await this.webhooks.get(scope, webhookId);
    const delivery = await this.deliveries.findOne(scope, { id: deliveryId, webhookId: hook.id });
    if (!delivery) throw new RecordNotFound();
    const attempts = await this.attempts.find(scope, { deliveryId: delivery.id }, { order: { number: 'ASC' } });
    return { delivery, attempts };
  }

  /** One try of a delivery (the job). Never throws for an HTTP failure: it records it and queues the next try. */
  @OnJob(DELIVER_WEBHOOK)
  async deliver(job: DeliverWebhookPayload): Promise<void> {
    const scope = TenantScope.ofPayload(job);
    const delivery = await this.deliveries.findOne(scope, { id: job.deliveryId });
    // Gone (webhook deleted), finished, or this try was already made (a duplicate job).
    if (!delivery || delivery.status !== 'pending' || delivery.attemptCount !== job.attempt - 1) return;
    const hook = await this.webhooks.findOne(scope, { id: delivery.webhookId });
    if (!hook) return;
    if (!hook.active && delivery.kind === 'event') {
      await this.deliveries.update(
        scope,
        { id: delivery.id, status: 'pending' },
        { status: 'cancelled', completedAt: new Date(), nextAttemptAt: null },
      );
      return;
    }
    const { current, previous } = await this.service.signingSecrets(hook);
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'User-Agent': USER_AGENT,
      'X-CG-Hook-Event': delivery.event,
      'X-CG-Hook-Delivery': delivery.id,
      'X-CG-Hook-Timestamp': String(Math.floor(Date.now() / 1000)),
      'X-CG-Hook-Signature': signature(current, delivery.body),
    };
    if (previous) headers['X-CG-Hook-Signature-Previous'] = signature(previous, delivery.body);
    const startedAt = new Date();
    const result = await this.http.send({
      url: hook.url,
      headers,
      body: delivery.body,
      timeoutMs: this.env.WEBHOOK_TIMEOUT_MS,
    });
    const ok = result.status !== null && result.status >= 200 && result.status < 300;
    const last = !ok && job.attempt >= this.env.WEBHOOK_MAX_ATTEMPTS;
    const now = new Date();
    const nextAt = ok || last ? null : new Date(now.getTime() + this.retryDelayMs(job.attempt + 1));
    await this.dataSource.transaction(async (tx) => {
      const claimed = await this.deliveries.in(tx).update(
        scope,
        { id: delivery.id, status: 'pending', attemptCount: job.attempt - 1 },
        {
          attemptCount: job.attempt,
          status: ok ? 'succeeded' : last ? 'failed' : 'pending',
          responseStatus: result.status,
          lastAttemptAt: now,
          nextAttemptAt: nextAt,
          completedAt: ok || last ? now : null,
        },
      );
      if (!claimed) return; // another worker recorded this try
      await this.attempts.in(tx).insert(scope, [
        {
          organizationId: delivery.organizationId,
          deliveryId: delivery.id,
          number: job.attempt,
          url: hook.url,
          requestHeaders: headers,
          responseStatus: result.status,
          responseHeaders: result.headers,
          responseBody: result.body,
          durationMs: result.durationMs,
          error: result.error ?? (ok ? null : `HTTP ${result.status}`),
          startedAt,
        },
      ]);
      if (nextAt)
        await this.jobs.sendInTransaction(
          tx,
          DELIVER_WEBHOOK,
          { ...job, attempt: job.attempt + 1 },
          { startAfter: nextAt },
        );
      await this.recordHealth(tx, scope, hook, ok, last, now);
    });
  }

  /**
   * Delay before try `n` (n ≥ 2): WEBHOOK_RETRY_BASE_MS × 4^(n-2), ±25% jitter. With the defaults (30 s, 6 tries):
   * about 30 s, 2 min, 8 min, 32 min, 2 h 8 min.
   */
  retryDelayMs(n: number): number {
    const base = this.env.WEBHOOK_RETRY_BASE_MS * 4 ** (n - 2);
    return Math.round(base * (0.75 + Math.random() * 0.5));
  }

  /**
   * Keeps the webhook's failure record: a success clears it; a failed try starts `failing_since`; a delivery that
   * failed every try counts in `consecutive_failures`. An active webhook with WEBHOOK_DISABLE_AFTER_FAILURES such
   * deliveries in a row, or failing for WEBHOOK_DISABLE_AFTER_HOURS, is deactivated (and `webhook.disabled` published).
   * Writes only when something changes: the row is shared by every delivery of the webhook.
   */
  private async recordHealth(
    tx: EntityManager,
    scope: TenantScope,
    hook: Webhook,
    ok: boolean,
    last: boolean,
    now: Date,
  ) {
    const repo = this.webhooks.in(tx);
    if (ok) {
      if (hook.consecutiveFailures > 0 || hook.failingSince)
        await repo.update(scope, { id: hook.id }, { consecutiveFailures: 0, failingSince: null });
      return;
    }
    const failingSince = hook.failingSince ?? now;
    if (!hook.failingSince) await repo.update(scope, { id: hook.id }, { failingSince: now });
    let failures = hook.consecutiveFailures;
    if (last) {
      failures += 1;
      await repo.update(scope, { id: hook.id }, { consecutiveFailures: () => 'consecutive_failures + 1' });
    }
    if (!hook.active) return;
    const hours = (now.getTime() - failingSince.getTime()) / 3_600_000;
    const reason =
      failures >= this.env.WEBHOOK_DISABLE_AFTER_FAILURES
        ? `${failures} deliveries in a row failed every try`
        : hours >= this.env.WEBHOOK_DISABLE_AFTER_HOURS
          ? `every delivery failed for ${Math.floor(hours)} hours`
          : null;
    if (!reason) return;
    const changed = await repo.update(
      scope,
      { id: hook.id, active: true },
      { active: false, disabledAt: now, disabledReason: reason },
    );
    if (!changed) return;
    this.logger.warn(`Webhook ${hook.id} disabled: ${reason}`);
    await this.events.publish(tx, WEBHOOK_DISABLED, {
      organizationId: hook.organizationId,
      webhookId: hook.id,
      name: hook.name,
      url: hook.url,
      createdByUserId: hook.userId,
      reason,
      disabledAt: now.toISOString(),
    });
  }

  private async organizationName(id: string): Promise<string | null> {
    return (await this.organizations.findById(id))?.name ?? null;
  }
}
