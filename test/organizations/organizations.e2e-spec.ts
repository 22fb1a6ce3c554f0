import { Entitlements } from '../../src/common/ports/entitlements';
import { UsersService } from '../../src/modules/users/users.service';
import { waitForMail } from '../helpers/mail';
import { DEFAULT_PASSWORD, type SignedIn, TestApp, expectError } from '../helpers/test-app';

describe('organizations and partners', () => {
  let t: TestApp;
  let superAdmin: SignedIn;

  beforeAll(async () => {
    t = await TestApp.start();
    superAdmin = await t.signInSuperAdmin();
    await t.http
      .post('/v2/products')
      .set(superAdmin.headers)
      .send({ product: { code: 'pci', name: 'PCI' } })
      .expect(201);
    await t.http
      .post('/v2/plans')
      .set(superAdmin.headers)
      .send({ plan: { code: 'pci-open', name: 'PCI open', product: 'pci', open: true, interval: 'none' } })
      .expect(201);
    await t.http
      .post('/v2/plans')
      .set(superAdmin.headers)
      .send({
        plan: {
          code: 'reseller',
          name: 'Reseller',
          product: 'pci',
          interval: 'none',
          features: { number_of_ips: { limit: 10 }, number_of_targets: { limit: 20 } },
        },
      })
      .expect(201);
  });
  afterAll(() => t.close());

  /** A partner organization on the reseller plan (10 IPs to hand out) with an Admin. */
  async function partner(name: string) {
    const res = await t.http
      .post('/v2/organizations')
      .set(superAdmin.headers)
      .send({
        organization: {
          name,
          company_name: `${name} Ltd`,
          partner: true,
          skip_default_subscription: true,
          plans: [{ plan: 'reseller' }],
        },
      })
      .expect(201);
    const org = { id: res.body.data.id as string };
    const admin = await t.createUser(org as never, 'Admin');
    return { org, admin };
  }

  const customer = (admin: SignedIn, name: string, users: Record<string, unknown>[], ips = 2) =>
    t.http
      .post('/v2/users/customer')
      .set(admin.headers)
      .send({
        customer: {
          organization: { name, company_name: `${name} GmbH`, email: 'it@example.test' },
          // A limit left out would be unlimited, which no finite partner limit holds: the customer gets its share of both.
          subscription: {
            plan: 'pci-open',
            features: { number_of_ips: { limit: ips }, number_of_targets: { limit: 2 } },
          },
          users,
        },
      });

  it('onboards a customer in one call: organization, subscription and users', async () => {
    const { org, admin } = await partner('Partner One');
    const res = await customer(admin, 'Customer A', [
      {
        username: 'cust_a_admin',
        email: 'a.admin@example.test',
        password: DEFAULT_PASSWORD,
        role: 'Admin',
        confirmed: true,
      },
      { username: 'cust_a_user', email: 'a.user@example.test', password: DEFAULT_PASSWORD },
    ]).expect(201);
    const customerId = res.body.data.attributes.organization_id;
    expect(res.body.data.attributes.user_ids).toHaveLength(2);
    expect(res.body.data.attributes.subscription_ids).toHaveLength(1);

    // The partner sees and manages it; the customer's Admin works inside it with its limits.
    const shown = await t.http.get(`/v2/organizations/${customerId}`).set(admin.headers).expect(200);
    expect(shown.body.data.attributes).toMatchObject({ name: 'Customer A', parent_id: org.id, partner: false });
    expect(shown.body.data.attributes.members.map((m: { username: string }) => m.username).sort()).toEqual([
      'cust_a_admin',
      'cust_a_user',
    ]);
    const token = await t.signIn('cust_a_admin', DEFAULT_PASSWORD);
    const headers = { ...t.keyOnly, authorization: `Bearer ${token}` };
    const active = await t.http.get('/v2/user/active_plans').set(headers).expect(200);
    expect(active.body.data[0].attributes).toMatchObject({
      plan: 'pci-open',
      features: { number_of_ips: { limit: 2 } },
    });
    expect(await t.app.get(Entitlements).limit(customerId, 'number_of_ips')).toBe(2);
    // The unconfirmed user gets a confirmation link; the confirmed one does not need it.
    const mail = await waitForMail(t.mailDir, 'a.user@example.test', /Confirm your account/);
    expect(mail.text).toContain('confirmation_token=');
    const me = await t.http.get('/v2/user/me?current_plan=true').set(headers).expect(200);
    expect(me.body.data.attributes.current_plan).toMatchObject({
      plan: 'pci-open',
      features: { number_of_ips: { limit: 2 } },
    });
  });

  it('rolls the whole customer back when one user is bad', async () => {
    const { admin } = await partner('Partner Two');
    const before = (await t.http.get('/v2/organizations').set(admin.headers).expect(200)).body.meta.total;
    const res = await customer(admin, 'Customer Broken', [
      { username: 'broken_ok', email: 'ok@example.test', password: DEFAULT_PASSWORD },
      { username: 'cust_a_admin', email: 'dup@example.test', password: DEFAULT_PASSWORD }, // taken above
    ]);
    expectError(res, 409);
    expect((await t.http.get('/v2/organizations').set(admin.headers).expect(200)).body.meta.total).toBe(before);
    expect(await t.get(UsersService).findForSignIn('broken_ok')).toBeNull();
    const all = await t.http.get('/v2/organizations?q[name]=Customer Broken').set(superAdmin.headers).expect(200);
    expect(all.body.meta.total).toBe(0);

    expectError(
      await customer(admin, 'Customer Weak', [{ username: 'weak_pw', email: 'weak@example.test', password: 'short' }]),
      422,
    );
    expect(await t.get(UsersService).findForSignIn('weak_pw')).toBeNull();
    expectError(await customer(admin, 'No users', []), 422);
  });

  it('keeps what a partner hands out within its own plan limits', async () => {
    const { admin } = await partner('Partner Three');
    await customer(admin, 'C3-1', [{ username: 'c31', email: 'c31@example.test' }], 6).expect(201);
    const over = await customer(admin, 'C3-2', [{ username: 'c32', email: 'c32@example.test' }], 5);
    expect(expectError(over, 403, 'plan.limit_exceeded').message).toContain('number_of_ips');
    expect(await t.get(UsersService).findForSignIn('c32')).toBeNull();
    await customer(admin, 'C3-2', [{ username: 'c32', email: 'c32@example.test' }], 4).expect(201);
  });

  it("never lets a partner see or touch another partner's customers", async () => {
    const p1 = await partner('Iso One');
    const p2 = await partner('Iso Two');
    const c1 = (await customer(p1.admin, 'Iso C1', [{ username: 'iso_c1', email: 'iso_c1@example.test' }]).expect(201))
      .body.data.attributes;
    const c2 = (await customer(p2.admin, 'Iso C2', [{ username: 'iso_c2', email: 'iso_c2@example.test' }]).expect(201))
      .body.data.attributes;

    const list = await t.http.get('/v2/organizations').set(p1.admin.headers).expect(200);
    const ids = list.body.data.map((o: { id: string }) => o.id);
    expect(ids).toEqual(expect.arrayContaining([p1.org.id, c1.organization_id]));
    expect(ids).not.toContain(c2.organization_id);
    expect(ids).not.toContain(p2.org.id);

    const other = c2.organization_id;
    expectError(await t.http.get(`/v2/organizations/${other}`).set(p1.admin.headers), 404);
    expectError(
      await t.http
        .put(`/v2/organizations/${other}`)
        .set(p1.admin.headers)
        .send({ organization: { name: 'x', company_name: 'y' } }),
      404,
    );
    expectError(await t.http.delete(`/v2/organizations/${other}`).set(p1.admin.headers), 404);
    expectError(await t.http.get(`/v2/organizations/${other}/subscriptions`).set(p1.admin.headers), 404);
    expectError(
      await t.http.get(`/v2/organizations/${other}/subscriptions/${c2.subscription_ids[0]}`).set(p1.admin.headers),
      404,
    );
    expectError(
      await t.http
        .post(`/v2/organizations/${other}/subscribe`)
        .set(p1.admin.headers)
        .send({ subscription: { plan: 'pci-open' } }),
      404,
    );
    expectError(
      await t.http
        .put(`/v2/organizations/move?user_id=${c2.user_ids[0]}&organization_id=${c1.organization_id}`)
        .set(p1.admin.headers),
      404,
    );

    const dependents = await t.http
      .get(`/v2/organizations/${p1.org.id}/dependent_subscriptions`)
      .set(p1.admin.headers)
      .expect(200);
    expect(
      dependents.body.data.map((s: { attributes: { organization_id: string } }) => s.attributes.organization_id),
    ).toEqual([c1.organization_id]);
    expectError(await t.http.get(`/v2/organizations/${p2.org.id}/dependent_subscriptions`).set(p1.admin.headers), 404);

    const csv = await t.http.get('/v2/organizations/export').set(p1.admin.headers).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text).toContain('Iso C1');
    expect(csv.text).not.toContain('Iso C2');

    // A partner cannot raise its own limits.
    const own = (await t.http.get(`/v2/organizations/${p1.org.id}/subscriptions`).set(p1.admin.headers).expect(200))
      .body.data[0];
    expectError(
      await t.http
        .post(`/v2/organizations/${p1.org.id}/subscriptions/${own.id}/features`)
        .set(p1.admin.headers)
        .send({ subscription: { features: { number_of_ips: { limit: 1000 } } } }),
      403,
    );
  });

  it('creates, updates, moves users and deletes organizations with the right rules', async () => {
    const { org, admin } = await partner('Partner CRUD');
    const plain = await t.createOrganization('Plain');
    const plainAdmin = await t.createUser(plain, 'Admin');
    expectError(
      await t.http
        .post('/v2/organizations')
        .set(plainAdmin.headers)
        .send({ organization: { name: 'n', company_name: 'c' } }),
      403,
    );
    expectError(
      await t.http
        .post('/v2/organizations')
        .set(admin.headers)
        .send({ organization: { name: '', company_name: 'c', bogus: 1 } }),
      422,
    );
    expectError(
      await t.http
        .post('/v2/organizations')
        .set(admin.headers)
        .send({ organization: { name: 'n', company_name: 'c', partner: true } }),
      403,
    );

    const noPlans = await t.http
      .post('/v2/organizations')
      .set(superAdmin.headers)
      .send({ organization: { name: 'Planless', company_name: 'P', skip_default_subscription: true } });
    expect(expectError(noPlans, 422).message).toContain('organization.plans');
    expect(
      (await t.http.get('/v2/organizations?q[name]=Planless').set(superAdmin.headers).expect(200)).body.meta.total,
    ).toBe(0);

    const created = await t.http
      .post('/v2/organizations')
      .set(admin.headers)
      .send({ organization: { name: 'Child', company_name: 'Child Co', website: 'https://child.example' } })
      .expect(201);
    const childId = created.body.data.id;
    expect(created.body.data.attributes).toMatchObject({
      parent_id: org.id,
      details: { website: 'https://child.example' },
    });

    const updated = await t.http
      .put(`/v2/organizations/${childId}`)
      .set(admin.headers)
      .send({ organization: { name: 'Child 2', company_name: 'Child Co', email: 'it@child.example' } })
      .expect(200);
    expect(updated.body.data.attributes).toMatchObject({ name: 'Child 2', details: { email: 'it@child.example' } });
    expectError(
      await t.http
        .put(`/v2/organizations/${childId}`)
        .set(admin.headers)
        .send({ organization: { name: 'n', company_name: 'c', email: 'nope' } }),
      422,
    );
    expect(
      (await t.http.get(`/v2/organizations/${childId}`).set(admin.headers).expect(200)).body.data.attributes.name,
    ).toBe('Child 2');

    const worker = await t.createUser(org as never, 'User');
    const moved = await t.http
      .put(`/v2/organizations/move?user_id=${worker.user.id}&organization_id=${childId}`)
      .set(admin.headers)
      .expect(200);
    expect(moved.body.data.attributes.members.map((m: { id: string }) => m.id)).toContain(worker.user.id);
    expectError(
      await t.http.put(`/v2/organizations/move?user_id=nope&organization_id=${childId}`).set(admin.headers),
      422,
    );

    expectError(await t.http.delete(`/v2/organizations/${childId}`).set(admin.headers), 409);
    await t.http
      .put(`/v2/organizations/move?user_id=${worker.user.id}&organization_id=${org.id}`)
      .set(admin.headers)
      .expect(200);
    expectError(await t.http.delete(`/v2/organizations/${org.id}`).set(admin.headers), 403);
    await t.http.delete(`/v2/organizations/${childId}`).set(admin.headers).expect(204);
    expectError(await t.http.get(`/v2/organizations/${childId}`).set(admin.headers), 404);

    // A User never manages organizations.
    expectError(await t.http.get('/v2/organizations').set(worker.headers), 403);
  });

  it('exports CSV without spreadsheet formulas', async () => {
    await t.createOrganization('=HYPERLINK("http://evil")');
    const csv = await t.http.get('/v2/organizations/export').set(superAdmin.headers).expect(200);
    expect(csv.headers['content-disposition']).toContain('organizations.csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,name,company_name,partner,parent_id/);
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('exports with the filters of the list; unknown columns and paging are refused', async () => {
    await t.createOrganization('Export Alpha');
    await t.createOrganization('Export Beta');
    const csv = await t.http.get('/v2/organizations/export?q[name]=Export*').set(superAdmin.headers).expect(200);
    const names = csv.text
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[1]);
    expect(names.sort()).toEqual(['Export Alpha', 'Export Beta']);
    const searched = await t.http.get('/v2/organizations/export?q=alpha').set(superAdmin.headers).expect(200);
    expect(searched.text.trim().split('\r\n')).toHaveLength(2);
    for (const bad of ['q[nope]=1', 'page=2', 'sort_by=name:asc', 'q[partner]=maybe']) {
      expectError(await t.http.get(`/v2/organizations/export?${bad}`).set(superAdmin.headers), 422, 'parameter_error');
    }
  });
});
