import type { EntityManager } from 'typeorm';
import { ParameterError } from '../../src/common/errors/app-error';
import { TenantScope } from '../../src/common/tenancy/tenant-scope';
import { SchedulesService } from '../../src/modules/schedules/schedules.service';
import { UserResourceOwnersRegistry } from '../../src/common/ports/user-resources';
import type { Organization } from '../../src/modules/organizations/organization.entity';
import { SchedulesClock } from '../../src/modules/schedules/schedules.clock';
import { eventsNamed } from '../helpers/events';
import { expectError, type SignedIn, type TestApp } from '../helpers/test-app';
import { ScanFixture } from './scan-fixture';

describe('schedules (e2e)', () => {
  let t: TestApp;
  let scans: ScanFixture;
  let org: Organization;
  let other: Organization;
  let alice: SignedIn;
  let bob: SignedIn;
  let mallory: SignedIn;
  let scanId: string;
  let otherScanId: string;
  let now = new Date('2026-03-01T12:00:00Z');

  beforeAll(async () => {
    ({ t, scans } = await ScanFixture.start());
    jest.spyOn(t.get(SchedulesClock), 'now').mockImplementation(() => new Date(now));
    org = await t.createOrganization('Acme');
    other = await t.createOrganization('Other');
    alice = await t.createUser(org, 'User');
    bob = await t.createUser(org, 'User');
    mallory = await t.createUser(other, 'Admin');
    scanId = await scans.createScan(t, alice, org);
    otherScanId = await scans.createScan(t, mallory, other, 'Other scan');
  });
  afterAll(async () => {
    await t?.close();
  });

  const weekly = (extra: Record<string, unknown> = {}) => ({
    scan_id: scanId,
    name: 'Weekly in New York',
    start_at: '2026-03-02T09:00',
    time_zone: 'America/New_York',
    frequency: 'weekly',
    weekdays: ['MO', 'WE'],
    ...extra,
  });
  const create = (user: SignedIn, schedule: Record<string, unknown>) =>
    t.http.post('/v2/schedules').set(user.headers).send({ schedule });
  const count = async (user: SignedIn) =>
    (await t.http.get('/v2/schedules').set(user.headers)).body.meta.total as number;

  it('creates a weekly schedule in the user time zone, with its next run and RRULE', async () => {
    const res = await create(alice, weekly());
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      type: 'schedule',
      relationships: { scan: { data: { id: scanId, type: 'scan' } } },
    });
    expect(res.body.data.attributes).toMatchObject({
      name: 'Weekly in New York',
      scan_id: scanId,
      organization_id: org.id,
      user_id: alice.user.id,
      start_at: '2026-03-02T09:00:00',
      time_zone: 'America/New_York',
      frequency: 'weekly',
      interval: 1,
      weekdays: ['MO', 'WE'],
      enabled: true,
      next_run_at: '2026-03-02T14:00:00.000Z', // 09:00 EST
      last_run_at: null,
      rrule: 'DTSTART;TZID=America/New_York:20260302T090000\nRRULE:FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=MO,WE',
    });

    const shown = await t.http.get(`/v2/schedules/${res.body.data.id}`).set(bob.headers);
    expect(shown.status).toBe(200);
    expect(shown.body.data.attributes.next_run_at).toBe('2026-03-02T14:00:00.000Z');
  });

  it('computes the first and next dates without saving, across the DST change', async () => {
    const before = await count(alice);
    const { scan_id: _scan, name: _name, ...recurrence } = weekly();
    const first = await t.http.post('/v2/schedules/first_date').set(alice.headers).send({ schedule: recurrence });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      first_date: '2026-03-02T14:00:00.000Z',
      time_zone: 'America/New_York',
      rrule: expect.stringContaining('RRULE:FREQ=WEEKLY'),
    });
    const next = await t.http
      .post('/v2/schedules/next_dates')
      .set(alice.headers)
      .send({ schedule: recurrence, count: 5 });
    expect(next.status).toBe(200);
    // New York moves to EDT on 2026-03-08: 09:00 local becomes 13:00Z.
    expect(next.body.dates).toEqual([
      '2026-03-02T14:00:00.000Z',
      '2026-03-04T14:00:00.000Z',
      '2026-03-09T13:00:00.000Z',
      '2026-03-11T13:00:00.000Z',
      '2026-03-16T13:00:00.000Z',
    ]);
    const ended = await t.http
      .post('/v2/schedules/next_dates')
      .set(alice.headers)
      .send({ schedule: { ...recurrence, count: 2 }, count: 100 });
    expect(ended.body.dates).toHaveLength(2);
    expect(await count(alice)).toBe(before);
  });

  it('answers 422 naming the field for bad input and invalid combinations, and saves nothing', async () => {
    const before = await count(alice);
    const cases: [Record<string, unknown>, RegExp][] = [
      [weekly({ time_zone: 'Mars/Olympus' }), /schedule\.time_zone must be an IANA time zone/],
      [weekly({ frequency: 'daily' }), /schedule\.weekdays is only allowed with frequency weekly/],
      [weekly({ frequency: 'fortnightly' }), /schedule\.frequency must be one of/],
      [weekly({ count: 3, end_date: '2026-12-31' }), /schedule\.count cannot be combined with end_date/],
      [weekly({ start_at: 'next monday' }), /schedule\.start_at must be a date-time/],
      [
        weekly({ frequency: 'once', start_at: '2026-02-01T09:00', weekdays: undefined }),
        /schedule\.start_at must be in the future/,
      ],
      [weekly({ end_date: '2026-02-01', start_at: '2026-01-01T09:00' }), /schedule\.end_date leaves no run after now/],
      [weekly({ scan_id: otherScanId }), /schedule\.scan_id must be a scan of the organization/],
      [weekly({ scan_id: 'not-a-uuid' }), /schedule\.scan_id must be a UUID/],
      [weekly({ colour: 'red' }), /schedule\.colour: property colour should not exist/],
    ];
    for (const [schedule, message] of cases) {
      const res = await create(alice, schedule);
      const error = expectError(res, 422, 'parameter_error');
      expect(res.body.errors.map((e: { message: string }) => e.message).join('\n')).toMatch(message);
      expect(error.message).toContain('schedule.');
    }
    const tooMany = await t.http
      .post('/v2/schedules/next_dates')
      .set(alice.headers)
      .send({ schedule: { start_at: '2026-03-02T09:00', frequency: 'daily' }, count: 101 });
    expect(expectError(tooMany, 422).message).toMatch(/count must not be greater than 100/);
    const badCombo = await t.http
      .post('/v2/schedules/first_date')
      .set(alice.headers)
      .send({ schedule: { start_at: '2026-03-02T09:00', frequency: 'monthly', week_of_month: 2 } });
    expect(expectError(badCombo, 422).message).toBe('schedule.weekday is required with week_of_month');
    expect(await count(alice)).toBe(before);
  });

  it('lists, filters, updates and deletes within the organization; another organization gets 404', async () => {
    const monthly = await create(bob, {
      scan_id: scanId,
      start_at: '2026-01-31T06:00',
      time_zone: 'Europe/Berlin',
      frequency: 'monthly',
      month_day: 31,
    });
    expect(monthly.status).toBe(201);
    // 31 March 06:00 CEST (Berlin is on summer time from 29 March).
    expect(monthly.body.data.attributes.next_run_at).toBe('2026-03-31T04:00:00.000Z');
    const id = monthly.body.data.id;

    const list = await t.http.get('/v2/schedules?q[frequency]=monthly').set(alice.headers);
    expect(list.status).toBe(200);
    expect(list.body.data.map((s: { id: string }) => s.id)).toEqual([id]);
    expect(list.body.meta).toMatchObject({ page: 1, total: 1 });
    expectError(await t.http.get('/v2/schedules?q[colour]=red').set(alice.headers), 422);

    expectError(await t.http.get(`/v2/schedules/${id}`).set(mallory.headers), 404, 'not_found');
    expectError(
      await t.http
        .put(`/v2/schedules/${id}`)
        .set(mallory.headers)
        .send({ schedule: { name: 'mine' } }),
      404,
    );
    expectError(await t.http.delete(`/v2/schedules/${id}`).set(mallory.headers), 404);
    expect((await t.http.get('/v2/schedules').set(mallory.headers)).body.meta.total).toBe(0);

    // Switch to the second Tuesday: the day-of-month option goes, the next run is recomputed.
    const updated = await t.http
      .put(`/v2/schedules/${id}`)
      .set(alice.headers)
      .send({ schedule: { week_of_month: 2, weekday: 'TU', name: 'Patch Tuesday' } });
    expect(updated.status).toBe(200);
    expect(updated.body.data.attributes).toMatchObject({
      name: 'Patch Tuesday',
      month_day: null,
      week_of_month: 2,
      weekday: 'TU',
      next_run_at: '2026-03-10T05:00:00.000Z',
      rrule: expect.stringContaining('BYDAY=+2TU'),
    });

    const invalid = await t.http
      .put(`/v2/schedules/${id}`)
      .set(alice.headers)
      .send({ schedule: { weekdays: ['MO'] } });
    expectError(invalid, 422);
    expect((await t.http.get(`/v2/schedules/${id}`).set(alice.headers)).body.data.attributes).toMatchObject({
      name: 'Patch Tuesday',
      weekdays: null,
    });

    expectError(await t.http.get('/v2/schedules/not-a-uuid').set(alice.headers), 422);
    expect((await t.http.delete(`/v2/schedules/${id}`).set(alice.headers)).status).toBe(204);
    expectError(await t.http.get(`/v2/schedules/${id}`).set(alice.headers), 404);
  });

  it('refuses to create in an organization outside the caller scope, and lets a super admin choose one', async () => {
    const before = await count(alice);
    expectError(await create(mallory, weekly({ organization_id: org.id })), 404, 'not_found');
    expect(await count(alice)).toBe(before);
    const admin = await t.signInSuperAdmin();
    const res = await create(admin, weekly({ organization_id: org.id, name: 'by the operator' }));
    expect(res.status).toBe(201);
    expect(res.body.data.attributes).toMatchObject({ organization_id: org.id, user_id: admin.user.id });
    expect(await count(alice)).toBe(before + 1);
  });

  it('bulk deletes only schedules of the caller organization', async () => {
    const mine = (await create(alice, weekly({ name: 'bulk' }))).body.data.id;
    const theirs = (await create(mallory, weekly({ scan_id: otherScanId, name: 'theirs' }))).body.data.id;
    const res = await t.http
      .delete('/v2/schedules')
      .set(alice.headers)
      .send({ ids: [mine, theirs] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ deleted: 1 });
    expect((await t.http.get(`/v2/schedules/${theirs}`).set(mallory.headers)).status).toBe(200);
    expectError(
      await t.http
        .delete('/v2/schedules')
        .set(alice.headers)
        .send({ ids: ['x'] }),
      422,
    );
  });

  it('lists upcoming scans of enabled schedules, soonest first, per organization', async () => {
    const later = (await create(alice, weekly({ name: 'later', start_at: '2026-04-01T09:00', weekdays: ['WE'] }))).body
      .data.id;
    const disabled = (await create(alice, weekly({ name: 'off', enabled: false }))).body.data.id;
    const res = await t.http.get('/v2/scans/upcoming').set(alice.headers);
    expect(res.status).toBe(200);
    const ids = res.body.data.map((u: { id: string }) => u.id);
    expect(ids).toContain(later);
    expect(ids).not.toContain(disabled);
    const times = res.body.data.map((u: { attributes: { next_run_at: string } }) => u.attributes.next_run_at);
    expect([...times].sort()).toEqual(times);
    expect(res.body.data[0]).toMatchObject({
      type: 'upcoming_scan',
      attributes: { scan_id: scanId, time_zone: 'America/New_York' },
    });
    expect(
      res.body.data.every((u: { attributes: { organization_id: string } }) => u.attributes.organization_id === org.id),
    ).toBe(true);

    // Turning it on again computes the next run from now.
    now = new Date('2026-03-20T00:00:00Z');
    const on = await t.http
      .put(`/v2/schedules/${disabled}`)
      .set(alice.headers)
      .send({ schedule: { enabled: true } });
    expect(on.body.data.attributes).toMatchObject({ enabled: true, next_run_at: '2026-03-23T13:00:00.000Z' });
    const after = await t.http
      .get('/v2/scans/upcoming?date_range_start=2026-03-23 00:00:00&date_range_end=2026-03-23 23:59:59')
      .set(alice.headers);
    expect(after.body.data.map((u: { id: string }) => u.id)).toContain(disabled);
    now = new Date('2026-03-01T12:00:00Z');
  });

  it('needs credentials', async () => {
    expectError(await t.http.get('/v2/schedules').set(t.keyOnly), 401);
    expectError(await t.http.get('/v2/scans/upcoming'), 401);
  });

  it('creates a schedule for the scans wizard inside its transaction, with schedule.-prefixed errors', async () => {
    const port = t.app.get(SchedulesService);
    const createInWizard = (input: Record<string, unknown>) =>
      t.dataSource.transaction((tx: EntityManager) =>
        port.createInTransaction(tx, TenantScope.of(org.id), org.id, alice.user.id, { id: scanId, name: 'W' }, input),
      );
    const created = await createInWizard({
      start_at: '2026-03-05T10:00',
      time_zone: 'Europe/Berlin',
      frequency: 'daily',
      count: 2,
    });
    const shown = await t.http.get(`/v2/schedules/${created.id}`).set(alice.headers);
    expect(shown.body.data.attributes).toMatchObject({
      scan_id: scanId,
      frequency: 'daily',
      count: 2,
      next_run_at: '2026-03-05T09:00:00.000Z',
    });
    // Published in the wizard's transaction, with the name of the scan it has just created.
    expect((await eventsNamed(t, 'scan.scheduled')).find((e) => e.scheduleId === created.id)).toMatchObject({
      organizationId: org.id,
      scanId,
      scanName: 'W',
      scanOwnerId: alice.user.id,
      userId: alice.user.id,
      nextRunAt: '2026-03-05T09:00:00.000Z',
      frequency: 'daily',
      timeZone: 'Europe/Berlin',
    });

    const failure = await createInWizard({
      start_at: '2026-03-05T10:00',
      frequency: 'hourly',
      weekdays: ['MO'],
      extra: 1,
    }).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(ParameterError);
    expect((failure as ParameterError).entries.map((e) => e.message)).toEqual([
      'schedule.extra: property extra should not exist',
    ]);
  });

  it('replaces one kind of end by the other on update, and clearing one keeps the rest', async () => {
    const id = (await create(alice, weekly({ end_date: '2026-12-31' }))).body.data.id;
    const counted = await t.http
      .put(`/v2/schedules/${id}`)
      .set(alice.headers)
      .send({ schedule: { count: 4 } });
    expect(counted.body.data.attributes).toMatchObject({
      count: 4,
      end_date: null,
      rrule: expect.stringContaining('COUNT=4'),
    });
    const cleared = await t.http
      .put(`/v2/schedules/${id}`)
      .set(alice.headers)
      .send({ schedule: { end_date: null } });
    expect(cleared.body.data.attributes).toMatchObject({ count: 4, end_date: null });
    const open = await t.http
      .put(`/v2/schedules/${id}`)
      .set(alice.headers)
      .send({ schedule: { count: null } });
    expect(open.body.data.attributes.rrule).not.toMatch(/COUNT|UNTIL/);
  });

  it('schedules a weekly scan through the scans wizard, in one call', async () => {
    const res = await t.http
      .post('/v2/scans/wizard')
      .set(alice.headers)
      .send({
        target: { name: 'Wizard target', hosts: ['127.0.0.1'] },
        scan: { name: 'Wizard scan' },
        schedule: { start_at: '2026-03-03T07:30', time_zone: 'Asia/Kolkata', frequency: 'weekly', weekdays: ['TU'] },
      });
    expect(res.status).toBe(201);
    const shown = await t.http.get(`/v2/schedules/${res.body.schedule_id}`).set(alice.headers);
    expect(shown.body.data.attributes).toMatchObject({
      scan_id: res.body.scan_id,
      next_run_at: '2026-03-03T02:00:00.000Z',
    });
    const bad = await t.http
      .post('/v2/scans/wizard')
      .set(alice.headers)
      .send({
        target: { name: 'Wizard target 2', hosts: ['127.0.0.1'] },
        scan: { name: 'Wizard scan 2' },
        schedule: { start_at: '2026-03-03T07:30', frequency: 'weekly', month_day: 3 },
      });
    expect(expectError(bad, 422).message).toBe(
      'schedule.month_day is only allowed with frequency monthly or quarterly',
    );
  });

  it('counts and transfers a user schedules for the users module', async () => {
    const owner = t
      .get(UserResourceOwnersRegistry)
      .all()
      .find((o) => o.kind === 'schedules')!;
    const owned = await owner.countOwnedBy(alice.user.id);
    expect(owned).toBeGreaterThan(0);
    const moved = await t.dataSource.transaction((tx: EntityManager) => owner.transfer(tx, alice.user.id, bob.user.id));
    expect(moved).toBe(owned);
    expect(await owner.countOwnedBy(alice.user.id)).toBe(0);
  });
});
