import type { EntityManager } from 'typeorm';
import { UserResourceOwnersRegistry, type UserResourceOwner } from '../../src/common/ports/user-resources';
import type { Organization } from '../../src/modules/organizations/organization.entity';
import { UsersService } from '../../src/modules/users/users.service';
import { waitForMail } from '../helpers/mail';
import { TestApp, expectError, type SignedIn } from '../helpers/test-app';

/** A stand-in for targets, scans ...: rows in a scratch table, owned by users. */
class WidgetOwner implements UserResourceOwner {
  readonly kind = 'widgets';
  constructor(private readonly t: TestApp) {}
  async countOwnedBy(userId: string, manager?: EntityManager) {
    const rows = await (manager ?? this.t.dataSource.manager).query(
      `SELECT count(*)::int AS n FROM test_widgets WHERE owner_id = $1`,
      [userId],
    );
    return rows[0].n as number;
  }
  async transfer(manager: EntityManager, fromUserId: string, toUserId: string) {
    const rows = await manager.query(
      `WITH moved AS (UPDATE test_widgets SET owner_id = $2 WHERE owner_id = $1 RETURNING 1) SELECT count(*)::int AS n FROM moved`,
      [fromUserId, toUserId],
    );
    return rows[0].n as number;
  }
}

/** Moves nothing and fails when `failFor` is the source: proves that transfers are all or nothing. */
class FailingOwner implements UserResourceOwner {
  readonly kind = 'gadgets';
  failFor: string | null = null;
  async countOwnedBy() {
    return 0;
  }
  async transfer(_m: EntityManager, fromUserId: string) {
    if (fromUserId === this.failFor) throw new Error('gadgets cannot move');
    return 0;
  }
}

describe('users administration', () => {
  let t: TestApp;
  let org: Organization;
  let admin: SignedIn;
  const failing = new FailingOwner();

  beforeAll(async () => {
    t = await TestApp.start();
    await t.dataSource.query(`CREATE TABLE test_widgets (id serial PRIMARY KEY, owner_id uuid NOT NULL)`);
    const registry = t.get(UserResourceOwnersRegistry);
    registry.register(new WidgetOwner(t));
    registry.register(failing);
    org = await t.createOrganization('Admin Land');
    admin = await t.createUser(org, 'Admin', 'land_admin');
  });
  afterAll(() => t.close());

  const giveWidgets = (userId: string, n: number) =>
    t.dataSource.query(`INSERT INTO test_widgets (owner_id) SELECT $1 FROM generate_series(1, $2::int)`, [userId, n]);
  const widgetsOf = async (userId: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM test_widgets WHERE owner_id = $1`, [userId]))[0].n;

  it('lists, filters and reads users of the organizations the admin manages only', async () => {
    const mine = await t.createUser(org, 'User', 'listed_mine');
    const foreign = await t.createUser(await t.createOrganization('Other Land'), 'User', 'listed_foreign');
    const list = await t.http.get('/v2/users').query({ per_page: 100 }).set(admin.headers).expect(200);
    const names = list.body.data.map((u: { attributes: { username: string } }) => u.attributes.username);
    expect(names).toContain('listed_mine');
    expect(names).not.toContain('listed_foreign');
    expect(list.body.meta).toMatchObject({ page: 1, per_page: 100 });

    const filtered = await t.http.get('/v2/users').query({ 'q[username]': 'listed_*' }).set(admin.headers).expect(200);
    expect(filtered.body.data.map((u: { id: string }) => u.id)).toEqual([mine.user.id]);
    expectError(await t.http.get('/v2/users').query({ 'q[password_hash]': 'x' }).set(admin.headers), 422);

    const one = await t.http.get(`/v2/users/${mine.user.id}`).set(admin.headers).expect(200);
    expect(one.body.data).toMatchObject({
      id: mine.user.id,
      type: 'user',
      attributes: { organization: { id: org.id } },
    });
    expect(JSON.stringify(one.body)).not.toMatch(/password/i);
    expectError(await t.http.get(`/v2/users/${foreign.user.id}`).set(admin.headers), 404, 'not_found');
    expectError(await t.http.get('/v2/users').set(mine.headers), 403);

    const superAdmin = await t.signInSuperAdmin();
    await t.http.get(`/v2/users/${foreign.user.id}`).set(superAdmin.headers).expect(200);
  });

  it('creates users without a password, within scope and role limits', async () => {
    const res = await t.http
      .post('/v2/users')
      .set(admin.headers)
      .send({
        user: {
          username: 'created_one',
          email: 'Created.One@example.test',
          role: 'Admin',
          confirmed: true,
          timezone: 'Europe/Berlin',
        },
      })
      .expect(201);
    expect(res.body.data.attributes).toMatchObject({
      username: 'created_one',
      email: 'created.one@example.test',
      role: 'Admin',
      verified: true,
      timezone: 'Europe/Berlin',
    });
    const hash = await t.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [res.body.data.id]);
    expect(hash[0].password_hash).toBeNull();

    expectError(
      await t.http
        .post('/v2/users')
        .set(admin.headers)
        .send({ user: { username: 'pw', email: 'pw@example.test', password: 'chosen by admin' } }),
      422,
    );
    expectError(
      await t.http
        .post('/v2/users')
        .set(admin.headers)
        .send({ user: { username: 'x', email: 'bad' } }),
      422,
    );
    expectError(
      await t.http
        .post('/v2/users')
        .set(admin.headers)
        .send({ user: { username: 'boss', email: 'boss@example.test', role: 'Super Admin' } }),
      403,
    );
    expectError(
      await t.http
        .post('/v2/users')
        .set(admin.headers)
        .send({ user: { username: 'created_one', email: 'other@example.test' } }),
      409,
    );
    const other = await t.createOrganization('Not Admin Land');
    expectError(
      await t.http
        .post('/v2/users')
        .set(admin.headers)
        .send({ user: { username: 'intruder', email: 'intruder@example.test', organization_id: other.id } }),
      404,
    );
    const superAdmin = await t.signInSuperAdmin();
    expectError(
      await t.http
        .post('/v2/users')
        .set(superAdmin.headers)
        .send({
          user: {
            username: 'nowhere',
            email: 'nowhere@example.test',
            organization_id: '00000000-0000-4000-8000-000000000000',
          },
        }),
      404,
    );
    const count = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM users WHERE username IN ('pw', 'boss', 'intruder', 'nowhere')`,
    );
    expect(count[0].n).toBe(0);
  });

  it('updates profile, role and blocked state; never above the caller, never itself', async () => {
    const user = await t.createUser(org, 'User', 'to_update');
    const res = await t.http
      .put(`/v2/users/${user.user.id}`)
      .set(admin.headers)
      .send({ user: { first_name: 'Up', role: 'Admin', email: 'updated@example.test' } })
      .expect(200);
    expect(res.body.data.attributes).toMatchObject({ first_name: 'Up', role: 'Admin', email: 'updated@example.test' });
    await waitForMail(t.mailDir, user.user.email, /email address of your account was changed/);

    expectError(
      await t.http
        .put(`/v2/users/${user.user.id}`)
        .set(admin.headers)
        .send({ user: { role: 'Super Admin' } }),
      403,
    );
    // Now an Admin like the caller: its email (where resets go) is no longer the caller's to change, nor the caller's own here.
    expectError(
      await t.http
        .put(`/v2/users/${user.user.id}`)
        .set(admin.headers)
        .send({ user: { email: 'peer@example.test' } }),
      403,
    );
    expectError(
      await t.http
        .put(`/v2/users/${admin.user.id}`)
        .set(admin.headers)
        .send({ user: { email: 'me2@example.test' } }),
      403,
    );
    expectError(
      await t.http
        .put(`/v2/users/${admin.user.id}`)
        .set(admin.headers)
        .send({ user: { role: 'User' } }),
      403,
    );
    expectError(
      await t.http
        .put(`/v2/users/${admin.user.id}`)
        .set(admin.headers)
        .send({ user: { blocked: true } }),
      403,
    );
    expectError(
      await t.http
        .put(`/v2/users/${user.user.id}`)
        .set(admin.headers)
        .send({ user: { password: 'new password here' } }),
      422,
    );
    const plain = await t.createUser(org, 'User');
    expectError(
      await t.http
        .put(`/v2/users/${plain.user.id}`)
        .set(admin.headers)
        .send({ user: { email: admin.user.email } }),
      409,
    );
    const superAdmin = await t.signInSuperAdmin();
    expectError(
      await t.http
        .put(`/v2/users/${superAdmin.user.id}`)
        .set(admin.headers)
        .send({ user: { first_name: 'x' } }),
      404,
    );

    const blocked = await t.http
      .put(`/v2/users/${user.user.id}`)
      .set(admin.headers)
      .send({ user: { blocked: true } })
      .expect(200);
    expect(blocked.body.data.attributes.blocked).toBe(true);
    expectError(await t.http.get('/v2/user/me').set(user.headers), 401);
    await t.http
      .put(`/v2/users/${user.user.id}`)
      .set(admin.headers)
      .send({ user: { blocked: false } })
      .expect(200);
  });

  it('tells why a user cannot be deleted, refuses while it owns resources, deletes after a transfer', async () => {
    const leaver = await t.createUser(org, 'User', 'leaver');
    const heir = await t.createUser(org, 'User', 'heir');
    await giveWidgets(leaver.user.id, 3);

    const check = await t.http.get(`/v2/users/${leaver.user.id}/can_be_deleted`).set(admin.headers).expect(200);
    expect(check.body).toEqual({
      can_be_deleted: false,
      reasons: [{ kind: 'widgets', count: 3, message: expect.stringContaining('3 widgets') }],
    });
    expectError(await t.http.delete(`/v2/users/${leaver.user.id}`).set(admin.headers), 409, 'user.has_dependents');

    const moved = await t.http
      .put('/v2/user/transfer_resources')
      .query({ from_user_id: leaver.user.id, to_user_id: heir.user.id })
      .set(admin.headers)
      .expect(200);
    expect(moved.body).toMatchObject({ transferred: { widgets: 3, gadgets: 0 }, total: 3 });
    expect(await widgetsOf(heir.user.id)).toBe(3);

    expect(
      (await t.http.get(`/v2/users/${leaver.user.id}/can_be_deleted`).set(admin.headers).expect(200)).body,
    ).toEqual({ can_be_deleted: true, reasons: [] });
    await t.http.delete(`/v2/users/${leaver.user.id}`).set(admin.headers).expect(204);
    expectError(await t.http.get(`/v2/users/${leaver.user.id}`).set(admin.headers), 404);
    expectError(await t.http.get('/v2/user/me').set(leaver.headers), 401);
    expectError(await t.http.delete(`/v2/users/${admin.user.id}`).set(admin.headers), 422);
  });

  it('inherits resources in one transaction: a failing owner moves nothing', async () => {
    const from = await t.createUser(org, 'User');
    const to = await t.createUser(org, 'User');
    await giveWidgets(from.user.id, 2);
    failing.failFor = from.user.id;
    const failed = await t.http
      .put(`/v2/users/${to.user.id}/inherit`)
      .query({ from_user_id: from.user.id })
      .set(admin.headers);
    expect(failed.status).toBe(500);
    expect(JSON.stringify(failed.body)).not.toContain('gadgets cannot move');
    expect(await widgetsOf(from.user.id)).toBe(2);
    failing.failFor = null;

    const ok = await t.http
      .put(`/v2/users/${to.user.id}/inherit`)
      .query({ from_user_id: from.user.id })
      .set(admin.headers)
      .expect(200);
    expect(ok.body).toMatchObject({ from_user_id: from.user.id, to_user_id: to.user.id, total: 2 });
    expect(await widgetsOf(to.user.id)).toBe(2);

    const foreign = await t.createUser(await t.createOrganization('Far Land'), 'User');
    expectError(
      await t.http.put(`/v2/users/${foreign.user.id}/inherit`).query({ from_user_id: to.user.id }).set(admin.headers),
      404,
    );
    expectError(
      await t.http.put(`/v2/users/${to.user.id}/inherit`).query({ from_user_id: to.user.id }).set(admin.headers),
      422,
    );
    expectError(await t.http.put(`/v2/users/${to.user.id}/inherit`).set(admin.headers), 422);
    const superAdmin = await t.signInSuperAdmin();
    expectError(
      await t.http
        .put(`/v2/users/${foreign.user.id}/inherit`)
        .query({ from_user_id: to.user.id })
        .set(superAdmin.headers),
      422,
    );
    expectError(
      await t.http
        .put('/v2/user/transfer_resources')
        .query({ from_user_id: to.user.id, to_user_id: from.user.id })
        .set(to.headers),
      403,
    );
  });

  it('lets a user delete their own account unless others depend on what it owns', async () => {
    const owner = await t.createUser(org, 'User');
    await giveWidgets(owner.user.id, 1);
    const check = await t.http.get('/v2/user/can_be_deleted').set(owner.headers).expect(200);
    expect(check.body.can_be_deleted).toBe(false);
    expectError(await t.http.delete('/v2/user').set(owner.headers), 409);
    await t.dataSource.query(`DELETE FROM test_widgets WHERE owner_id = $1`, [owner.user.id]);
    await t.http.delete('/v2/user').set(owner.headers).expect(204);
    expect(await t.get(UsersService).findForSignIn(owner.user.username)).toBeNull();
    expectError(await t.http.get('/v2/user/me').set(owner.headers), 401);

    const superAdmin = await t.signInSuperAdmin();
    const last = await t.http.get('/v2/user/can_be_deleted').set(superAdmin.headers).expect(200);
    expect(last.body.reasons.map((r: { kind: string }) => r.kind)).toContain('last_super_admin');
  });

  it('sets and removes the partner flag for users of partner organizations', async () => {
    const partnerOrg = await t.createOrganization('Partner Land', { partner: true });
    const superAdmin = await t.signInSuperAdmin();
    const pUser = await t.createUser(partnerOrg, 'User');
    const set = await t.http.put(`/v2/users/${pUser.user.id}/partner`).set(superAdmin.headers).expect(200);
    expect(set.body.data.attributes.partner).toBe(true);
    const unset = await t.http.delete(`/v2/users/${pUser.user.id}/partner`).set(superAdmin.headers).expect(200);
    expect(unset.body.data.attributes.partner).toBe(false);

    const plain = await t.createUser(org, 'User');
    expectError(await t.http.put(`/v2/users/${plain.user.id}/partner`).set(admin.headers), 422);
    expectError(await t.http.put(`/v2/users/${pUser.user.id}/partner`).set(admin.headers), 404);
  });
});
