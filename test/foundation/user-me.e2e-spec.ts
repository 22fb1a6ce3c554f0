import type { AuthContext } from '../../src/common/auth/auth-context';
import { UsersService } from '../../src/modules/users/users.service';
import { TestApp, expectError } from '../helpers/test-app';

describe('GET/PUT /v2/user/me', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('shows the documented fields in the resource envelope', async () => {
    const org = await t.createOrganization('Org Me');
    const me = await t.createUser(org, 'Admin', 'meuser');
    const res = await t.http.get('/v2/user/me').set(me.headers).expect(200);
    expect(res.body.data).toMatchObject({
      id: me.user.id,
      type: 'user',
      relationships: { organization: { data: { id: org.id, type: 'organization' } } },
    });
    const a = res.body.data.attributes;
    expect(a).toMatchObject({
      id: me.user.id,
      username: 'meuser',
      email: 'meuser@example.test',
      role: 'Admin',
      locale: 'en',
      timezone: 'UTC',
      active_product: null,
      organization: { id: org.id, uuid: org.id, name: 'Org Me' },
      verified: true,
      provider: 'email',
      sign_in_count: 1,
      last_sign_in_ip: expect.any(String),
      two_factor_authentication: {
        enabled: false,
        otp_sms_enabled: false,
        otp_totp_enabled: false,
        otp_phone: null,
        otp_default_method: null,
      },
      incomplete_details: true,
    });
    expect(a.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(a).not.toHaveProperty('password_hash');
    expect(JSON.stringify(res.body)).not.toContain('argon2');
  });

  it('includes products and the current plan when asked', async () => {
    const org = await t.createOrganization('Org Plan');
    const me = await t.createUser(org);
    const res = await t.http.get('/v2/user/me?products=true&current_plan=true').set(me.headers).expect(200);
    expect(res.body.data.attributes).toHaveProperty('products');
    expect(res.body.data.attributes).toHaveProperty('current_plan');
    expectError(await t.http.get('/v2/user/me?products=maybe').set(me.headers), 422);
    expectError(await t.http.get('/v2/user/me?unknown=1').set(me.headers), 422);
  });

  it('updates profile fields and answers the new state', async () => {
    const org = await t.createOrganization('Org Upd');
    const me = await t.createUser(org);
    const res = await t.http
      .put('/v2/user/me')
      .set(me.headers)
      .send({
        user: { first_name: 'Ada', last_name: 'Lovelace', timezone: 'Europe/Paris', locale: 'fr', city: 'Paris' },
      })
      .expect(200);
    expect(res.body.data.attributes).toMatchObject({
      first_name: 'Ada',
      last_name: 'Lovelace',
      timezone: 'Europe/Paris',
      locale: 'fr',
      city: 'Paris',
      incomplete_details: false,
    });
    const again = await t.http.get('/v2/user/me').set(me.headers).expect(200);
    expect(again.body.data.attributes.first_name).toBe('Ada');
    // The guard loads the caller with the session (one round trip); the answer is the same as a separate lookup.
    const lookedUp = await t.get(UsersService).me({ user: { id: me.user.id } } as AuthContext);
    expect(again.body.data).toEqual(JSON.parse(JSON.stringify(lookedUp)));
    const token = (await t.http.put('/v2/user/generate_access_token').set(me.headers).expect(200)).body.token;
    const viaToken = await t.http
      .get('/v2/user/me')
      .set({ ...t.keyOnly, authorization: `Basic ${token}` })
      .expect(200);
    expect(viaToken.body.data).toEqual(again.body.data);
  });

  it('rejects bad input with 422 per field and changes nothing', async () => {
    const org = await t.createOrganization('Org Bad');
    const me = await t.createUser(org);
    const res = await t.http
      .put('/v2/user/me')
      .set(me.headers)
      .send({ user: { first_name: 'Changed', email: 'not-an-email', timezone: 'Mars/Olympus', role: 'Super Admin' } });
    expectError(res, 422, 'parameter_error');
    const text = res.body.errors.map((e: { message: string }) => e.message).join(' | ');
    expect(text).toContain('user.email');
    expect(text).toContain('user.timezone');
    expect(text).toContain('user.role');
    const after = await t.http.get('/v2/user/me').set(me.headers).expect(200);
    expect(after.body.data.attributes.first_name).toBeNull();
    expect(after.body.data.attributes.role).toBe('User');
    expectError(await t.http.put('/v2/user/me').set(me.headers).send({ first_name: 'unwrapped' }), 422);
    expectError(await t.http.put('/v2/user/me').set(me.headers).send({ user: 'text' }), 422);
    expectError(
      await t.http
        .put('/v2/user/me')
        .set({ ...me.headers, 'content-type': 'application/json' })
        .send('{bad json'),
      400,
      'bad_request',
    );
  });

  it('changes the email when free, 409 when taken', async () => {
    const org = await t.createOrganization('Org Mail');
    const me = await t.createUser(org, 'User', 'mailer');
    await t.createUser(org, 'User', 'taken');
    expectError(
      await t.http
        .put('/v2/user/me')
        .set(me.headers)
        .send({ user: { email: 'TAKEN@example.test' } }),
      409,
      'conflict',
    );
    const res = await t.http
      .put('/v2/user/me')
      .set(me.headers)
      .send({ user: { email: 'New.Address@example.test' } })
      .expect(200);
    expect(res.body.data.attributes.email).toBe('new.address@example.test');
  });
});
