import { createHash } from 'node:crypto';
import type { Organization } from '../../src/modules/organizations/organization.entity';
import { UsersService } from '../../src/modules/users/users.service';
import { DEFAULT_PASSWORD, TestApp, expectError, type SignedIn } from '../helpers/test-app';
import { mailedToken } from './tokens';

const BASE_URL = 'https://portal.example.test';
const NEW_PASSWORD = 'a brand new passphrase';

describe('accounts: confirmation and invitations', () => {
  let t: TestApp;
  let org: Organization;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await TestApp.start({ APP_BASE_URL: BASE_URL });
    org = await t.createOrganization('Onboarding');
    admin = await t.createUser(org, 'Admin', 'onboarding_admin');
  });
  afterAll(() => t.close());

  const signIn = (username: string, password: string) =>
    t.http.post('/auth/sign_in').set(t.keyOnly).send({ username, password });
  const expireTokensOf = (userId: string) =>
    t.dataSource.query(`UPDATE account_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [
      userId,
    ]);

  describe('confirmation', () => {
    it('emails a link built from APP_BASE_URL; the user confirms, sets a password once, then signs in', async () => {
      const created = await t.http
        .post('/v2/users')
        .set({ ...admin.headers, host: 'evil.example', 'x-forwarded-host': 'evil.example' })
        .send({ user: { username: 'newbie', email: 'newbie@example.test', first_name: 'New' } })
        .expect(201);
      expect(created.body.data.attributes).toMatchObject({ username: 'newbie', verified: false, role: 'User' });
      const { mail, token } = await mailedToken(
        t.mailDir,
        'newbie@example.test',
        /Confirm your account/,
        'confirmation_token',
      );
      expect(mail.text).toContain(`${BASE_URL}/users/confirmation?confirmation_token=`);
      expect(mail.text).not.toContain('evil.example');

      // Only the hash is stored.
      const rows = await t.dataSource.query(`SELECT token_hash FROM account_tokens WHERE user_id = $1`, [
        created.body.data.id,
      ]);
      expect(rows).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);

      const info = await t.http
        .get('/auth/confirmation')
        .query({ confirmation_token: token })
        .set(t.keyOnly)
        .expect(200);
      expect(info.body).toMatchObject({
        valid: true,
        username: 'newbie',
        email: 'newbie@example.test',
        password_required: true,
        organization: { id: org.id, name: 'Onboarding' },
      });
      expect(info.headers['referrer-policy']).toBe('no-referrer');

      // Bad input is a 422 and leaves the link working.
      expectError(
        await t.http.post('/auth/confirmation').set(t.keyOnly).send({ confirmation_token: token }),
        422,
        'parameter_error',
      );
      expectError(
        await t.http.post('/auth/confirmation').set(t.keyOnly).send({ confirmation_token: token, password: 'short' }),
        422,
      );
      expectError(
        await t.http
          .post('/auth/confirmation')
          .set(t.keyOnly)
          .send({ confirmation_token: token, password: NEW_PASSWORD, password_confirmation: 'different one!' }),
        422,
      );
      await t.http.get('/auth/confirmation').query({ confirmation_token: token }).set(t.keyOnly).expect(200);

      const done = await t.http
        .post('/auth/confirmation')
        .set(t.keyOnly)
        .send({ confirmation_token: token, password: NEW_PASSWORD })
        .expect(200);
      expect(done.body.token).toBeUndefined();
      const session = await signIn('newbie', NEW_PASSWORD).expect(200);
      expect(session.body.verified).toBe(true);

      // Single use.
      expectError(
        await t.http
          .post('/auth/confirmation')
          .set(t.keyOnly)
          .send({ confirmation_token: token, password: NEW_PASSWORD }),
        404,
        'auth.invalid_token',
      );
      expectError(
        await t.http.get('/auth/confirmation').query({ confirmation_token: token }).set(t.keyOnly),
        404,
        'auth.invalid_token',
      );
    });

    it('refuses sign-in until confirmed; resend replaces the old link; a password cannot be changed through it', async () => {
      const user = await t.get(UsersService).create({
        organizationId: org.id,
        username: 'haspass',
        email: 'haspass@example.test',
        password: DEFAULT_PASSWORD,
      });
      expectError(await signIn('haspass', DEFAULT_PASSWORD), 403, 'auth.unconfirmed');

      await t.http.post(`/v2/users/${user.id}/resend_confirmation`).set(admin.headers).expect(200);
      const first = await mailedToken(t.mailDir, 'haspass@example.test', /Confirm your account/, 'confirmation_token');
      const info = await t.http
        .get('/auth/confirmation')
        .query({ confirmation_token: first.token })
        .set(t.keyOnly)
        .expect(200);
      expect(info.body.password_required).toBe(false);

      // A second resend makes the first link useless.
      const fs = await import('node:fs');
      fs.rmSync(first.mail.file);
      await t.http.post(`/v2/users/${user.id}/resend_confirmation`).set(admin.headers).expect(200);
      const second = await mailedToken(t.mailDir, 'haspass@example.test', /Confirm your account/, 'confirmation_token');
      expect(second.token).not.toBe(first.token);
      expectError(
        await t.http.post('/auth/confirmation').set(t.keyOnly).send({ confirmation_token: first.token }),
        404,
        'auth.invalid_token',
      );

      expectError(
        await t.http
          .post('/auth/confirmation')
          .set(t.keyOnly)
          .send({ confirmation_token: second.token, password: NEW_PASSWORD }),
        422,
      );
      await t.http.post('/auth/confirmation').set(t.keyOnly).send({ confirmation_token: second.token }).expect(200);
      await signIn('haspass', DEFAULT_PASSWORD).expect(200);

      expectError(
        await t.http.post(`/v2/users/${user.id}/resend_confirmation`).set(admin.headers),
        409,
        'user.already_confirmed',
      );
    });

    it('rejects expired and unknown tokens with the same answer', async () => {
      const res = await t.http
        .post('/v2/users')
        .set(admin.headers)
        .send({ user: { username: 'late', email: 'late@example.test' } })
        .expect(201);
      const { token } = await mailedToken(t.mailDir, 'late@example.test', /Confirm/, 'confirmation_token');
      await expireTokensOf(res.body.data.id);
      const expired = expectError(
        await t.http
          .post('/auth/confirmation')
          .set(t.keyOnly)
          .send({ confirmation_token: token, password: NEW_PASSWORD }),
        404,
        'auth.invalid_token',
      );
      const unknown = expectError(
        await t.http
          .post('/auth/confirmation')
          .set(t.keyOnly)
          .send({ confirmation_token: 'x'.repeat(43), password: NEW_PASSWORD }),
        404,
      );
      expect(unknown.message).toBe(expired.message);
      expectError(await t.http.get('/auth/confirmation').set(t.keyOnly), 404, 'auth.invalid_token');
      expectError(await t.http.post('/auth/confirmation').set(t.keyOnly).send({}), 422);
    });

    it('resend is for admins of the organization only', async () => {
      const other = await t.createOrganization('Elsewhere');
      const stranger = await t
        .get(UsersService)
        .create({ organizationId: other.id, username: 'stranger', email: 'stranger@example.test' });
      expectError(
        await t.http.post(`/v2/users/${stranger.id}/resend_confirmation`).set(admin.headers),
        404,
        'not_found',
      );
      const plain = await t.createUser(org, 'User');
      expectError(await t.http.post(`/v2/users/${stranger.id}/resend_confirmation`).set(plain.headers), 403);
      expectError(await t.http.post('/v2/users/not-a-uuid/resend_confirmation').set(admin.headers), 422);
    });
  });

  describe('invitations', () => {
    it('invites, shows the invitation, accepts once with password and profile; the user can sign in', async () => {
      const res = await t.http
        .post('/v2/users/invite')
        .set(admin.headers)
        .send({ user: { email: 'Invitee@Example.test', role: 'User' } })
        .expect(201);
      expect(res.body.data.attributes).toMatchObject({
        email: 'invitee@example.test',
        username: 'Invitee@Example.test',
        verified: false,
      });
      const { mail, token } = await mailedToken(
        t.mailDir,
        'invitee@example.test',
        /invited to Onboarding/,
        'invitation_token',
      );
      expect(mail.text).toContain(`${BASE_URL}/users/invitation/accept?invitation_token=`);
      expect(token.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url

      const info = await t.http.get('/auth/invitation').query({ invitation_token: token }).set(t.keyOnly).expect(200);
      expect(info.body).toMatchObject({
        valid: true,
        email: 'invitee@example.test',
        organization: { id: org.id, name: 'Onboarding' },
        invited_by: 'onboarding_admin',
        role: 'User',
      });
      const expiresIn = Date.parse(info.body.expires_at) - Date.now();
      expect(expiresIn).toBeGreaterThan(6.9 * 24 * 3_600_000);
      expect(expiresIn).toBeLessThanOrEqual(7 * 24 * 3_600_000);

      expectError(
        await t.http
          .put('/auth/invitation')
          .set(t.keyOnly)
          .send({ invitation_token: token, password: NEW_PASSWORD, password_confirmation: 'nope nope nope' }),
        422,
      );
      expectError(
        await t.http
          .put('/auth/invitation')
          .set(t.keyOnly)
          .send({ invitation_token: token, password: NEW_PASSWORD, is_admin: true }),
        422,
      );
      await t.http.get('/auth/invitation').query({ invitation_token: token }).set(t.keyOnly).expect(200);

      await t.http
        .put('/auth/invitation')
        .set(t.keyOnly)
        .send({
          invitation_token: token,
          password: NEW_PASSWORD,
          password_confirmation: NEW_PASSWORD,
          first_name: 'Ina',
          last_name: 'Vitee',
          timezone: 'Europe/Paris',
        })
        .expect(200);
      const session = await signIn('invitee@example.test', NEW_PASSWORD).expect(200);
      const me = await t.http
        .get('/v2/user/me')
        .set({ ...t.keyOnly, authorization: `Bearer ${session.body.token}` })
        .expect(200);
      expect(me.body.data.attributes).toMatchObject({
        first_name: 'Ina',
        last_name: 'Vitee',
        timezone: 'Europe/Paris',
        verified: true,
      });

      expectError(
        await t.http
          .put('/auth/invitation')
          .set(t.keyOnly)
          .send({ invitation_token: token, password: 'another password' }),
        404,
        'auth.invalid_token',
      );
      expectError(
        await t.http.get('/auth/invitation').query({ invitation_token: token }).set(t.keyOnly),
        404,
        'auth.invalid_token',
      );

      const audit = await t.dataSource.query(
        `SELECT actor_id, organization_id FROM audit_events WHERE action = 'user.invitation_accept'`,
      );
      expect(audit).toEqual([{ actor_id: res.body.data.id, organization_id: org.id }]);
    });

    it('expires after 7 days', async () => {
      const res = await t.http
        .post('/v2/users/invite')
        .set(admin.headers)
        .send({ user: { email: 'slow@example.test', username: 'slowpoke' } })
        .expect(201);
      const { token } = await mailedToken(t.mailDir, 'slow@example.test', /invited/, 'invitation_token');
      await expireTokensOf(res.body.data.id);
      expectError(
        await t.http.get('/auth/invitation').query({ invitation_token: token }).set(t.keyOnly),
        404,
        'auth.invalid_token',
      );
      expectError(
        await t.http.put('/auth/invitation').set(t.keyOnly).send({ invitation_token: token, password: NEW_PASSWORD }),
        404,
      );
      expectError(await signIn('slowpoke', NEW_PASSWORD), 401);
    });

    it('is for admins, within their organizations, never above their own role', async () => {
      const plain = await t.createUser(org, 'User');
      expectError(
        await t.http
          .post('/v2/users/invite')
          .set(plain.headers)
          .send({ user: { email: 'x1@example.test' } }),
        403,
      );
      expectError(
        await t.http
          .post('/v2/users/invite')
          .set(admin.headers)
          .send({ user: { email: 'x2@example.test', role: 'Super Admin' } }),
        403,
      );
      const other = await t.createOrganization('Not mine');
      expectError(
        await t.http
          .post('/v2/users/invite')
          .set(admin.headers)
          .send({ user: { email: 'x3@example.test', organization_id: other.id } }),
        404,
      );
      expectError(
        await t.http
          .post('/v2/users/invite')
          .set(admin.headers)
          .send({ user: { email: 'not-an-email' } }),
        422,
      );
      expectError(
        await t.http
          .post('/v2/users/invite')
          .set(admin.headers)
          .send({ user: { email: 'invitee@example.test' } }),
        409,
      );
      expectError(
        await t.http
          .post('/v2/users/invite')
          .set(admin.headers)
          .send({ user: { email: "o'hara@example.test" } }),
        422,
      );
      const count = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email LIKE 'x_@example.test'`);
      expect(count[0].n).toBe(0);
    });
  });
});
