import type { Organization } from '../../src/modules/organizations/organization.entity';
import { eventually } from '../helpers/eventually';
import { expectError, type SignedIn, TestApp } from '../helpers/test-app';
import { receiver } from './receiver';

/**
 * Webhook CRUD, the list grammar, validation and tenancy, with the installation's defaults: only https, only public
 * addresses (WEBHOOK_ALLOW_PRIVATE and WEBHOOK_ALLOW_HTTP unset).
 */
describe('webhooks', () => {
  let t: TestApp;
  let orgA: Organization;
  let orgB: Organization;
  let admin: SignedIn;
  let user: SignedIn;
  let other: SignedIn;

  // A public address literal: no DNS needed, never called by these tests.
  const PUBLIC = 'https://93.184.215.14/hooks/cg';

  beforeAll(async () => {
    t = await TestApp.start();
    orgA = await t.createOrganization('Acme');
    orgB = await t.createOrganization('Beta');
    admin = await t.createUser(orgA, 'Admin');
    user = await t.createUser(orgA, 'User');
    other = await t.createUser(orgB, 'Admin');
  });
  afterAll(() => t.close());

  const create = (who: SignedIn, webhook: Record<string, unknown>) =>
    t.http.post('/v2/webhooks').set(who.headers).send({ webhook });

  it('creates a webhook with a generated secret shown once, stored encrypted', async () => {
    const res = await create(admin, { name: 'SIEM', url: PUBLIC, events: ['scan_completed', 'scan_failed'] }).expect(
      201,
    );
    expect(res.body.data).toMatchObject({
      type: 'webhook',
      attributes: {
        name: 'SIEM',
        url: PUBLIC,
        events: ['scan_completed', 'scan_failed'],
        active: true,
        previous_secret_expires_at: null,
        consecutive_failures: 0,
        organization_id: orgA.id,
        user_id: admin.user.id,
      },
      relationships: { organization: { data: { id: orgA.id, type: 'organization' } } },
    });
    const secret: string = res.body.data.attributes.secret;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const id = res.body.data.id;
    const shown = await t.http.get(`/v2/webhooks/${id}`).set(admin.headers).expect(200);
    expect(shown.body.data.attributes).not.toHaveProperty('secret');
    expect(JSON.stringify(shown.body)).not.toContain(secret);
    const [row] = await t.dataSource.query(`SELECT secret_sealed FROM webhooks WHERE id = $1`, [id]);
    expect(row.secret_sealed).not.toContain(secret.slice(6));
    // A given secret is kept (and shown in the create answer only).
    const given = await create(admin, {
      name: 'Given',
      url: PUBLIC,
      events: ['*'],
      secret: 'my-own-secret-0123456789',
    }).expect(201);
    expect(given.body.data.attributes.secret).toBe('my-own-secret-0123456789');
  });

  it('refuses bad input with 422 and stores nothing', async () => {
    const before = (await t.http.get('/v2/webhooks').set(admin.headers).expect(200)).body.meta.total;
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ name: 'x', url: 'http://93.184.215.14/h', events: ['*'] }, /webhook\.url must use https/],
      [{ name: 'x', url: 'https://127.0.0.1/h', events: ['*'] }, /webhook\.url points to a private/],
      [{ name: 'x', url: 'https://10.1.2.3/h', events: ['*'] }, /private/],
      [{ name: 'x', url: 'https://169.254.169.254/latest/meta-data', events: ['*'] }, /private/],
      [{ name: 'x', url: 'https://100.100.100.200/', events: ['*'] }, /private/],
      [{ name: 'x', url: 'https://[::1]/h', events: ['*'] }, /private/],
      [{ name: 'x', url: 'https://[::ffff:127.0.0.1]/h', events: ['*'] }, /private/],
      [{ name: 'x', url: 'https://[fd00:ec2::254]/h', events: ['*'] }, /private/],
      [{ name: 'x', url: 'https://0.0.0.0/h', events: ['*'] }, /private/],
      [{ name: 'x', url: 'https://localhost/h', events: ['*'] }, /resolves to a private/],
      [{ name: 'x', url: 'https://user:pw@93.184.215.14/h', events: ['*'] }, /credentials/],
      [{ name: 'x', url: 'not a url', events: ['*'] }, /absolute URL/],
      [{ name: 'x', url: PUBLIC, events: ['scan_exploded'] }, /webhook\.events.*must be one of/],
      [{ name: 'x', url: PUBLIC, events: [] }, /webhook\.events/],
      [{ name: 'x', url: PUBLIC, events: ['*'], secret: 'short' }, /webhook\.secret/],
      [{ name: ' ', url: PUBLIC, events: ['*'] }, /webhook\.name/],
      [{ name: 'x', url: PUBLIC, events: ['*'], colour: 'red' }, /colour/],
    ];
    for (const [body, message] of cases) {
      const err = expectError(await create(admin, body), 422);
      expect(`${body.url}: ${err.message}`).toMatch(message);
    }
    expectError(await t.http.post('/v2/webhooks').set(admin.headers).send({ name: 'unwrapped' }), 422);
    expect((await t.http.get('/v2/webhooks').set(admin.headers).expect(200)).body.meta.total).toBe(before);
  });

  it('is for Admins: a User gets 403', async () => {
    expectError(await create(user, { name: 'x', url: PUBLIC, events: ['*'] }), 403);
    expectError(await t.http.get('/v2/webhooks').set(user.headers), 403);
  });

  it('updates, activates and deactivates; PUT refuses a private URL', async () => {
    const id = (await create(admin, { name: 'Upd', url: PUBLIC, events: ['scan_started'] }).expect(201)).body.data.id;
    const res = await t.http
      .put(`/v2/webhooks/${id}`)
      .set(admin.headers)
      .send({ webhook: { name: 'Updated', events: ['report_generated', 'exception_created', 'report_generated'] } })
      .expect(200);
    expect(res.body.data.attributes).toMatchObject({
      name: 'Updated',
      events: ['report_generated', 'exception_created'],
    });
    expectError(
      await t.http
        .put(`/v2/webhooks/${id}`)
        .set(admin.headers)
        .send({ webhook: { url: 'https://192.168.1.1/' } }),
      422,
    );
    const off = await t.http.put(`/v2/webhooks/${id}/deactivate`).set(admin.headers).expect(200);
    expect(off.body.data.attributes.active).toBe(false);
    const on = await t.http.put(`/v2/webhooks/${id}/activate`).set(admin.headers).expect(200);
    expect(on.body.data.attributes.active).toBe(true);
    expect((await t.http.get(`/v2/webhooks/${id}`).set(admin.headers).expect(200)).body.data.attributes.url).toBe(
      PUBLIC,
    );
  });

  it('lists with the list grammar', async () => {
    await create(admin, { name: 'alpha-hook', url: PUBLIC, events: ['saq_approved'] }).expect(201);
    await create(admin, { name: 'beta-hook', url: PUBLIC, events: ['scan_failed'], active: false }).expect(201);
    const named = await t.http
      .get('/v2/webhooks')
      .query({ 'q[name]': '*-hook', sort_by: 'name:desc' })
      .set(admin.headers)
      .expect(200);
    expect(named.body.data.map((w: { attributes: { name: string } }) => w.attributes.name)).toEqual([
      'beta-hook',
      'alpha-hook',
    ]);
    const inactive = await t.http.get('/v2/webhooks').query({ 'q[active]': 'false' }).set(admin.headers).expect(200);
    expect(inactive.body.data.map((w: { attributes: { name: string } }) => w.attributes.name)).toEqual(['beta-hook']);
    const byEvent = await t.http.get('/v2/webhooks').query({ 'q[events]': 'saq_*' }).set(admin.headers).expect(200);
    expect(byEvent.body.meta.total).toBe(1);
    const paged = await t.http.get('/v2/webhooks').query({ per_page: 1, page: 2 }).set(admin.headers).expect(200);
    expect(paged.body.meta).toMatchObject({ page: 2, per_page: 1 });
    expect(paged.body.meta.total).toBeGreaterThan(2);
    expectError(await t.http.get('/v2/webhooks').query({ 'q[secret_sealed]': 'x' }).set(admin.headers), 422);
    expectError(await t.http.get('/v2/webhooks').query({ sort_by: 'events:asc' }).set(admin.headers), 422);
  });

  it("another organization's webhook is a 404 everywhere, and invisible in lists", async () => {
    const id = (await create(admin, { name: 'Mine', url: PUBLIC, events: ['*'] }).expect(201)).body.data.id;
    const paths: [string, string][] = [
      ['get', `/v2/webhooks/${id}`],
      ['put', `/v2/webhooks/${id}`],
      ['delete', `/v2/webhooks/${id}`],
      ['put', `/v2/webhooks/${id}/activate`],
      ['put', `/v2/webhooks/${id}/deactivate`],
      ['post', `/v2/webhooks/${id}/rotate_secret`],
      ['post', `/v2/webhooks/${id}/ping`],
      ['get', `/v2/webhooks/${id}/deliveries`],
    ];
    for (const [method, path] of paths) {
      const req = (t.http as unknown as Record<string, (p: string) => import('supertest').Test>)
        [method](path)
        .set(other.headers);
      expectError(await (method === 'put' && path.endsWith(id) ? req.send({ webhook: { name: 'x' } }) : req), 404);
    }
    expect((await t.http.get('/v2/webhooks').set(other.headers).expect(200)).body.meta.total).toBe(0);
    expectError(await t.http.get('/v2/webhooks/not-a-uuid').set(admin.headers), 422);
    expectError(await t.http.get(`/v2/webhooks/${id}/deliveries/${id}`).set(admin.headers), 404);
    // Still there for its owner; then deleted.
    await t.http.delete(`/v2/webhooks/${id}`).set(admin.headers).expect(204);
    expectError(await t.http.get(`/v2/webhooks/${id}`).set(admin.headers), 404);
  });

  it('refuses a private address at connect time too: a name that resolves privately later (DNS rebinding)', async () => {
    const hook = await receiver();
    try {
      const id = (await create(admin, { name: 'Rebind', url: PUBLIC, events: ['*'] }).expect(201)).body.data.id;
      // As if the saved name now resolved to loopback: the check at save time passed, the one at connect must not.
      await t.dataSource.query(`UPDATE webhooks SET url = $2 WHERE id = $1`, [id, `https://localhost:${hook.port}/`]);
      const ping = await t.http.post(`/v2/webhooks/${id}/ping`).set(admin.headers).expect(202);
      expect(ping.body).toEqual({ status: 'queued', delivery_id: expect.any(String) });
      const attempt = await eventually(async () => {
        const res = await t.http
          .get(`/v2/webhooks/${id}/deliveries/${ping.body.delivery_id}`)
          .set(admin.headers)
          .expect(200);
        expect(res.body.data.attributes.attempts.length).toBeGreaterThan(0);
        return res.body.data.attributes.attempts[0];
      });
      expect(attempt.response).toBeNull();
      expect(attempt.error).toMatch(/refused: (127\.0\.0\.1|::1) is not a public address/);
      // A literal private address is refused before any connection.
      await t.dataSource.query(`UPDATE webhooks SET url = $2 WHERE id = $1`, [id, `https://127.0.0.1:${hook.port}/`]);
      const literal = await t.http.post(`/v2/webhooks/${id}/ping`).set(admin.headers).expect(202);
      const second = await eventually(async () => {
        const res = await t.http
          .get(`/v2/webhooks/${id}/deliveries/${literal.body.delivery_id}`)
          .set(admin.headers)
          .expect(200);
        expect(res.body.data.attributes.attempts.length).toBeGreaterThan(0);
        return res.body.data.attributes.attempts[0];
      });
      expect(second.error).toMatch(/refused: 127\.0\.0\.1/);
      expect(hook.received).toHaveLength(0);
    } finally {
      await hook.close();
    }
  });
});
