import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { DataSource, type EntityManager, type EntitySubscriberInterface, type QueryRunner } from 'typeorm';
import { Env } from '../config/env';
import { decoratedMethods } from '../jobs/decorated-methods';
import { JobsService } from '../jobs/jobs.service';
import { Periodic } from '../jobs/periodic.decorator';
import { PeriodicTasks } from '../jobs/periodic-tasks.service';
import {
  type EventDefinition,
  type EventMeta,
  type EventPayload,
  isDeclaredEvent,
  ON_EVENT_METADATA,
  type SubscriberDeclaration,
  type SubscriberOptions,
} from './event.decorator';

/** What a subscriber's job carries: the whole event, so that delivery never depends on the outbox row. */
interface RelayedEvent {
  eventId: string;
  name: string;
  occurredAt: string;
  payload: EventPayload;
}

interface Subscriber {
  name: string;
  event: string;
  queue: string;
  handle: (payload: EventPayload, meta: EventMeta) => Promise<unknown>;
}

/** Events relayed per transaction; a relay run keeps going until nothing is pending. */
const RELAY_BATCH = 500;
export const RELAY_TASK = 'events.relay';

const kebab = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** The same job id for the same (event, subscriber): a second relay of one event cannot queue a second job. */
function deliveryJobId(eventId: string, subscriber: string): string {
  const h = createHash('sha256').update(`${eventId}/${subscriber}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50; // version 5 (name-based)
  h[8] = (h[8] & 0x3f) | 0x80; // RFC 4122 variant
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/**
 * Domain events with a transactional outbox.
 *
 * `publish(tx, EVENT, payload)` inserts the event into `domain_events` with the caller's transaction. The relay (a
 * periodic task, also woken right after a publishing transaction commits in this process) claims pending events with
 * `FOR UPDATE SKIP LOCKED` and, in one transaction, queues one pg-boss job per (event, subscriber) with a job id
 * derived from both, then marks the events relayed: with any number of processes, each subscriber gets each event
 * once from the relay. Delivery is at least once (a job whose handler crashed is retried); a receipt per
 * (event, subscriber) skips a delivery that already succeeded. One subscriber's failure retries only its own job.
 */
@Injectable()
export class EventsService implements OnModuleInit, EntitySubscriberInterface {
  private readonly logger = new Logger('Events');
  private readonly subscribers: Subscriber[] = [];
  /** Transactions that published: after their commit the relay runs at once instead of at its next tick. */
  private readonly publishing = new WeakSet<QueryRunner>();
  private relayAgain = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly periodic: PeriodicTasks,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly env: Env,
  ) {}

  onModuleInit() {
    this.discoverSubscribers();
    this.dataSource.subscribers.push(this);
  }

  /**
   * Subscribes a handler without a decorator, for modules that subscribe from a catalogue (webhooks: one subscriber per
   * event name they relay). Call it from `onModuleInit`; the same rules as `@OnEvent` apply (`name` is required and
   * stable).
   */
  subscribe<P extends EventPayload>(
    event: EventDefinition<P>,
    options: SubscriberOptions & { name: string },
    handler: (payload: P, meta: EventMeta) => Promise<unknown>,
  ) {
    this.addSubscriber({ event: event.name, ...options }, `subscribe(${event.name})`, handler as Subscriber['handle']);
  }

  /** The subscribers of an event, by name (for tests and diagnostics). */
  subscribersOf(event: EventDefinition<EventPayload>): string[] {
    return this.subscribers.filter((s) => s.event === event.name).map((s) => s.name);
  }

  /**
   * Writes the event in the caller's transaction: it is relayed if and only if that transaction commits.
   * Call it where the state change is written, with the same `tx`.
   */
  async publish<P extends EventPayload>(tx: EntityManager, event: EventDefinition<P>, payload: P): Promise<string> {
    if (!tx.queryRunner?.isTransactionActive)
      throw new Error(`publish(${event.name}) needs the transaction that makes the change`);
    if (!payload.organizationId) throw new Error(`Event ${event.name} without organizationId`);
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO domain_events (name, organization_id, payload) VALUES ($1, $2, $3) RETURNING id`,
      [event.name, payload.organizationId, JSON.stringify(payload)],
    );
    this.publishing.add(tx.queryRunner);
    return rows[0].id;
  }

  /** TypeORM calls this after every commit: a transaction that published wakes the relay. */
  afterTransactionCommit(event: { queryRunner: QueryRunner }) {
    if (!this.publishing.has(event.queryRunner)) return;
    this.publishing.delete(event.queryRunner);
    this.relayAgain = true;
    setImmediate(() => void this.periodic.tick(RELAY_TASK));
  }

  afterTransactionRollback(event: { queryRunner: QueryRunner }) {
    this.publishing.delete(event.queryRunner);
  }

  /** Relays every pending event (the periodic task). Returns how many events it relayed. */
  @Periodic({ name: RELAY_TASK, everyMs: 250 })
  async relay(): Promise<number> {
    let total = 0;
    do {
      this.relayAgain = false;
      for (;;) {
        const count = await this.relayBatch();
        total += count;
        if (count < RELAY_BATCH) break;
      }
    } while (this.relayAgain);
    return total;
  }

  /** Deletes relayed events (and receipts) older than EVENTS_RETENTION_DAYS. */
  @Periodic({ name: 'events.prune', everyMs: 10 * 60_000 })
  async prune(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.env.EVENTS_RETENTION_DAYS * 86_400_000);
    const [, deleted] = await this.dataSource.query(
      `DELETE FROM domain_events WHERE relayed_at IS NOT NULL AND relayed_at < $1`,
      [cutoff],
    );
    await this.dataSource.query(`DELETE FROM domain_event_receipts WHERE received_at < $1`, [cutoff]);
    return Number(deleted ?? 0);
  }

  /** One transaction: claim pending events, queue their deliveries, mark them relayed. Workers wake at the commit. */
  private relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const pending: { id: string; name: string; payload: EventPayload; occurred_at: Date }[] = await tx.query(
        `SELECT id, name, payload, occurred_at FROM domain_events WHERE relayed_at IS NULL
          ORDER BY occurred_at, id LIMIT ${RELAY_BATCH} FOR UPDATE SKIP LOCKED`,
      );
      if (!pending.length) return 0;
      const byQueue = new Map<string, { id: string; data: RelayedEvent }[]>();
      for (const e of pending) {
        const relayed: RelayedEvent = {
          eventId: e.id,
          name: e.name,
          occurredAt: new Date(e.occurred_at).toISOString(),
          payload: e.payload,
        };
        for (const s of this.subscribers) {
          if (s.event !== e.name) continue;
          const jobs = byQueue.get(s.queue) ?? [];
          jobs.push({ id: deliveryJobId(e.id, s.name), data: relayed });
          byQueue.set(s.queue, jobs);
        }
      }
      for (const [queue, jobs] of byQueue) await this.jobs.insertInTransaction(tx, queue, jobs);
      await tx.query(`UPDATE domain_events SET relayed_at = now() WHERE id = ANY($1::uuid[])`, [
        pending.map((e) => e.id),
      ]);
      return pending.length;
    });
  }

  private async deliver(subscriber: Subscriber, event: RelayedEvent, job: { retryCount: number }) {
    const done: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM domain_event_receipts WHERE event_id = $1 AND subscriber = $2`,
      [event.eventId, subscriber.name],
    );
    if (done.length) return;
    await subscriber.handle(event.payload, {
      eventId: event.eventId,
      name: event.name,
      occurredAt: event.occurredAt,
      retryCount: job.retryCount,
    });
    await this.dataSource.query(
      `INSERT INTO domain_event_receipts (event_id, subscriber) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [event.eventId, subscriber.name],
    );
  }

  private addSubscriber(
    declaration: SubscriberDeclaration & { name: string },
    where: string,
    handle: Subscriber['handle'],
  ) {
    if (!isDeclaredEvent(declaration.event))
      throw new Error(`${where} subscribes to ${declaration.event}, which no defineEvent() declares`);
    const name = declaration.name;
    if (!/^[a-z0-9][a-z0-9._-]*$/.test(name)) throw new Error(`Bad subscriber name ${name} (${where})`);
    if (this.subscribers.some((s) => s.name === name)) throw new Error(`Two event subscribers named ${name}`);
    const subscriber: Subscriber = { name, event: declaration.event, queue: `event.${name}`, handle };
    this.subscribers.push(subscriber);
    this.jobs.registerQueue({
      name: subscriber.queue,
      options: {
        retryLimit: declaration.retryLimit ?? 5,
        retryDelaySeconds: declaration.retryDelaySeconds ?? 2,
        retryBackoff: true,
        expireInSeconds: declaration.expireInSeconds ?? 300,
        concurrency: declaration.concurrency ?? 2,
        batchSize: declaration.batchSize ?? 10,
      },
      handler: (data, job) => this.deliver(subscriber, data as RelayedEvent, job),
    });
  }

  private discoverSubscribers() {
    const found = decoratedMethods<SubscriberDeclaration>(
      this.discovery,
      this.scanner,
      this.reflector,
      ON_EVENT_METADATA,
    );
    for (const { metadata: declaration, where, className, methodName, call } of found) {
      this.addSubscriber(
        { ...declaration, name: declaration.name ?? `${kebab(className)}.${kebab(methodName)}` },
        where,
        (payload, meta) => call(payload, meta),
      );
    }
  }
}
