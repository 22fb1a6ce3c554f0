import fs from 'node:fs';
import { BuiltinEngine } from '../../src/modules/scan-engines/builtin/builtin.engine';
import { createPortList, createScan, createTarget, waitForScan } from '../scans/helpers';
import { lastSmsCode } from '../mfa/mfa-helpers';
import { expectError, TestApp, type SignedIn } from '../helpers/test-app';

const APP_ORIGIN = 'https://app.example.test';
const PORTAL = 'portal.hygiene.example';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Security headers, CORS, request ids and rate-limit headers: what a security product's own answers carry. */
describe('HTTP hygiene', () => {
  let t: TestApp;
  let admin: SignedIn;
  let baseUrl: string;

  beforeAll(async () => {
    t = await TestApp.start({
      TRUST_PROXY: 'true',
      CORS_ORIGINS: APP_ORIGIN,
      SIGNIN_MAX_IP_FAILURES: '3',
      SMS_MAX_PER_PHONE_PER_HOUR: '4',
      SMS_MAX_PER_IP_PER_HOUR: '100',
    });
    admin = await t.signInSuperAdmin();
    baseUrl = await t.listen();
  });
  afterAll(() => t.close());

  it('answers an authenticated GET with security headers and no-store, and HSTS only behind TLS', async () => {
    const res = await t.http.get('/v2/user/me').set(admin.headers).expect(200);
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'content-security-policy': expect.stringContaining("default-src 'none'"),
    });
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers.server).toBeUndefined();
    // Behind a TLS-terminating proxy (TRUST_PROXY + X-Forwarded-Proto: https).
    const tls = await t.http
      .get('/v2/user/me')
      .set({ ...admin.headers, 'x-forwarded-proto': 'https' })
      .expect(200);
    expect(tls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    // Answers carrying a token or a secret are not cached either.
    const signIn = await t.http
      .post('/auth/sign_in')
      .set(t.keyOnly)
      .send({ username: t.superAdmin.username, password: t.superAdmin.password })
      .expect(200);
    expect(signIn.headers['cache-control']).toBe('no-store');
  });

  it('echoes a sane X-Request-Id, makes one up otherwise, and names it in error envelopes', async () => {
    const given = await t.http.get('/health').set('x-request-id', 'client-abc.123').expect(200);
    expect(given.headers['x-request-id']).toBe('client-abc.123');
    const made = await t.http.get('/health').set('x-request-id', 'not a sane id!').expect(200);
    expect(made.headers['x-request-id']).toMatch(UUID);
    const err = await t.http.get('/v2/targets').set(t.keyOnly).set('x-request-id', 'req-42');
    expectError(err, 401);
    expect(err.body.request_id).toBe('req-42');
    expect(err.headers['x-request-id']).toBe('req-42');
  });

  describe('CORS', () => {
    const preflight = (origin: string, method = 'GET') =>
      t.http.options('/v2/user/me').set({
        origin,
        'access-control-request-method': method,
        'access-control-request-headers': 'x-api-key,authorization',
      });

    it('answers a preflight from an allowed origin, with the headers clients need', async () => {
      const res = await preflight(APP_ORIGIN).expect(204);
      expect(res.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
      expect(res.headers['access-control-allow-methods']).toContain('DELETE');
      expect(res.headers['access-control-allow-headers']).toEqual(expect.stringContaining('x-api-key'));
      expect(res.headers['access-control-allow-headers']).toEqual(expect.stringContaining('x-mfa-step-up-token'));
      expect(res.headers['access-control-max-age']).toBe('600');
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      expect(res.headers['x-request-id']).toMatch(UUID);
      const get = await t.http
        .get('/v2/user/me')
        .set({ ...admin.headers, origin: APP_ORIGIN })
        .expect(200);
      expect(get.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
      for (const h of [
        'X-Request-Id',
        'RateLimit-Remaining',
        'Retry-After',
        'X-CG-Report-SHA256',
        'Content-Disposition',
      ])
        expect(get.headers['access-control-expose-headers']).toContain(h);
      expect(get.headers.vary).toContain('Origin');
    });

    it('allows the portal domain of a whitelabel organization, refuses other origins', async () => {
      const partner = await t.createOrganization('Hygiene Partner', { partner: true });
      const partnerAdmin = await t.createUser(partner, 'Admin');
      await t.http
        .put('/v2/whitelabel/settings')
        .set(partnerAdmin.headers)
        .send({ whitelabel: { company_name: 'Hygiene Partner', portal_domain: PORTAL } })
        .expect(200);
      const res = await preflight(`https://${PORTAL}`, 'POST').expect(204);
      expect(res.headers['access-control-allow-origin']).toBe(`https://${PORTAL}`);
      for (const origin of ['https://evil.example', `http://${PORTAL}`, 'null']) {
        const refused = await preflight(origin);
        expect(refused.headers['access-control-allow-origin']).toBeUndefined();
        const get = await t.http
          .get('/v2/user/me')
          .set({ ...admin.headers, origin })
          .expect(200);
        expect(get.headers['access-control-allow-origin']).toBeUndefined();
      }
    });
  });

  describe('RateLimit-* headers (draft-ietf-httpapi-ratelimit-headers-06)', () => {
    it('on sign-in: failed attempts left for the address, then 429 with Retry-After', async () => {
      const attempt = () =>
        t.http
          .post('/auth/sign_in')
          .set({ ...t.keyOnly, 'x-forwarded-for': '203.0.113.77' })
          .send({ username: 'nobody-here', password: 'wrong password' });
      const first = await attempt().expect(401);
      expect(first.headers).toMatchObject({
        'ratelimit-limit': '3',
        'ratelimit-remaining': '2',
        'ratelimit-policy': '3;w=900',
      });
      expect(Number(first.headers['ratelimit-reset'])).toBeGreaterThan(0);
      expect(Number(first.headers['ratelimit-reset'])).toBeLessThanOrEqual(900);
      await attempt().expect(401);
      const last = await attempt().expect(401);
      expect(last.headers['ratelimit-remaining']).toBe('0');
      const refused = await attempt();
      expectError(refused, 429, 'too_many_requests');
      expect(refused.headers['ratelimit-remaining']).toBe('0');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['ratelimit-reset'])).toBe(Number(refused.headers['retry-after']));
    });

    it('on SMS sending: codes left this hour for the number', async () => {
      const user = await t.createUser(await t.createOrganization('Hygiene SMS'));
      const res = await t.http
        .put('/v2/user/mfa/enable?method=sms&phone_number=7400123499&country_code=%2B44')
        .set(user.headers)
        .expect(200);
      expect(res.headers).toMatchObject({
        'ratelimit-limit': '4',
        'ratelimit-remaining': '3',
        'ratelimit-policy': '4;w=3600',
      });
      expect(await lastSmsCode(t, '+447400123499')).toMatch(/^\d{6}$/);
    });

    it('on plan-limited routes: targets left, scans left this month', async () => {
      await t.http
        .post('/v2/products')
        .set(admin.headers)
        .send({ product: { code: 'pci', name: 'PCI' } })
        .expect(201);
      await t.http
        .post('/v2/plans')
        .set(admin.headers)
        .send({
          plan: {
            code: 'small',
            name: 'Small',
            product: 'pci',
            features: { number_of_targets: { limit: 2 }, scans_per_month: { limit: 5 } },
          },
        })
        .expect(201);
      const org = await t.createOrganization('Hygiene Limited');
      await t.http
        .post(`/v2/organizations/${org.id}/subscribe`)
        .set(admin.headers)
        .send({ subscription: { plan: 'small' } })
        .expect(201);
      const user = await t.createUser(org, 'Admin');
      const created = await t.http
        .post('/v2/targets')
        .set(user.headers)
        .send({ target: { name: 'one', hosts: ['127.0.0.1'] } })
        .expect(201);
      expect(created.headers).toMatchObject({ 'ratelimit-limit': '2', 'ratelimit-remaining': '1' });
      expect(created.headers['ratelimit-reset']).toBeUndefined();
      await createTarget(t, user.headers, ['127.0.0.2'], 'two');
      const over = await t.http
        .post('/v2/targets')
        .set(user.headers)
        .send({ target: { name: 'three', hosts: ['127.0.0.3'] } });
      expectError(over, 403, 'plan.limit_exceeded');
      expect(over.headers).toMatchObject({ 'ratelimit-limit': '2', 'ratelimit-remaining': '0' });

      const ports = await createPortList(t, user.headers, [Number(new URL(baseUrl).port)]);
      const scanId = await createScan(t, user.headers, { target_id: created.body.data.id, port_list_id: ports });
      const started = await t.http.post(`/v2/scans/${scanId}/start`).set(user.headers).expect(202);
      expect(started.headers).toMatchObject({ 'ratelimit-limit': '5', 'ratelimit-remaining': '4' });
      const now = new Date();
      const monthEnd = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
      expect(Number(started.headers['ratelimit-reset'])).toBeGreaterThan(0);
      expect(Number(started.headers['ratelimit-reset'])).toBeLessThanOrEqual(
        Math.ceil((monthEnd - now.getTime()) / 1000) + 5,
      );
      expect(started.headers['ratelimit-policy']).toMatch(/^5;w=\d+$/);
      await waitForScan(t, user.headers, scanId, ['completed', 'failed']);
    });
  });

  it('the builtin engine scanning the API itself reports nothing above informational', async () => {
    const port = Number(new URL(baseUrl).port);
    const result = await new BuiltinEngine().scan({
      hosts: ['127.0.0.1'],
      ports: [{ protocol: 'tcp', start: port, end: port }],
      options: { timeoutMs: 3000, concurrency: 4, checks: ['banner', 'tls', 'http', 'rules'] },
      signal: new AbortController().signal,
    });
    const [host] = result.hosts;
    expect(host.services.find((s) => s.port === port)).toMatchObject({ state: 'open', service: 'http' });
    const serious = host.findings.filter((f) => f.severity !== 'info');
    expect(serious.map((f) => `${f.checkId} (${f.severity}): ${f.evidence}`)).toEqual([]);
  });

  const chromium = '/usr/bin/chromium';
  (fs.existsSync(chromium) ? it : it.skip)(
    'keeps the offline Swagger UI working under its CSP (headless Chromium)',
    async () => {
      const { chromium: launcher } = await import('playwright-core');
      const browser = await launcher.launch({
        executablePath: chromium,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
      try {
        const page = await browser.newPage();
        const problems: string[] = [];
        page.on('console', (m) => {
          if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
        });
        page.on('pageerror', (e) => problems.push(e.message));
        await page.goto(`${baseUrl}/docs`, { waitUntil: 'networkidle' });
        await page.waitForSelector('.opblock', { timeout: 30_000 });
        await page.locator('.opblock-summary').first().click();
        await page.getByRole('button', { name: 'Try it out' }).first().click();
        await page.getByRole('button', { name: 'Execute' }).first().click();
        // The call went out and came back (a 401: no API key was entered): connect-src allows the API itself.
        const status = page.locator('.live-responses-table tbody .response-col_status').first();
        await status.waitFor({ timeout: 15_000 });
        expect((await status.textContent())?.trim()).toBe('401');
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
      }
    },
  );
});
