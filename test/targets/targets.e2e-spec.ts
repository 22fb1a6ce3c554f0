import { TenantScope } from '../../src/common/tenancy/tenant-scope';
import { Entitlements } from '../../src/common/ports/entitlements';
import { AppError } from '../../src/common/errors/app-error';
import { UserResourceOwnersRegistry } from '../../src/common/ports/user-resources';
import { Target } from '../../src/modules/targets/target.entity';
import { TargetsService } from '../../src/modules/targets/targets.service';
import type { Organization } from '../../src/modules/organizations/organization.entity';
import { expectError, type SignedIn, TestApp } from '../helpers/test-app';

describe('targets', () => {
  let t: TestApp;
  let orgA: Organization;
  let orgB: Organization;
  let alice: SignedIn;
  let bob: SignedIn;

  beforeAll(async () => {
    t = await TestApp.start();
    orgA = await t.createOrganization('Acme');
    orgB = await t.createOrganization('Beta');
    alice = await t.createUser(orgA, 'User');
    bob = await t.createUser(orgB, 'User');
  });
  afterAll(() => t.close());

  const create = (who: SignedIn, target: Record<string, unknown>) =>
    t.http.post('/v2/targets').set(who.headers).send({ target });
  const total = async (who: SignedIn) =>
    (await t.http.get('/v2/targets').set(who.headers).expect(200)).body.meta.total as number;

  it('creates a target with normalized hosts and a distinct host count, owned by its creator', async () => {
    const res = await create(alice, {
      name: 'Office',
      description: 'HQ',
      hosts: ['10.0.0.5/30', '10.0.0.1-3', 'WWW.Example.com', '2001:DB8::1', '10.0.0.4', 'www.example.com'],
    }).expect(201);
    expect(res.body.data).toMatchObject({
      type: 'target',
      attributes: {
        name: 'Office',
        description: 'HQ',
        hosts: ['10.0.0.4/30', '10.0.0.1-10.0.0.3', 'www.example.com', '2001:db8::1', '10.0.0.4'],
        // 10.0.0.1-10.0.0.7 (7) + www.example.com + 2001:db8::1: 10.0.0.4, inside the block, is counted once.
        host_count: 9,
        organization_id: orgA.id,
        user_id: alice.user.id,
      },
    });
    expect(res.body.data.attributes.created_at).toMatch(/\.\d{3}Z$/);
    const shown = await t.http.get(`/v2/targets/${res.body.data.id}`).set(alice.headers).expect(200);
    expect(shown.body.data.attributes.hosts).toEqual(res.body.data.attributes.hosts);
  });

  it('answers 422 naming each bad entry, and creates nothing', async () => {
    const before = await total(alice);
    const res = await create(alice, {
      name: 'Bad',
      hosts: ['10.0.0.1', 'not a host', '10.0.0.300', '10.0.0.9-10.0.0.2'],
    });
    expectError(res, 422, 'parameter_error');
    const messages = res.body.errors.map((e: { message: string }) => e.message);
    expect(messages).toEqual([
      expect.stringMatching(/^target\.hosts\[1\] "not a host" is not an IP address/),
      expect.stringMatching(/^target\.hosts\[2\] "10\.0\.0\.300"/),
      expect.stringMatching(/^target\.hosts\[3\] "10\.0\.0\.9-10\.0\.0\.2" is a range whose start is after its end/),
    ]);
    expectError(await create(alice, { name: 'Empty', hosts: [] }), 422);
    expectError(await create(alice, { hosts: ['10.0.0.1'] }), 422);
    expect(expectError(await create(alice, { name: '   ', hosts: ['10.0.0.1'] }), 422).message).toBe(
      'target.name must not be blank',
    );
    expectError(await create(alice, { name: 'x', hosts: ['10.0.0.1'], extra: 1 }), 422);
    expect(await total(alice)).toBe(before);
  });

  it('refuses networks on the deny list, however they are spelled', async () => {
    for (const host of [
      '169.254.169.254',
      '169.254.0.0/16',
      '::ffff:169.254.169.254',
      '224.0.0.1',
      '0.0.0.0/0',
      '255.255.255.255',
      'ff02::1',
    ]) {
      const res = await create(alice, { name: 'Metadata', hosts: ['127.0.0.1', host] });
      const error = expectError(res, 422, 'parameter_error');
      expect(error.message).toMatch(/^target\.hosts\[1\] .* is in a network that may not be scanned/);
    }
    // Loopback stays scannable (tests scan services on 127.0.0.1).
    await create(alice, { name: 'Loopback', hosts: ['127.0.0.1'] }).expect(201);
  });

  it('lists, filters q[hosts] with a wildcard, sorts and pages within the organization', async () => {
    await create(bob, { name: 'Bob net', hosts: ['192.168.7.0/24'] }).expect(201);
    await create(alice, { name: 'Lab', hosts: ['192.168.1.0/28', 'lab.example'] }).expect(201);
    const res = await t.http
      .get('/v2/targets')
      .query({ 'q[hosts]': '192.168.*', sort_by: 'name:asc' })
      .set(alice.headers)
      .expect(200);
    expect(res.body.data.map((d: { attributes: { name: string } }) => d.attributes.name)).toEqual(['Lab']);
    expect(res.body.meta).toMatchObject({ page: 1, per_page: 25, total: 1, total_pages: 1 });
    const all = await t.http
      .get('/v2/targets')
      .query({ per_page: 1, sort_by: 'host_count:desc' })
      .set(alice.headers)
      .expect(200);
    expect(all.body.data[0].attributes.name).toBe('Lab');
    expect(all.body.meta.total).toBeGreaterThanOrEqual(3);
    expectError(await t.http.get('/v2/targets').query({ 'q[secret]': 'x' }).set(alice.headers), 422);
  });

  it("hides another organization's target (404) and never changes it", async () => {
    const mine = (await create(alice, { name: 'Private', hosts: ['10.9.9.9'] }).expect(201)).body.data;
    expectError(await t.http.get(`/v2/targets/${mine.id}`).set(bob.headers), 404, 'not_found');
    expectError(
      await t.http
        .put(`/v2/targets/${mine.id}`)
        .set(bob.headers)
        .send({ target: { name: 'Stolen' } }),
      404,
    );
    expectError(await t.http.delete(`/v2/targets/${mine.id}`).set(bob.headers), 404);
    const bulk = await t.http
      .delete('/v2/targets')
      .set(bob.headers)
      .send({ ids: [mine.id] })
      .expect(200);
    expect(bulk.body).toEqual({ deleted: 0 });
    const still = await t.http.get(`/v2/targets/${mine.id}`).set(alice.headers).expect(200);
    expect(still.body.data.attributes.name).toBe('Private');
    expectError(await t.http.get('/v2/targets/not-a-uuid').set(alice.headers), 422);
  });

  it('updates name and hosts (recounted), and rejects bad hosts without changing anything', async () => {
    const id = (await create(alice, { name: 'Edit me', hosts: ['10.1.0.1'] }).expect(201)).body.data.id;
    const res = await t.http
      .put(`/v2/targets/${id}`)
      .set(alice.headers)
      .send({ target: { name: 'Edited', hosts: ['10.1.0.0/29'] } })
      .expect(200);
    expect(res.body.data.attributes).toMatchObject({ name: 'Edited', hosts: ['10.1.0.0/29'], host_count: 8 });
    const bad = await t.http
      .put(`/v2/targets/${id}`)
      .set(alice.headers)
      .send({ target: { name: 'Nope', hosts: ['10.1.0.1', 'bad host'] } });
    expect(expectError(bad, 422).message).toMatch(/^target\.hosts\[1\]/);
    const after = await t.http.get(`/v2/targets/${id}`).set(alice.headers).expect(200);
    expect(after.body.data.attributes).toMatchObject({ name: 'Edited', host_count: 8 });
  });

  it('deletes one target (204) and several at once', async () => {
    const ids: string[] = [];
    for (const name of ['D1', 'D2', 'D3'])
      ids.push((await create(alice, { name, hosts: ['10.2.0.1'] }).expect(201)).body.data.id);
    await t.http.delete(`/v2/targets/${ids[0]}`).set(alice.headers).expect(204);
    expectError(await t.http.get(`/v2/targets/${ids[0]}`).set(alice.headers), 404);
    const bulk = await t.http
      .delete('/v2/targets')
      .set(alice.headers)
      .send({ ids: [ids[0], ids[1], ids[2]] })
      .expect(200);
    expect(bulk.body).toEqual({ deleted: 2 });
    expectError(
      await t.http
        .delete('/v2/targets')
        .set(alice.headers)
        .send({ ids: ['nope'] }),
      422,
    );
  });

  it('calculates hosts without saving, with per-entry counts', async () => {
    const before = await total(alice);
    const res = await t.http
      .post('/v2/targets/calculate_hosts')
      .set(alice.headers)
      .send({ target: { hosts: ['10.0.0.0/24', '10.0.0.10-10.0.1.9', 'a.example', '2001:db8::/120'] } })
      .expect(200);
    expect(res.body).toMatchObject({
      host_count: 256 + 10 + 1 + 256,
      entries: [
        { host: '10.0.0.0/24', kind: 'cidr', count: 256 },
        { host: '10.0.0.10-10.0.1.9', kind: 'range', count: 256 },
        { host: 'a.example', kind: 'hostname', count: 1 },
        { host: '2001:db8::/120', kind: 'cidr', count: 256 },
      ],
    });
    expect(typeof res.body.used).toBe('number');
    const big = await t.http
      .post('/v2/targets/calculate_hosts')
      .set(alice.headers)
      .send({ target: { hosts: ['2001:db8::/64'] } })
      .expect(200);
    expect(big.body.host_count).toBe(2 ** 64);
    expect(
      expectError(
        await t.http
          .post('/v2/targets/calculate_hosts')
          .set(alice.headers)
          .send({ target: { hosts: ['1.2.3.4/40'] } }),
        422,
      ).message,
    ).toMatch(/^target\.hosts\[0\]/);
    expect(await total(alice)).toBe(before);
  });

  it("checks the plan's number_of_ips with what the organization already uses", async () => {
    const entitlements = t.app.get(Entitlements);
    const used = (
      await t.http
        .post('/v2/targets/calculate_hosts')
        .set(alice.headers)
        .send({ target: { hosts: ['10.0.0.1'] } })
        .expect(200)
    ).body.used;
    const spy = jest.spyOn(entitlements, 'assertWithin').mockImplementation(async (_org, feature, usedNow, wanted) => {
      if (feature === 'number_of_ips' && usedNow + wanted > used + 10)
        throw AppError.of(403, 'plan.limit_exceeded', 'number_of_ips limit reached');
    });
    try {
      const before = await total(alice);
      expectError(await create(alice, { name: 'Too big', hosts: ['10.5.0.0/24'] }), 403, 'plan.limit_exceeded');
      expect(await total(alice)).toBe(before);
      expect(spy).toHaveBeenCalledWith(orgA.id, 'number_of_ips', used, 256);
      await create(alice, { name: 'Small', hosts: ['10.5.0.0/29'] }).expect(201);
    } finally {
      spy.mockRestore();
    }
  });

  it('resolves a target for a scan: expanded, deny list applied, bounded, scoped', async () => {
    const targets = t.get(TargetsService);
    const id = (await create(alice, { name: 'Scan me', hosts: ['127.0.0.0/30', 'localhost', '127.0.0.2'] }).expect(201))
      .body.data.id;
    const resolved = await targets.resolveForScan(TenantScope.of(orgA.id), id);
    expect(resolved).toEqual({
      id,
      name: 'Scan me',
      hosts: ['127.0.0.0', '127.0.0.1', '127.0.0.2', '127.0.0.3', 'localhost'],
      hostCount: 5,
    });
    await expect(targets.resolveForScan(TenantScope.of(orgB.id), id)).rejects.toMatchObject({ status: 404 });

    const huge = (await create(alice, { name: 'Huge', hosts: ['10.64.0.0/15'] }).expect(201)).body.data.id;
    await expect(targets.resolveForScan(TenantScope.of(orgA.id), huge)).rejects.toMatchObject({ status: 422 });
  });

  it('drops addresses denied since the target was saved', async () => {
    // A row saved before the deny list grew (written directly: the API refuses such hosts today).
    const saved = await t.dataSource.getRepository(Target).save({
      organizationId: orgA.id,
      userId: alice.user.id,
      name: 'Old',
      description: null,
      hosts: ['169.254.169.252/30', '127.0.0.1'],
      hostCount: '5',
    });
    const resolved = await t.get(TargetsService).resolveForScan(TenantScope.of(orgA.id), saved.id);
    expect(resolved.hosts).toEqual(['127.0.0.1', '169.254.169.252', '169.254.169.253', '169.254.169.255']);
  });

  it('registers targets as user-owned resources', async () => {
    const owner = t
      .get(UserResourceOwnersRegistry)
      .all()
      .find((o) => o.kind === 'targets');
    expect(owner).toBeDefined();
    expect(await owner!.countOwnedBy(bob.user.id)).toBe(1);
  });
});
