import { randomUUID } from 'node:crypto';
import { Injectable, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Env } from '../../src/config/env';
import { defineEvent, type EventDefinition, type EventMeta, OnEvent } from '../../src/events/event.decorator';
import { EventsService } from '../../src/events/events.service';
import { JobsService } from '../../src/jobs/jobs.service';
import { PeriodicTasks } from '../../src/jobs/periodic-tasks.service';
import { usingPostgres } from '../helpers/database';
import { eventually } from '../helpers/eventually';
import { TestApp } from '../helpers/test-app';

interface ThingHappened {
  organizationId: string;
  thing: string;
}
const THING_HAPPENED = defineEvent<ThingHappened>('test.thing_happened');

/** What the subscribers of this test app saw: calls per (subscriber, event id). */
class Deliveries {
  readonly calls: { subscriber: string; eventId: string; thing: string; retryCount: number }[] = [];
  /** Things whose first delivery the flaky subscriber fails. */
  readonly failFirst = new Set<string>();
  count(subscriber: string, thing: string) {
    return this.calls.filter((c) => c.subscriber === subscriber && c.thing === thing).length;
  }
}

@Injectable()
class Recorder {
  constructor(private readonly deliveries: Deliveries) {}

  @OnEvent(THING_HAPPENED, { name: 'test.recorder' })
  async record(event: ThingHappened, meta: EventMeta) {
    this.deliveries.calls.push({ subscriber: 'recorder', eventId: meta.eventId, thing: event.thing, retryCount: 0 });
  }
}

@Injectable()
class Flaky {
  constructor(private readonly deliveries: Deliveries) {}

  @OnEvent(THING_HAPPENED, { name: 'test.flaky', retryDelaySeconds: 1 })
  async handle(event: ThingHappened, meta: EventMeta) {
    this.deliveries.calls.push({
      subscriber: 'flaky',
      eventId: meta.eventId,
      thing: event.thing,
      retryCount: meta.retryCount,
    });
    if (this.deliveries.failFirst.has(event.thing) && meta.retryCount === 0) throw new Error('first try fails');
  }
}

function subscribersModule(deliveries: Deliveries) {
  @Module({ providers: [{ provide: Deliveries, useValue: deliveries }, Recorder, Flaky] })
  class TestSubscribersModule {}
  return TestSubscribersModule;
}

describe('domain events: transactional outbox and relay', () => {
  const deliveries = new Deliveries();
  let t: TestApp;
  let organizationId: string;

  beforeAll(async () => {
    t = await TestApp.start({}, { extraModules: [subscribersModule(deliveries)] });
    organizationId = (await t.createOrganization('Events Co')).id;
  });
  afterAll(() => t?.close());

  const events = () => t.get(EventsService);
  const publish = (thing: string) =>
    t.dataSource.transaction((tx) => events().publish(tx, THING_HAPPENED, { organizationId, thing }));

  it('discovers the subscribers of a declared event', () => {
    expect(events().subscribersOf(THING_HAPPENED).sort()).toEqual(['test.flaky', 'test.recorder']);
  });

  it('relays an event whose transaction committed to every subscriber, once', async () => {
    const eventId = await publish('committed');
    await eventually(async () => {
      expect(deliveries.count('recorder', 'committed')).toBe(1);
      expect(deliveries.count('flaky', 'committed')).toBe(1);
    });
    expect(deliveries.calls.filter((c) => c.thing === 'committed').every((c) => c.eventId === eventId)).toBe(true);
    const [row] = await t.dataSource.query(`SELECT relayed_at FROM domain_events WHERE id = $1`, [eventId]);
    expect(row.relayed_at).not.toBeNull();
  });

  it('publishes nothing when the transaction rolls back', async () => {
    await expect(
      t.dataSource.transaction(async (tx) => {
        await events().publish(tx, THING_HAPPENED, { organizationId, thing: 'rolled back' });
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    await events().relay();
    // A later event is delivered, so the relay and the workers have run past the rolled-back one.
    await publish('after rollback');
    await eventually(async () => expect(deliveries.count('recorder', 'after rollback')).toBe(1));
    expect(deliveries.count('recorder', 'rolled back')).toBe(0);
    expect(deliveries.count('flaky', 'rolled back')).toBe(0);
    const rows = await t.dataSource.query(`SELECT 1 FROM domain_events WHERE payload->>'thing' = 'rolled back'`);
    expect(rows).toHaveLength(0);
  });

  it('refuses to publish outside a transaction', async () => {
    await expect(
      events().publish(t.dataSource.manager, THING_HAPPENED, { organizationId, thing: 'no transaction' }),
    ).rejects.toThrow(/needs the transaction/);
  });

  it('retries a failing subscriber alone: the others are not run again', async () => {
    deliveries.failFirst.add('flaky once');
    await publish('flaky once');
    await eventually(async () => expect(deliveries.count('flaky', 'flaky once')).toBe(2), 20_000, 100);
    expect(
      deliveries.calls.filter((c) => c.subscriber === 'flaky' && c.thing === 'flaky once').map((c) => c.retryCount),
    ).toEqual([0, 1]);
    expect(deliveries.count('recorder', 'flaky once')).toBe(1);
  });

  it('relays an event to a subscriber once even when the relay sees it again, and skips handled redeliveries', async () => {
    const eventId = await publish('seen twice');
    await eventually(async () => expect(deliveries.count('recorder', 'seen twice')).toBe(1));
    // As if a relay crashed after queueing the jobs but before marking the event relayed.
    await t.dataSource.query(`UPDATE domain_events SET relayed_at = NULL WHERE id = $1`, [eventId]);
    await events().relay();
    const jobs = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'event.test.recorder' AND data->>'eventId' = $1`,
      [eventId],
    );
    expect(jobs[0].n).toBe(1);
    // A job handed over again (at-least-once: a worker died after the handler ran) finds the receipt: no second run.
    const [original] = await t.dataSource.query(
      `SELECT data FROM pgboss.job WHERE name = 'event.test.recorder' AND data->>'eventId' = $1`,
      [eventId],
    );
    const duplicateId = randomUUID();
    await t.dataSource.transaction((tx) =>
      t.get(JobsService).insertInTransaction(tx, 'event.test.recorder', [{ id: duplicateId, data: original.data }]),
    );
    await eventually(async () => {
      const [job] = await t.dataSource.query(`SELECT state FROM pgboss.job WHERE id = $1`, [duplicateId]);
      expect(job.state).toBe('completed');
    });
    expect(deliveries.count('recorder', 'seen twice')).toBe(1);
  });

  it('prunes relayed events and receipts older than the retention', async () => {
    const eventId = await publish('old');
    // Both subscribers done, receipts written.
    await eventually(async () =>
      expect(
        await t.dataSource.query(`SELECT subscriber FROM domain_event_receipts WHERE event_id = $1`, [eventId]),
      ).toHaveLength(2),
    );
    await t.dataSource.query(`UPDATE domain_events SET relayed_at = now() - interval '30 days' WHERE id = $1`, [
      eventId,
    ]);
    await t.dataSource.query(
      `UPDATE domain_event_receipts SET received_at = now() - interval '30 days' WHERE event_id = $1`,
      [eventId],
    );
    expect(await events().prune()).toBeGreaterThanOrEqual(1);
    expect(await t.dataSource.query(`SELECT 1 FROM domain_events WHERE id = $1`, [eventId])).toHaveLength(0);
    expect(await t.dataSource.query(`SELECT 1 FROM domain_event_receipts WHERE event_id = $1`, [eventId])).toHaveLength(
      0,
    );
    const recent = await publish('recent');
    await events().relay();
    await events().prune();
    expect(await t.dataSource.query(`SELECT 1 FROM domain_events WHERE id = $1`, [recent])).toHaveLength(1);
  });

  it('refuses to boot with a subscriber of an event nobody declared', async () => {
    const undeclared = { name: 'test.never_declared' } as EventDefinition<ThingHappened>;
    @Injectable()
    class Stray {
      @OnEvent(undeclared)
      async handle() {}
    }
    // The boot-time discovery, on its own (a whole app would fail the same way, in onModuleInit).
    const discovery = { getProviders: () => [{ instance: new Stray() }] } as unknown as DiscoveryService;
    const service = new EventsService(
      t.dataSource,
      t.get(JobsService),
      t.get(PeriodicTasks),
      discovery,
      new MetadataScanner(),
      new Reflector(),
      t.get(Env),
    );
    expect(() => service.onModuleInit()).toThrow(/test\.never_declared, which no defineEvent\(\) declares/);
  });

  (usingPostgres() ? it : it.skip)(
    'two processes relaying and working the same database deliver each event once per subscriber',
    async () => {
      const secondDeliveries = new Deliveries();
      const second = await t.secondInstance({}, { extraModules: [subscribersModule(secondDeliveries)] });
      try {
        const things = Array.from({ length: 120 }, (_, i) => `race ${i}`);
        // Published from both processes, while both relays and both sets of workers run.
        await Promise.all(
          things.map((thing, i) =>
            (i % 2 ? second.get(DataSource) : t.dataSource).transaction((tx) =>
              (i % 2 ? second.get(EventsService) : events()).publish(tx, THING_HAPPENED, { organizationId, thing }),
            ),
          ),
        );
        const handled = (subscriber: string, thing: string) =>
          deliveries.count(subscriber, thing) + secondDeliveries.count(subscriber, thing);
        await eventually(
          async () => {
            for (const thing of things) {
              expect(handled('recorder', thing)).toBe(1);
              expect(handled('flaky', thing)).toBe(1);
            }
          },
          60_000,
          200,
        );
        const jobs = await t.dataSource.query(
          `SELECT data->>'eventId' AS id, count(*)::int AS n FROM pgboss.job
            WHERE name = 'event.test.recorder' AND data->'payload'->>'thing' LIKE 'race %' GROUP BY 1`,
        );
        expect(jobs).toHaveLength(things.length);
        expect(jobs.every((j: { n: number }) => j.n === 1)).toBe(true);
        // Both processes took part in the work.
        expect(secondDeliveries.calls.length).toBeGreaterThan(0);
        expect(deliveries.calls.filter((c) => c.thing.startsWith('race ')).length).toBeGreaterThan(0);
      } finally {
        await second.close();
      }
    },
  );
});
