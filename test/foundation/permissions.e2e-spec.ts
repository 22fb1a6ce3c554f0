import { Controller, Get, Module, Put } from '@nestjs/common';
import { Authenticated } from '../../src/common/auth/authenticated.decorator';
import { permissionRules } from '../../src/common/auth/permissions';
import { RouteAuthCheck } from '../../src/common/auth/route-auth.check';
import { TestApp } from '../helpers/test-app';

/** A resource of this test only, whose writes need a plan feature. */
@Controller('v2/test_gadgets')
class GadgetsController {
  @Get()
  @Authenticated()
  list() {
    return { data: [] };
  }

  @Put()
  @Authenticated({ role: 'Admin', feature: 'advanced_reports' })
  update() {
    return { ok: true };
  }
}
@Module({ controllers: [GadgetsController] })
class GadgetsModule {}

describe('GET /v2/user/permissions, derived from the routes', () => {
  let t: TestApp;
  let superAdmin: Awaited<ReturnType<TestApp['signInSuperAdmin']>>;
  beforeAll(async () => {
    t = await TestApp.start({}, { extraModules: [GadgetsModule] });
    superAdmin = await t.signInSuperAdmin();
    // A default plan without the feature: organizations get it unless they subscribe to another.
    await t.http
      .post('/v2/products')
      .set(superAdmin.headers)
      .send({ product: { code: 'pci', name: 'PCI' } })
      .expect(201);
    for (const [code, enabled, isDefault] of [
      ['basic', false, true],
      ['pro', true, false],
    ] as const)
      await t.http
        .post('/v2/plans')
        .set(superAdmin.headers)
        .send({
          plan: { code, name: code, product: 'pci', default: isDefault, features: { advanced_reports: { enabled } } },
        })
        .expect(201);
  });
  afterAll(() => t?.close());

  const permissionsOf = async (headers: Record<string, string>) =>
    (await t.http.get('/v2/user/permissions').set(headers).expect(200)).body.permissions as string[];

  it('says what the routes allow each role, and nothing else', async () => {
    const org = await t.createOrganization('Perms');
    const rules = permissionRules(t.get(RouteAuthCheck).routes());
    for (const role of ['User', 'Admin'] as const) {
      const user = await t.createUser(org, role);
      const expected = rules
        .filter((r) => !r.feature && (r.role === 'User' || (role === 'Admin' && r.role === 'Admin')))
        .map((r) => r.permission);
      expect(await permissionsOf(user.headers)).toEqual(expected);
    }
    // Port lists: any user manages its organization's own lists (built-in ones are read-only in the service).
    expect(rules.find((r) => r.permission === 'port_lists:write')?.role).toBe('User');
    expect(rules.find((r) => r.permission === 'api_keys:write')?.role).toBe('Super Admin');
    expect(rules.find((r) => r.permission === 'users:read')?.role).toBe('Admin');
  });

  it("grants a feature-gated permission only when the organization's plan has the feature", async () => {
    const org = await t.createOrganization('Gadgets');
    const admin = await t.createUser(org, 'Admin');
    expect(permissionRules(t.get(RouteAuthCheck).routes()).find((r) => r.permission === 'test_gadgets:write')).toEqual({
      permission: 'test_gadgets:write',
      role: 'Admin',
      feature: 'advanced_reports',
    });
    expect(await permissionsOf(admin.headers)).toContain('test_gadgets:read');
    expect(await permissionsOf(admin.headers)).not.toContain('test_gadgets:write');
    const denied = await t.http.put('/v2/test_gadgets').set(admin.headers);
    expect(denied.status).toBe(403);
    expect(denied.body.errors[0].type).toBe('plan.feature_not_available');

    await t.http
      .post(`/v2/organizations/${org.id}/subscribe`)
      .set(superAdmin.headers)
      .send({ subscription: { plan: 'pro' } })
      .expect(201);
    expect(await permissionsOf(admin.headers)).toContain('test_gadgets:write');
    await t.http.put('/v2/test_gadgets').set(admin.headers).expect(200);
  });
});
