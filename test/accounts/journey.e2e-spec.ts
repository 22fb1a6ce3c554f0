import type { Organization } from '../../src/modules/organizations/organization.entity';
import { TestApp, type SignedIn } from '../helpers/test-app';
import { mailedToken } from './tokens';

/** The "done when": onboarding by invitation, a forgotten password, support by impersonation, all audited. */
describe('accounts: the whole journey, visible in the audit log', () => {
  let t: TestApp;
  let org: Organization;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrganization('Journey');
    admin = await t.createUser(org, 'Admin', 'journey_admin');
  });
  afterAll(() => t.close());

  it('invite → accept → forgot → reset → impersonate → stop', async () => {
    const invited = await t.http
      .post('/v2/users/invite')
      .set(admin.headers)
      .send({ user: { email: 'traveller@example.test', username: 'traveller' } })
      .expect(201);
    const userId = invited.body.data.id;
    const invitation = await mailedToken(t.mailDir, 'traveller@example.test', /invited/, 'invitation_token');
    await t.http
      .put('/auth/invitation')
      .set(t.keyOnly)
      .send({ invitation_token: invitation.token, password: 'first password 1', first_name: 'Tra' })
      .expect(200);
    await t.http
      .post('/auth/sign_in')
      .set(t.keyOnly)
      .send({ username: 'traveller', password: 'first password 1' })
      .expect(200);

    await t.http.post('/auth/password').set(t.keyOnly).send({ email: 'traveller@example.test' }).expect(200);
    const reset = await mailedToken(t.mailDir, 'traveller@example.test', /Reset your password/, 'reset_password_token');
    await t.http
      .put('/auth/password')
      .set(t.keyOnly)
      .send({
        reset_password_token: reset.token,
        password: 'second password 2',
        password_confirmation: 'second password 2',
      })
      .expect(200);
    await t.http
      .post('/auth/sign_in')
      .set(t.keyOnly)
      .send({ username: 'traveller', password: 'second password 2' })
      .expect(200);

    const support = await t.http.post('/auth/impersonate').query({ uuid: userId }).set(admin.headers).expect(201);
    const as = { ...t.keyOnly, authorization: `Bearer ${support.body.token}` };
    await t.http
      .put('/v2/user/me')
      .set(as)
      .send({ user: { last_name: 'Fixed by support' } })
      .expect(200);
    const back = await t.http
      .delete('/auth/impersonate')
      .query({ impersonator_revert_token: support.body.impersonator_revert_token })
      .set(as)
      .expect(200);
    const adminAgain = { ...t.keyOnly, authorization: `Bearer ${back.body.token}` };

    const events = await t.http
      .get('/v2/audit/events')
      .query({ per_page: 100, sort_by: 'occurred_at:asc' })
      .set(adminAgain)
      .expect(200);
    const steps = events.body.data
      .map(
        (e: {
          attributes: { action: string; actor_id: string; impersonator_id: string | null; resource_id: string };
        }) => e.attributes,
      )
      .filter((e: { action: string }) => !['auth.sign_in'].includes(e.action));
    const find = (action: string) => steps.find((e: { action: string }) => e.action === action);
    expect(find('user.invite')).toMatchObject({ actor_id: admin.user.id, resource_id: userId });
    expect(find('user.invitation_accept')).toMatchObject({ actor_id: userId });
    expect(find('user.password_reset')).toMatchObject({ actor_id: userId });
    expect(find('auth.impersonation_start')).toMatchObject({ actor_id: admin.user.id, resource_id: userId });
    expect(find('user.update_me')).toMatchObject({ actor_id: userId, impersonator_id: admin.user.id });
    expect(find('auth.impersonation_stop')).toMatchObject({ actor_id: admin.user.id, resource_id: userId });
    const order = [
      'user.invite',
      'user.invitation_accept',
      'user.password_reset',
      'auth.impersonation_start',
      'user.update_me',
      'auth.impersonation_stop',
    ];
    const positions = order.map((a) => steps.findIndex((e: { action: string }) => e.action === a));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
