import type { Organization } from '../../src/modules/organizations/organization.entity';
import { PortListsService } from '../../src/modules/port-lists/port-lists.service';
import { expectError, type SignedIn, TestApp } from '../helpers/test-app';

const TOP_100_TCP = '00000000-0000-4000-8000-0000000a0001';
const ALL_TCP = '00000000-0000-4000-8000-0000000a0003';
const PCI_ASV = '00000000-0000-4000-8000-0000000a0005';

describe('port lists', () => {
  let t: TestApp;
  let orgA: Organization;
  let alice: SignedIn;
  let bob: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await TestApp.start();
    orgA = await t.createOrganization('Acme');
    const orgB = await t.createOrganization('Beta');
    alice = await t.createUser(orgA, 'Admin');
    bob = await t.createUser(orgB, 'User');
    admin = await t.signInSuperAdmin();
  });
  afterAll(() => t.close());

  const create = (who: SignedIn, port_list: Record<string, unknown>) =>
    t.http.post('/v2/port_lists').set(who.headers).send({ port_list });
  const names = (res: { body: { data: { attributes: { name: string } }[] } }) =>
    res.body.data.map((d) => d.attributes.name);

  it('ships the built-in lists to everyone, read-only', async () => {
    const res = await t.http
      .get('/v2/port_lists')
      .query({ 'q[builtin]': 'true', per_page: 100 })
      .set(bob.headers)
      .expect(200);
    expect(names(res)).toEqual(
      expect.arrayContaining(['Top 100 TCP', 'Top 1000 TCP', 'All TCP', 'PCI ASV default', 'Top 100 UDP']),
    );
    const top100 = await t.http.get(`/v2/port_lists/${TOP_100_TCP}`).set(bob.headers).expect(200);
    expect(top100.body.data.attributes).toMatchObject({
      builtin: true,
      organization_id: null,
      tcp_port_count: 100,
      udp_port_count: 0,
      active: true,
    });
    expect(top100.body.data.attributes.ports).toMatch(/^T:7,9,13,21-23,25-26,/);
    const all = await t.http.get(`/v2/port_lists/${ALL_TCP}`).set(bob.headers).expect(200);
    expect(all.body.data.attributes.port_ranges).toEqual([
      { id: expect.any(String), protocol: 'tcp', start: 1, end: 65535 },
    ]);
    const top1000 = await t.http.get('/v2/port_lists').query({ 'q[name]': 'Top 1000*' }).set(bob.headers).expect(200);
    expect(top1000.body.data[0].attributes.tcp_port_count).toBe(1000);

    expectError(
      await t.http
        .put(`/v2/port_lists/${TOP_100_TCP}`)
        .set(alice.headers)
        .send({ port_list: { name: 'Mine' } }),
      403,
    );
    expectError(await t.http.put(`/v2/port_lists/${TOP_100_TCP}/deactivate`).set(alice.headers), 403);
    expectError(
      await t.http
        .post(`/v2/port_lists/${TOP_100_TCP}/port_ranges`)
        .set(alice.headers)
        .send({ port_range: { protocol: 'tcp', start: 1 } }),
      403,
    );
    expectError(await t.http.delete(`/v2/port_lists/${TOP_100_TCP}`).set(alice.headers), 403);
    expect(
      (await t.http.get(`/v2/port_lists/${TOP_100_TCP}`).set(bob.headers).expect(200)).body.data.attributes.name,
    ).toBe('Top 100 TCP');
  });

  it('creates an organization list with ranges merged', async () => {
    const res = await create(alice, {
      name: 'Web',
      app_type: 'nmap',
      port_ranges: [
        { protocol: 'tcp', start: 8000, end: 8010 },
        { protocol: 'tcp', start: 8011, end: 8020 },
        { protocol: 'tcp', start: 80 },
        { protocol: 'tcp', start: 8005, end: 8100 },
        { protocol: 'udp', start: 53 },
      ],
    }).expect(201);
    expect(res.body.data.attributes).toMatchObject({
      name: 'Web',
      app_type: 'nmap',
      builtin: false,
      organization_id: orgA.id,
      ports: 'T:80,8000-8100,U:53',
      tcp_port_count: 102,
      udp_port_count: 1,
    });
    // Another organization neither sees nor changes it.
    expectError(await t.http.get(`/v2/port_lists/${res.body.data.id}`).set(bob.headers), 404);
    expectError(await t.http.put(`/v2/port_lists/${res.body.data.id}/deactivate`).set(bob.headers), 404);
    expect(
      names(await t.http.get('/v2/port_lists').query({ per_page: 100 }).set(bob.headers).expect(200)),
    ).not.toContain('Web');
  });

  it('validates ranges: protocol, 1-65535, end ≥ start (422, nothing created)', async () => {
    const before = (await t.http.get('/v2/port_lists').set(alice.headers).expect(200)).body.meta.total;
    for (const range of [
      { protocol: 'icmp', start: 1 },
      { protocol: 'tcp', start: 0 },
      { protocol: 'tcp', start: 1, end: 65536 },
      { protocol: 'tcp', start: '80' },
    ]) {
      expectError(await create(alice, { name: 'Bad', port_ranges: [range] }), 422);
    }
    const reversed = await create(alice, { name: 'Bad', port_ranges: [{ protocol: 'tcp', start: 100, end: 10 }] });
    expect(expectError(reversed, 422).message).toBe('port_list.port_ranges[0].end must not be lower than start');
    expectError(await create(alice, { name: 'Bad', app_type: 'openvas' }), 422);
    expect((await t.http.get('/v2/port_lists').set(alice.headers).expect(200)).body.meta.total).toBe(before);
  });

  it('adds ranges (merging overlaps and neighbours) and deletes one', async () => {
    const id = (
      await create(alice, {
        name: 'Grow',
        port_ranges: [
          { protocol: 'tcp', start: 20, end: 30 },
          { protocol: 'tcp', start: 40, end: 50 },
        ],
      }).expect(201)
    ).body.data.id;
    const added = await t.http
      .post(`/v2/port_lists/${id}/port_ranges`)
      .set(alice.headers)
      .send({ port_range: { protocol: 'tcp', start: 31, end: 39 } })
      .expect(201);
    expect(added.body.data.attributes.port_ranges).toEqual([
      { id: expect.any(String), protocol: 'tcp', start: 20, end: 50 },
    ]);
    const udp = await t.http
      .post(`/v2/port_lists/${id}/port_ranges`)
      .set(alice.headers)
      .send({ port_range: { protocol: 'udp', start: 161 } })
      .expect(201);
    expect(udp.body.data.attributes.ports).toBe('T:20-50,U:161');
    expectError(
      await t.http
        .post(`/v2/port_lists/${id}/port_ranges`)
        .set(alice.headers)
        .send({ port_range: { protocol: 'tcp', start: 70000 } }),
      422,
    );
    const udpRange = udp.body.data.attributes.port_ranges.find((r: { protocol: string }) => r.protocol === 'udp');
    await t.http.delete(`/v2/port_lists/${id}/port_ranges/${udpRange.id}`).set(alice.headers).expect(204);
    expectError(await t.http.delete(`/v2/port_lists/${id}/port_ranges/${udpRange.id}`).set(alice.headers), 404);
    const after = await t.http.get(`/v2/port_lists/${id}`).set(alice.headers).expect(200);
    expect(after.body.data.attributes.ports).toBe('T:20-50');
    expect(await t.get(PortListsService).rangesFor(alice.user.organizationId, id)).toEqual([
      { protocol: 'tcp', start: 20, end: 50 },
    ]);
  });

  it('activates, deactivates, changes app_type and lists the activated ones', async () => {
    const id = (await create(alice, { name: 'Toggle', port_ranges: [{ protocol: 'tcp', start: 22 }] }).expect(201)).body
      .data.id;
    expect(
      (await t.http.put(`/v2/port_lists/${id}/deactivate`).set(alice.headers).expect(200)).body.data.attributes.active,
    ).toBe(false);
    const activated = await t.http
      .get('/v2/port_lists/activated')
      .query({ per_page: 100 })
      .set(alice.headers)
      .expect(200);
    expect(names(activated)).not.toContain('Toggle');
    expect(names(activated)).toContain('Top 100 TCP');
    expect(
      (await t.http.put(`/v2/port_lists/${id}/activate`).set(alice.headers).expect(200)).body.data.attributes.active,
    ).toBe(true);
    expect(
      names(await t.http.get('/v2/port_lists/activated').query({ per_page: 100 }).set(alice.headers).expect(200)),
    ).toContain('Toggle');
    const typed = await t.http
      .put(`/v2/port_lists/${id}/app_type`)
      .query({ app_type: 'builtin' })
      .set(alice.headers)
      .expect(200);
    expect(typed.body.data.attributes.app_type).toBe('builtin');
    expectError(await t.http.put(`/v2/port_lists/${id}/app_type`).query({ app_type: 'nope' }).set(alice.headers), 422);
    const updated = await t.http
      .put(`/v2/port_lists/${id}`)
      .set(alice.headers)
      .send({ port_list: { name: 'Renamed', port_ranges: [{ protocol: 'udp', start: 53 }] } })
      .expect(200);
    expect(updated.body.data.attributes).toMatchObject({ name: 'Renamed', ports: 'U:53', app_type: 'builtin' });
    await t.http.delete(`/v2/port_lists/${id}`).set(alice.headers).expect(204);
    expectError(await t.http.get(`/v2/port_lists/${id}`).set(alice.headers), 404);
  });

  it('refuses to delete a list a scan profile uses (409)', async () => {
    expectError(await t.http.delete(`/v2/port_lists/${PCI_ASV}`).set(admin.headers), 409);
  });

  it('sync (super admin only) restores built-ins changed or deleted', async () => {
    expectError(await t.http.post('/v2/port_lists/sync').set(alice.headers), 403);
    const webId = names(
      await t.http.get('/v2/port_lists').query({ 'q[name]': 'Web services' }).set(admin.headers).expect(200),
    );
    expect(webId).toEqual(['Web services']);
    const web = (await t.http.get('/v2/port_lists').query({ 'q[name]': 'Web services' }).set(admin.headers).expect(200))
      .body.data[0];
    await t.http
      .put(`/v2/port_lists/${TOP_100_TCP}`)
      .set(admin.headers)
      .send({ port_list: { name: 'Changed', port_ranges: [{ protocol: 'tcp', start: 1 }] } })
      .expect(200);
    await t.http.put(`/v2/port_lists/${TOP_100_TCP}/deactivate`).set(admin.headers).expect(200);
    await t.http.delete(`/v2/port_lists/${web.id}`).set(admin.headers).expect(204);

    const res = await t.http.post('/v2/port_lists/sync').set(admin.headers).expect(200);
    expect(res.body).toEqual({ status: 'synced', port_lists: 6, created: 1 });
    const restored = await t.http.get(`/v2/port_lists/${TOP_100_TCP}`).set(bob.headers).expect(200);
    expect(restored.body.data.attributes).toMatchObject({ name: 'Top 100 TCP', tcp_port_count: 100, active: true });
    expect((await t.http.get(`/v2/port_lists/${web.id}`).set(bob.headers).expect(200)).body.data.attributes.ports).toBe(
      web.attributes.ports,
    );
  });
});
