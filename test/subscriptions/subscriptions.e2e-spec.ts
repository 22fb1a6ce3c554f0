import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Authenticated } from '../../src/common/auth/authenticated.decorator';
import { FeatureGuard } from '../../src/common/auth/feature.guard';
import { Entitlements } from '../../src/common/ports/entitlements';
import { SubscriptionExpiryTask } from '../../src/modules/subscriptions/subscription-expiry.task';
import { type SignedIn, TestApp, expectError } from '../helpers/test-app';

describe('plans, products and subscriptions', () => {
  let t: TestApp;
  let superAdmin: SignedIn;

  beforeAll(async () => {
    t = await TestApp.start();
    superAdmin = await t.signInSuperAdmin();
  });
  afterAll(() => t.close());

  const createProduct = (code: string) =>
    t.http
      .post('/v2/products')
      .set(superAdmin.headers)
      .send({ product: { code, name: `${code} product` } });
  const createPlan = (plan: Record<string, unknown>) => t.http.post('/v2/plans').set(superAdmin.headers).send({ plan });

  describe('catalogue', () => {
    it('lets a super admin define products and plans with features, and refuses bad input', async () => {
      const product = await createProduct('pci').expect(201);
      expect(product.body.data).toMatchObject({ type: 'product', attributes: { code: 'pci', name: 'pci product' } });

      const plan = await createPlan({
        code: 'pci-basic',
        name: 'PCI Basic',
        product: 'pci',
        price: '9.99',
        features: { number_of_ips: { limit: 16 }, advanced_reports: { enabled: false } },
      }).expect(201);
      expect(plan.body.data.attributes).toMatchObject({
        code: 'pci-basic',
        product: 'pci',
        open: false,
        default: false,
        interval: 'monthly',
        price: '9.99',
        features: { number_of_ips: { limit: 16 }, advanced_reports: { enabled: false } },
      });

      const bad = await createPlan({
        code: 'bad',
        name: 'Bad',
        product: 'pci',
        features: { number_of_ips: { limit: -1 }, teleport: { enabled: true } },
      });
      const messages =
        expectError(bad, 422, 'parameter_error') && bad.body.errors.map((e: { message: string }) => e.message);
      expect(messages).toEqual(
        expect.arrayContaining([
          expect.stringContaining('plan.features.number_of_ips.limit'),
          expect.stringContaining('plan.features.teleport'),
        ]),
      );
      expectError(await createPlan({ code: 'x', name: 'X', product: 'nope' }), 422);
      expectError(await createPlan({ code: 'pci-basic', name: 'Again', product: 'pci' }), 409);
      const list = await t.http.get('/v2/plans?q[code]=bad*').set(superAdmin.headers).expect(200);
      expect(list.body.meta.total).toBe(0);
    });

    it('keeps catalogue writes for super admins, reads for everyone', async () => {
      const org = await t.createOrganization('Reader');
      const admin = await t.createUser(org, 'Admin');
      expectError(
        await t.http
          .post('/v2/products')
          .set(admin.headers)
          .send({ product: { code: 'x', name: 'x' } }),
        403,
      );
      const plans = await t.http.get('/v2/plans').set(admin.headers).expect(200);
      expect(plans.body.data.map((p: { attributes: { code: string } }) => p.attributes.code)).toContain('pci-basic');
      expectError(await t.http.get('/v2/plans?q[nope]=1').set(admin.headers), 422);
    });

    it('refuses to delete a product with plans or a plan in use', async () => {
      const product = (await t.http.get('/v2/products?q[code]=pci').set(superAdmin.headers).expect(200)).body.data[0];
      expectError(await t.http.delete(`/v2/products/${product.id}`).set(superAdmin.headers), 409);
    });
  });

  describe('subscribing', () => {
    it('subscribes, enforces one active subscription per product, cancels, and shows history', async () => {
      const org = await t.createOrganization('Acme');
      const admin = await t.createUser(org, 'Admin');
      const sub = await t.http
        .post(`/v2/organizations/${org.id}/subscribe`)
        .set(superAdmin.headers)
        .send({ subscription: { plan: 'pci-basic', start_date: '2026-01-01T00:00:00Z' } })
        .expect(201);
      expect(sub.body.data.attributes).toMatchObject({
        plan: 'pci-basic',
        product: 'pci',
        status: 'active',
        interval: 'monthly',
        start_date: '2026-01-01T00:00:00.000Z',
        end_date: '2026-02-01T00:00:00.000Z',
        price: '9.99',
      });
      const again = await t.http
        .post(`/v2/organizations/${org.id}/subscribe`)
        .set(superAdmin.headers)
        .send({ subscription: { plan: 'pci-basic', interval: 'none' } });
      expectError(again, 409, 'subscription.product_already_active');

      // The January subscription has ended by now (it is in force only between its dates).
      const active = await t.http
        .get(`/v2/organizations/${org.id}/subscriptions/active`)
        .set(admin.headers)
        .expect(200);
      expect(active.body.data).toHaveLength(0);

      const canceled = await t.http
        .post(`/v2/organizations/${org.id}/unsubscribe`)
        .set(superAdmin.headers)
        .send({ subscription: { plan: 'pci-basic' } })
        .expect(200);
      expect(canceled.body.data.attributes.status).toBe('canceled');
      const open = await t.http
        .post(`/v2/organizations/${org.id}/subscribe`)
        .set(superAdmin.headers)
        .send({ subscription: { plan: 'pci-basic', interval: 'none', features: { number_of_ips: { limit: 3 } } } })
        .expect(201);
      expect(open.body.data.attributes).toMatchObject({ end_date: null, features: { number_of_ips: { limit: 3 } } });

      const history = await t.http.get('/v2/user/subscriptions_history').set(admin.headers).expect(200);
      expect(history.body.meta.total).toBe(2);
      expect(history.body.data.map((s: { attributes: { status: string } }) => s.attributes.status).sort()).toEqual([
        'active',
        'canceled',
      ]);
      const activePlans = await t.http.get('/v2/user/active_plans').set(admin.headers).expect(200);
      expect(activePlans.body.data.map((s: { id: string }) => s.id)).toEqual([open.body.data.id]);
      expect(activePlans.body.meta).toEqual({ page: 1, per_page: 25, total: 1, total_pages: 1 });
      // The same grammar as its sibling subscriptions_history: filters, sorting, paging, 422 for the unknown.
      const byPlan = await t.http.get('/v2/user/active_plans?q[status]=canceled').set(admin.headers).expect(200);
      expect(byPlan.body).toEqual({ data: [], meta: { page: 1, per_page: 25, total: 0, total_pages: 0 } });
      for (const bad of ['q[nope]=1', 'sort_by=nope:asc', 'per_page=101', 'page=0']) {
        expectError(await t.http.get(`/v2/user/active_plans?${bad}`).set(admin.headers), 422, 'parameter_error');
        expectError(
          await t.http.get(`/v2/user/subscriptions_history?${bad}`).set(admin.headers),
          422,
          'parameter_error',
        );
      }
    });

    it('lets only super admins and partners change subscriptions, and an Admin only self-service plans for itself', async () => {
      const org = await t.createOrganization('Self');
      const admin = await t.createUser(org, 'Admin');
      expectError(
        await t.http
          .post(`/v2/organizations/${org.id}/subscribe`)
          .set(admin.headers)
          .send({ subscription: { plan: 'pci-basic' } }),
        403,
      );
      expectError(
        await t.http
          .post('/v2/organizations/subscribe')
          .set(admin.headers)
          .send({ subscription: { plan: 'pci-basic' } }),
        403,
      );
      await createPlan({
        code: 'pci-trial',
        name: 'Trial',
        product: 'pci',
        self_service: true,
        features: { number_of_ips: { limit: 1 } },
      }).expect(201);
      const own = await t.http
        .post('/v2/organizations/subscribe')
        .set(admin.headers)
        .send({ subscription: { plan: 'pci-trial' } })
        .expect(201);
      expect(own.body.data.attributes.organization_id).toBe(org.id);
      expectError(
        await t.http
          .post('/v2/organizations/subscribe')
          .set(admin.headers)
          .send({ subscription: { plan: 'pci-trial', features: { number_of_ips: { limit: 99 } } } }),
        422,
      );
      const user = await t.createUser(org, 'User');
      expectError(await t.http.get(`/v2/organizations/${org.id}/subscriptions`).set(user.headers), 403);
    });

    it('updates status, end date, price and trial; assigns and revokes features', async () => {
      const org = await t.createOrganization('Upd');
      const sub = (
        await t.http
          .post(`/v2/organizations/${org.id}/subscribe`)
          .set(superAdmin.headers)
          .send({ subscription: { plan: 'pci-basic' } })
          .expect(201)
      ).body.data;
      const base = `/v2/organizations/${org.id}/subscriptions/${sub.id}`;
      const updated = await t.http
        .put(base)
        .set(superAdmin.headers)
        .send({ subscription: { price: '14.33', trial_enabled: true, end_date: '2031-01-01T00:00:00Z' } })
        .expect(200);
      expect(updated.body.data.attributes).toMatchObject({
        price: '14.33',
        trial_enabled: true,
        end_date: '2031-01-01T00:00:00.000Z',
      });
      const bad = await t.http
        .put(base)
        .set(superAdmin.headers)
        .send({ subscription: { status: 'paused', price: 'free' } });
      expectError(bad, 422);
      expect((await t.http.get(base).set(superAdmin.headers).expect(200)).body.data.attributes.price).toBe('14.33');

      const assigned = await t.http
        .post(`${base}/features`)
        .set(superAdmin.headers)
        .send({ subscription: { features: { advanced_reports: { enabled: true }, number_of_ips: { limit: 100 } } } })
        .expect(200);
      expect(assigned.body.data.attributes.features).toMatchObject({
        advanced_reports: { enabled: true },
        number_of_ips: { limit: 100 },
      });
      const ent = await t.http.get(`/v2/organizations/${org.id}/entitlements`).set(superAdmin.headers).expect(200);
      expect(ent.body).toMatchObject({
        limits: { number_of_ips: 100, number_of_targets: null },
        flags: { advanced_reports: true, ai_assistant: false },
      });

      const revoked = await t.http
        .delete(`${base}/features`)
        .set(superAdmin.headers)
        .send({ subscription: { features: ['number_of_ips'] } })
        .expect(200);
      expect(revoked.body.data.attributes.features.number_of_ips).toEqual({ limit: 16 });
      expect(revoked.body.data.attributes.assigned_features).toEqual({ advanced_reports: { enabled: true } });

      const other = await t.createOrganization('Other');
      expectError(
        await t.http.get(`/v2/organizations/${other.id}/subscriptions/${sub.id}`).set(superAdmin.headers),
        404,
      );
    });
  });

  describe('user products', () => {
    it('lists products and switches the active product to one the organization subscribes to', async () => {
      await createProduct('dast').expect(201);
      const org = await t.createOrganization('Products');
      const user = await t.createUser(org, 'User');
      await t.http
        .post(`/v2/organizations/${org.id}/subscribe`)
        .set(superAdmin.headers)
        .send({ subscription: { plan: 'pci-basic' } })
        .expect(201);

      const before = await t.http.get('/v2/user/products').set(user.headers).expect(200);
      expect(before.body.meta).toMatchObject({ page: 1, per_page: 25, total: 2 });
      expect(before.body.data.map((p: { type: string; attributes: unknown }) => p.type)).toEqual([
        'product',
        'product',
      ]);
      expect(before.body.data.map((p: { attributes: unknown }) => p.attributes)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ code: 'pci', subscribed: true, active: false }),
          expect.objectContaining({ code: 'dast', subscribed: false, active: false }),
        ]),
      );
      // The list grammar: filters (also on `subscribed`), sorting, paging; unknown columns are a 422.
      const subscribed = await t.http.get('/v2/user/products?q[subscribed]=true').set(user.headers).expect(200);
      expect(subscribed.body.data.map((p: { attributes: { code: string } }) => p.attributes.code)).toEqual(['pci']);
      const sorted = await t.http.get('/v2/user/products?sort_by=code:desc&per_page=1').set(user.headers).expect(200);
      expect(sorted.body.data[0].attributes.code).toBe('pci');
      expect(sorted.body.meta).toMatchObject({ per_page: 1, total: 2, total_pages: 2 });
      expectError(await t.http.get('/v2/user/products?q[nope]=1').set(user.headers), 422, 'parameter_error');
      expectError(await t.http.get('/v2/user/products?per_page=101').set(user.headers), 422, 'parameter_error');
      const after = await t.http.put('/v2/user/product?product=pci').set(user.headers).expect(200);
      expect(after.body.data).toMatchObject({ type: 'product', attributes: { code: 'pci', active: true } });
      expect((await t.http.get('/v2/user/me').set(user.headers).expect(200)).body.data.attributes.active_product).toBe(
        'pci',
      );
      expectError(await t.http.put('/v2/user/product?product=dast').set(user.headers), 422);
      expectError(await t.http.put('/v2/user/product?product=nope').set(user.headers), 422);
      expectError(await t.http.put('/v2/user/product').set(user.headers), 422);
      expect((await t.http.get('/v2/user/me').set(user.headers).expect(200)).body.data.attributes.active_product).toBe(
        'pci',
      );
    });
  });

  describe('entitlements', () => {
    it('enforces limits with a 403 naming the limit, and follows the default plan', async () => {
      const entitlements = t.app.get(Entitlements);
      const org = await t.createOrganization('Limited');
      // No default plan yet and no subscription: the installation does not restrict.
      expect(await entitlements.limit(org.id, 'number_of_targets')).toBeNull();

      await createPlan({
        code: 'free',
        name: 'Free',
        product: 'pci',
        default: true,
        features: { number_of_targets: { limit: 2 } },
      }).expect(201);
      expect(await entitlements.limit(org.id, 'number_of_targets')).toBe(2);
      expect(await entitlements.enabled(org.id, 'ai_assistant')).toBe(false);
      await expect(entitlements.assertWithin(org.id, 'number_of_targets', 1, 1)).resolves.toBeUndefined();
      await expect(entitlements.assertWithin(org.id, 'number_of_targets', 2, 1)).rejects.toMatchObject({
        entries: [{ type: 'plan.limit_exceeded', message: expect.stringContaining('number_of_targets') }],
      });

      const me = await t.createUser(org, 'User');
      const plan = await t.http.get('/v2/user/me?current_plan=true&products=true').set(me.headers).expect(200);
      expect(plan.body.data.attributes.current_plan).toBeNull();
      expect(plan.body.data.attributes.products).toEqual(
        expect.arrayContaining([expect.objectContaining({ code: 'pci', subscribed: false })]),
      );
    });

    it('@Authenticated({ feature }) answers 403 unless the plan turns the feature on', async () => {
      class Routes {
        @Authenticated({ feature: 'advanced_reports' })
        report() {}
      }
      const org = await t.createOrganization('Flags');
      const guard = new FeatureGuard(new Reflector(), t.app.get(Entitlements));
      const context = {
        getHandler: () => Routes.prototype.report,
        getClass: () => Routes,
        switchToHttp: () => ({ getRequest: () => ({ auth: { user: { organizationId: org.id } } }) }),
      } as unknown as ExecutionContext;
      // The default plan ('free') does not include advanced reports.
      await expect(guard.canActivate(context)).rejects.toMatchObject({
        entries: [{ type: 'plan.feature_not_available', message: expect.stringContaining('advanced_reports') }],
      });
      await t.http
        .post(`/v2/organizations/${org.id}/subscribe`)
        .set(superAdmin.headers)
        .send({ subscription: { plan: 'pci-basic', features: { advanced_reports: { enabled: true } } } })
        .expect(201);
      await expect(guard.canActivate(context)).resolves.toBe(true);
    });

    it('ends subscriptions at their end date (expiry task)', async () => {
      const org = await t.createOrganization('Expiring');
      const admin = await t.createUser(org, 'Admin');
      const sub = (
        await t.http
          .post(`/v2/organizations/${org.id}/subscribe`)
          .set(superAdmin.headers)
          .send({
            subscription: {
              plan: 'pci-basic',
              interval: 'none',
              start_date: '2020-01-01T00:00:00Z',
              features: { number_of_targets: { limit: 50 } },
            },
          })
          .expect(201)
      ).body.data;
      expect(await t.app.get(Entitlements).limit(org.id, 'number_of_targets')).toBe(50);
      const base = `/v2/organizations/${org.id}/subscriptions/${sub.id}`;
      await t.http
        .put(base)
        .set(superAdmin.headers)
        .send({ subscription: { end_date: '2020-06-01T00:00:00Z' } })
        .expect(200);
      // Ended subscriptions stop counting at once, before the task marks them.
      expect(await t.app.get(Entitlements).limit(org.id, 'number_of_targets')).toBe(2);

      expect(await t.get(SubscriptionExpiryTask).run()).toBeGreaterThanOrEqual(1);
      expect((await t.http.get(base).set(admin.headers).expect(200)).body.data.attributes.status).toBe('inactive');
      const reactivate = await t.http
        .put(base)
        .set(superAdmin.headers)
        .send({ subscription: { status: 'active' } });
      expect(expectError(reactivate, 422).message).toContain('end_date');
      // Back on the default plan.
      expect(await t.app.get(Entitlements).limit(org.id, 'number_of_targets')).toBe(2);
    });
  });
});
