import type { Organization } from '../../src/modules/organizations/organization.entity';
import { expectError, TestApp, type SignedIn } from '../helpers/test-app';

/**
 * What a plan leaves out: a limit left out is unlimited, an explicit 0 allows none, a flag left out is off; and the
 * installation's own organization is never locked out by a plan.
 */
describe('omitted plan limits', () => {
  let t: TestApp;
  let superAdmin: SignedIn;

  const post = (path: string, body: Record<string, unknown>, who = superAdmin) =>
    t.http.post(path).set(who.headers).send(body);
  const createTarget = (who: SignedIn, name: string) =>
    post('/v2/targets', { target: { name, hosts: ['192.0.2.10'] } }, who);

  beforeAll(async () => {
    t = await TestApp.start();
    superAdmin = await t.signInSuperAdmin();
    await post('/v2/products', { product: { code: 'pci', name: 'PCI' } }).expect(201);
  });
  afterAll(() => t.close());

  it("the README's default plan (only number_of_ips and scans_per_month) lets an organization create targets", async () => {
    // As in README.md, "Organizations, plans, subscriptions".
    await post('/v2/plans', {
      plan: {
        code: 'pci-basic',
        name: 'PCI basic',
        product: 'pci',
        interval: 'monthly',
        price: '9.99',
        default: true,
        features: { number_of_ips: { limit: 100 }, scans_per_month: { limit: 20 } },
      },
    }).expect(201);
    const org = await post('/v2/organizations', { organization: { name: 'Shop', company_name: 'Shop Ltd' } }).expect(
      201,
    );
    const admin = await t.createUser({ id: org.body.data.id } as Organization, 'Admin');
    await createTarget(admin, 'Shop web').expect(201);
    const ent = await t.http
      .get(`/v2/organizations/${org.body.data.id}/entitlements`)
      .set(superAdmin.headers)
      .expect(200);
    expect(ent.body).toMatchObject({
      limits: { number_of_ips: 100, scans_per_month: 20, number_of_targets: null, concurrent_scans: null },
      flags: { advanced_reports: false, ai_assistant: false },
    });
  });

  it('an explicit limit of 0 allows none', async () => {
    await post('/v2/plans', {
      plan: { code: 'no-targets', name: 'No targets', product: 'pci', features: { number_of_targets: { limit: 0 } } },
    }).expect(201);
    const org = await t.createOrganization('Zero Org');
    await post(`/v2/organizations/${org.id}/subscribe`, { subscription: { plan: 'no-targets' } }).expect(201);
    const user = await t.createUser(org, 'User');
    const err = expectError(await createTarget(user, 'Refused'), 403, 'plan.limit_exceeded');
    expect(err.message).toContain('number_of_targets');
    expect((await t.http.get('/v2/targets').set(user.headers).expect(200)).body.meta.total).toBe(0);
  });

  it("never locks the installation's own organization out, whatever the default plan says", async () => {
    await t.http
      .put(`/v2/plans/${(await t.http.get('/v2/plans?q[code]=no-targets').set(superAdmin.headers)).body.data[0].id}`)
      .set(superAdmin.headers)
      .send({ plan: { default: true } })
      .expect(200);
    const ownOrg = superAdmin.user.organizationId;
    await createTarget(superAdmin, 'Admin network').expect(201);
    const ent = await t.http.get(`/v2/organizations/${ownOrg}/entitlements`).set(superAdmin.headers).expect(200);
    expect(ent.body).toMatchObject({
      limits: { number_of_ips: null, number_of_targets: null, scans_per_month: null, concurrent_scans: null },
      flags: { advanced_reports: true, ai_assistant: true },
    });
    // An organization without a subscription follows the (now zero) default plan.
    const plain = await t.createUser(await t.createOrganization('Default Zero Org'), 'User');
    expectError(await createTarget(plain, 'Refused'), 403, 'plan.limit_exceeded');
  });

  it('says so in the spec', async () => {
    const doc = (await t.http.get('/docs-json').expect(200)).body;
    const features = doc.components.schemas.CreatePlanDto.properties.features;
    expect(features.description).toMatch(/a limit left out is unlimited/i);
    expect(features.properties.number_of_targets.properties.limit).toMatchObject({ type: 'integer', nullable: true });
    expect(features.properties.advanced_reports.properties.enabled).toEqual({ type: 'boolean' });
    expect(features.additionalProperties).toBe(false);
  });
});
