import { DataSource } from 'typeorm';
import { ApiKeysService } from '../../src/modules/api-keys/api-keys.service';
import { eventually } from '../helpers/eventually';
import { TestApp, expectError } from '../helpers/test-app';

describe('API key (x-api-key on every request)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('refuses a request without a key, even a public one', async () => {
    expectError(await t.http.post('/auth/sign_in').send({ username: 'x', password: 'y' }), 401, 'auth.invalid_api_key');
    expectError(await t.http.get('/v2/user/me'), 401, 'auth.invalid_api_key');
  });

  it('refuses an unknown key', async () => {
    expectError(await t.http.get('/v2/user/me').set('x-api-key', 'cgk_not-a-key'), 401, 'auth.invalid_api_key');
  });

  it('accepts the header name in any case and still needs user credentials on user routes', async () => {
    const res = await t.http.get('/v2/user/me').set('X-API-KEY', t.apiKey);
    expectError(res, 401, 'auth.invalid_token');
  });

  it('stores only a hash and records last_used_at', async () => {
    const { id, raw } = await t.newApiKey('stored');
    const [row] = await t
      .get(DataSource)
      .query('SELECT key_hash, prefix, last_used_at FROM api_keys WHERE id = $1', [id]);
    expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.key_hash).not.toContain(raw);
    expect(row.last_used_at).toBeNull();
    await t.http
      .post('/auth/sign_in')
      .set('x-api-key', raw)
      .send({ username: 'nobody', password: 'whatever1' })
      .expect(401);
    // The write does not hold up the request: wait for it.
    await eventually(async () => {
      const [after] = await t.get(DataSource).query('SELECT last_used_at FROM api_keys WHERE id = $1', [id]);
      expect(after.last_used_at).not.toBeNull();
    });
  });

  it('stops accepting a key once revoked', async () => {
    const { id, raw } = await t.newApiKey('to-revoke');
    const admin = await t.signInSuperAdmin();
    await t.http
      .get('/v2/user/me')
      .set({ ...admin.headers, 'x-api-key': raw })
      .expect(200);
    await t.get(ApiKeysService).revoke(id);
    expectError(
      await t.http.get('/v2/user/me').set({ ...admin.headers, 'x-api-key': raw }),
      401,
      'auth.invalid_api_key',
    );
  });

  it('lets super admins manage keys over HTTP; the key is shown once', async () => {
    const admin = await t.signInSuperAdmin();
    const created = await t.http
      .post('/v2/api_keys')
      .set(admin.headers)
      .send({ api_key: { name: 'portal' } })
      .expect(201);
    const raw = created.body.data.attributes.key;
    expect(raw).toMatch(/^cgk_/);
    const list = await t.http.get('/v2/api_keys').set(admin.headers).expect(200);
    const listed = list.body.data.find((k: { id: string }) => k.id === created.body.data.id);
    expect(listed.attributes.key).toBeUndefined();
    expect(listed.attributes.prefix).toBe(raw.slice(0, 12));
    expect(list.body.meta).toMatchObject({ page: 1, per_page: 25 });
    const named = await t.http.get('/v2/api_keys?q[name]=port*').set(admin.headers).expect(200);
    expect(named.body.data.map((k: { id: string }) => k.id)).toEqual([created.body.data.id]);
    expectError(await t.http.get('/v2/api_keys?q[key_hash]=x').set(admin.headers), 422, 'parameter_error');
    await t.http.delete(`/v2/api_keys/${created.body.data.id}`).set(admin.headers).expect(204);
    expectError(await t.http.get('/v2/user/me').set({ ...admin.headers, 'x-api-key': raw }), 401);
    expectError(await t.http.post('/v2/api_keys').set(admin.headers).send({ api_key: {} }), 422, 'parameter_error');
  });

  it('keeps key management to super admins', async () => {
    const org = await t.createOrganization('Keyless');
    const adminOfOrg = await t.createUser(org, 'Admin');
    expectError(await t.http.get('/v2/api_keys').set(adminOfOrg.headers), 403, 'forbidden');
  });

  it('needs no key for health, metrics and docs', async () => {
    expect((await t.http.get('/health').expect(200)).body).toEqual({ status: 'ok', database: 'up' });
    expect((await t.http.get('/metrics').expect(200)).text).toContain('http_request_duration_seconds');
    expect((await t.http.get('/docs-json').expect(200)).body.openapi).toMatch(/^3\./);
    const html = (await t.http.get('/docs').expect(200)).text;
    expect(html).toContain('swagger-ui');
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|localhost)[a-z0-9.-]+\/[^"']*\.(js|css)/i); // served offline
  });
});
