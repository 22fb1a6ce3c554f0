import { randomUUID } from 'node:crypto';
import { WebhookDeliveries } from '../../src/modules/webhooks/webhook-deliveries.service';
import { WEBHOOK_CATALOG } from '../../src/modules/webhooks/webhook-catalog';
import type { Organization } from '../../src/modules/organizations/organization.entity';
import { closedPort } from '../scan-engines/servers';
import { createPortList, createScan, createTarget, waitForScan } from '../scans/helpers';
import { eventually } from '../helpers/eventually';
import { waitForMail } from '../helpers/mail';
import { type SignedIn, TestApp } from '../helpers/test-app';
import { receiver } from './receiver';

jest.setTimeout(60_000);

const MAX_ATTEMPTS = 4;
// Short enough for the never-answering receiver's tries to end soon, long enough for a loaded CI machine's receiver
// to answer in time (300 ms gave spurious retries there).
const TIMEOUT_MS = 1500;

/**
 * Deliveries to real receivers on 127.0.0.1 (so WEBHOOK_ALLOW_PRIVATE and WEBHOOK_ALLOW_HTTP are on), with short
 * timeouts and retry delays: signatures, retries, timeouts, the delivery log, rotation, redelivery, auto-disable.
 */
describe('webhook deliveries', () => {
  let t: TestApp;
  let org: Organization;
  let admin: SignedIn;
  const closers: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    t = await TestApp.start({
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_ALLOW_HTTP: 'true',
      WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS),
      WEBHOOK_RETRY_BASE_MS: '20',
      WEBHOOK_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
      WEBHOOK_DISABLE_AFTER_FAILURES: '2',
    });
    org = await t.createOrganization('Acme');
    admin = await t.createUser(org, 'Admin');
  });
  afterAll(async () => {
    for (const close of closers) await close();
    await t?.close();
  });

  async function hook(events: string[], url: string, secret?: string) {
    const res = await t.http
      .post('/v2/webhooks')
      .set(admin.headers)
      .send({ webhook: { name: `hook ${randomUUID().slice(0, 8)}`, url, events, ...(secret ? { secret } : {}) } })
      .expect(201);
    return { id: res.body.data.id as string, secret: res.body.data.attributes.secret as string };
  }

  async function rx(statusFor?: (n: number, body: string) => number | 'hang', secrets: string[] = []) {
    const r = await receiver({ statusFor, secrets });
    closers.push(r.close);
    return r;
  }

  const delivery = async (webhookId: string, deliveryId: string) =>
    (await t.http.get(`/v2/webhooks/${webhookId}/deliveries/${deliveryId}`).set(admin.headers).expect(200)).body.data;

  const ping = async (webhookId: string) =>
    (await t.http.post(`/v2/webhooks/${webhookId}/ping`).set(admin.headers).expect(202)).body.delivery_id as string;

  it('a scan run: the receiver gets scan_started and scan_completed, signed with the secret', async () => {
    const r = await rx();
    const { id, secret } = await hook(['scan_started', 'scan_completed'], r.url);
    r.secrets.push(secret);
    const target = await createTarget(t, admin.headers, ['127.0.0.1']);
    const ports = await createPortList(t, admin.headers, [await closedPort()]);
    const scanId = await createScan(t, admin.headers, { name: 'Nightly', target_id: target, port_list_id: ports });
    const run = await t.http.post(`/v2/scans/${scanId}/start`).set(admin.headers).expect(202);
    await waitForScan(t, admin.headers, scanId, 'completed');
    await eventually(
      async () =>
        expect(r.received.map((x) => x.headers['x-cg-hook-event']).sort()).toEqual(['scan_completed', 'scan_started']),
      20_000,
    );
    for (const got of r.received) {
      expect(got.validSignature).toBe(true);
      expect(got.headers).toMatchObject({
        'content-type': 'application/json',
        'user-agent': expect.stringMatching(/^CloneGuard-Hook\/\d+\.\d+\.\d+/),
        'x-cg-hook-delivery': expect.stringMatching(/^[0-9a-f-]{36}$/),
        'x-cg-hook-timestamp': expect.stringMatching(/^\d{10}$/),
      });
      expect(got.headers['x-cg-hook-signature-previous']).toBeUndefined();
      expect(Math.abs(Number(got.headers['x-cg-hook-timestamp']) - Date.now() / 1000)).toBeLessThan(120);
    }
    const completed = JSON.parse(r.received.find((x) => x.headers['x-cg-hook-event'] === 'scan_completed')!.body);
    expect(completed).toEqual({
      id: expect.any(String),
      type: 'scan_completed',
      version: 1,
      occurred_at: expect.stringMatching(/Z$/),
      organization: { id: org.id, name: 'Acme' },
      data: {
        scan: expect.objectContaining({
          id: scanId,
          name: 'Nightly',
          run_id: run.body.data.id,
          target_id: target,
          trigger: 'manual',
          user_id: admin.user.id,
          counts: { total: 0, critical: 0, high: 0, medium: 0, low: 0, info: 0 },
          changes: { new: 0, fixed: 0, persisting: 0, reopened: 0 },
          pci: { status: 'pass', failing: 0 },
          finished_at: expect.any(String),
        }),
      },
    });
    // The delivery log shows both, succeeded at the first try.
    const log = await t.http.get(`/v2/webhooks/${id}/deliveries`).set(admin.headers).expect(200);
    expect(log.body.meta.total).toBe(2);
    for (const d of log.body.data)
      expect(d.attributes).toMatchObject({
        kind: 'event',
        status: 'succeeded',
        attempt_count: 1,
        response_status: 200,
      });
    const filtered = await t.http
      .get(`/v2/webhooks/${id}/deliveries`)
      .query({ 'q[event]': 'scan_started', sort_by: 'created_at:asc' })
      .set(admin.headers)
      .expect(200);
    expect(filtered.body.meta.total).toBe(1);
    expect(
      (await t.http.get(`/v2/webhooks/${id}/deliveries`).query({ 'q[body]': 'x' }).set(admin.headers)).status,
    ).toBe(422);
  });

  it('a failing receiver: every try is in the log, the same delivery id, and it finally gets the event', async () => {
    const r = await rx((n) => (n < MAX_ATTEMPTS ? 503 : 200));
    const { id, secret } = await hook(['*'], r.url);
    r.secrets.push(secret);
    const deliveryId = await ping(id);
    const shown = await eventually(async () => {
      const d = await delivery(id, deliveryId);
      expect(d.attributes.status).toBe('succeeded');
      return d;
    }, 20_000);
    expect(r.received).toHaveLength(MAX_ATTEMPTS);
    expect(new Set(r.received.map((x) => x.headers['x-cg-hook-delivery']))).toEqual(new Set([deliveryId]));
    expect(new Set(r.received.map((x) => x.body)).size).toBe(1);
    expect(r.received.every((x) => x.validSignature)).toBe(true);
    expect(shown.attributes).toMatchObject({
      event: 'ping',
      kind: 'ping',
      attempt_count: MAX_ATTEMPTS,
      response_status: 200,
    });
    expect(shown.attributes.payload).toMatchObject({ type: 'ping', data: { webhook: { id } } });
    const attempts = shown.attributes.attempts;
    expect(attempts.map((a: { number: number }) => a.number)).toEqual([1, 2, 3, 4]);
    expect(attempts.map((a: { response: { status: number } }) => a.response.status)).toEqual([503, 503, 503, 200]);
    expect(attempts[0]).toMatchObject({
      request: {
        url: r.url,
        headers: expect.objectContaining({ 'X-CG-Hook-Event': 'ping', 'X-CG-Hook-Delivery': deliveryId }),
        body: r.received[0].body,
      },
      response: { status: 503, headers: expect.objectContaining({ 'x-receiver': 'test' }), body: 'answer 503' },
      error: 'HTTP 503',
      duration_ms: expect.any(Number),
    });
    // The webhook's failure record is cleared by the success.
    const w = (await t.http.get(`/v2/webhooks/${id}`).set(admin.headers).expect(200)).body.data.attributes;
    expect(w).toMatchObject({ active: true, consecutive_failures: 0, failing_since: null });
  });

  it('a receiver that never answers: each try times out, the delivery fails after the last try', async () => {
    const r = await rx(() => 'hang');
    const { id } = await hook(['*'], r.url);
    const deliveryId = await ping(id);
    const shown = await eventually(async () => {
      const d = await delivery(id, deliveryId);
      expect(d.attributes.status).toBe('failed');
      return d;
    }, 30_000);
    expect(shown.attributes.attempt_count).toBe(MAX_ATTEMPTS);
    for (const a of shown.attributes.attempts) {
      expect(a.response).toBeNull();
      expect(a.error).toBe(`timeout after ${TIMEOUT_MS} ms`);
    }
    expect(r.received).toHaveLength(MAX_ATTEMPTS);
    const w = (await t.http.get(`/v2/webhooks/${id}`).set(admin.headers).expect(200)).body.data.attributes;
    expect(w.consecutive_failures).toBe(1);
    expect(w.failing_since).not.toBeNull();
  });

  it('a rotated secret: during the grace period the new and the old secret both verify', async () => {
    const r = await rx();
    const { id, secret: oldSecret } = await hook(['*'], r.url);
    const rotated = await t.http.post(`/v2/webhooks/${id}/rotate_secret`).set(admin.headers).expect(200);
    const newSecret: string = rotated.body.data.attributes.secret;
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(oldSecret);
    expect(Date.parse(rotated.body.data.attributes.previous_secret_expires_at)).toBeGreaterThan(
      Date.now() + 23 * 3600_000,
    );
    r.secrets.push(newSecret, oldSecret);
    await ping(id);
    await eventually(async () => expect(r.received).toHaveLength(1));
    expect(r.received[0]).toMatchObject({ validSignature: true, verifiedWith: 0, validPreviousSignature: true });
    // A receiver that only knows the old secret verifies the Previous header with it.
    const oldOnly = await rx(undefined, [oldSecret]);
    await t.http
      .put(`/v2/webhooks/${id}`)
      .set(admin.headers)
      .send({ webhook: { url: oldOnly.url } })
      .expect(200);
    await ping(id);
    await eventually(async () => expect(oldOnly.received).toHaveLength(1));
    expect(oldOnly.received[0]).toMatchObject({ validSignature: false, validPreviousSignature: true });
    // Once the grace period is over only the new secret signs.
    await t.dataSource.query(
      `UPDATE webhooks SET previous_secret_expires_at = now() - interval '1 second' WHERE id = $1`,
      [id],
    );
    await ping(id);
    await eventually(async () => expect(oldOnly.received).toHaveLength(2));
    expect(oldOnly.received[1].headers['x-cg-hook-signature-previous']).toBeUndefined();
    // A given secret on rotation is used as is.
    const given = await t.http
      .post(`/v2/webhooks/${id}/rotate_secret`)
      .set(admin.headers)
      .send({ webhook: { secret: 'rotated-by-hand-0123456789' } })
      .expect(200);
    expect(given.body.data.attributes.secret).toBe('rotated-by-hand-0123456789');
  });

  it('redeliver sends the same body as a new delivery; deactivated webhooks get no events', async () => {
    const r = await rx();
    const { id } = await hook(['*'], r.url);
    const first = await ping(id);
    await eventually(async () => expect(r.received).toHaveLength(1));
    const again = await t.http.post(`/v2/webhooks/${id}/deliveries/${first}/redeliver`).set(admin.headers).expect(202);
    await eventually(async () => expect(r.received).toHaveLength(2));
    expect(r.received[1].body).toBe(r.received[0].body);
    expect(r.received[1].headers['x-cg-hook-delivery']).toBe(again.body.delivery_id);
    expect((await delivery(id, again.body.delivery_id)).attributes).toMatchObject({
      kind: 'redelivery',
      redelivery_of: first,
    });

    await t.http.put(`/v2/webhooks/${id}/deactivate`).set(admin.headers).expect(200);
    const deliveries = t.get(WebhookDeliveries);
    const entry = WEBHOOK_CATALOG.find((e) => e.type === 'report_generated')!;
    const meta = {
      eventId: randomUUID(),
      name: 'report.generated',
      occurredAt: new Date().toISOString(),
      retryCount: 0,
    };
    await deliveries.fanOut(entry, { organizationId: org.id }, meta);
    const log = await t.http
      .get(`/v2/webhooks/${id}/deliveries`)
      .query({ 'q[event_id]': meta.eventId })
      .set(admin.headers)
      .expect(200);
    expect(log.body.meta.total).toBe(0);
  });

  it('fan-out is idempotent by (event, webhook): a redelivered domain event is delivered once', async () => {
    const r = await rx();
    const { id } = await hook(['report_generated'], r.url);
    const deliveries = t.get(WebhookDeliveries);
    const entry = WEBHOOK_CATALOG.find((e) => e.type === 'report_generated')!;
    const payload = {
      organizationId: org.id,
      reportId: randomUUID(),
      kind: 'executive',
      format: 'pdf',
      requestedBy: admin.user.id,
      advancedReportId: null,
      fileName: 'r.pdf',
      sha256: 'ab'.repeat(32),
      size: 10,
      generatedAt: new Date().toISOString(),
    };
    const meta = {
      eventId: randomUUID(),
      name: 'report.generated',
      occurredAt: new Date().toISOString(),
      retryCount: 0,
    };
    expect(await deliveries.fanOut(entry, payload, meta)).toBeGreaterThanOrEqual(1);
    expect(await deliveries.fanOut(entry, payload, { ...meta, retryCount: 1 })).toBe(0);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM webhook_deliveries WHERE event_id = $1 AND webhook_id = $2`,
      [meta.eventId, id],
    );
    expect(n).toBe(1);
    await eventually(async () => expect(r.received).toHaveLength(1));
    const body = JSON.parse(r.received[0].body);
    expect(body).toMatchObject({
      id: meta.eventId,
      type: 'report_generated',
      data: {
        report: {
          id: payload.reportId,
          kind: 'executive',
          format: 'pdf',
          sha256: payload.sha256,
          requested_by: admin.user.id,
        },
      },
    });
    const log = await t.http.get(`/v2/webhooks/${id}/deliveries`).set(admin.headers).expect(200);
    expect(log.body.meta.total).toBe(1);
  });

  it('a webhook that keeps failing is disabled, webhook.disabled is published and its owners are notified', async () => {
    const r = await rx(() => 500);
    const { id } = await hook(['*'], r.url);
    for (let i = 0; i < 2; i++) {
      const d = await ping(id);
      await eventually(async () => expect((await delivery(id, d)).attributes.status).toBe('failed'), 20_000);
    }
    const w = (await t.http.get(`/v2/webhooks/${id}`).set(admin.headers).expect(200)).body.data.attributes;
    expect(w).toMatchObject({
      active: false,
      consecutive_failures: 2,
      disabled_reason: expect.stringMatching(/2 deliveries/),
    });
    expect(w.disabled_at).not.toBeNull();
    const [event] = await t.dataSource.query(
      `SELECT payload FROM domain_events WHERE name = 'webhook.disabled' AND payload->>'webhookId' = $1`,
      [id],
    );
    expect(event.payload).toMatchObject({ organizationId: org.id, webhookId: id, createdByUserId: admin.user.id });
    // Through the notifications module: in-app and by email, as the owners' preferences say.
    await waitForMail(t.mailDir, admin.user.email, /^Webhook disabled: hook /);
    const told = await t.http
      .get('/v2/notifications')
      .query({ 'q[event]': 'webhook_disabled', 'q[resource_id]': id })
      .set(admin.headers)
      .expect(200);
    expect(told.body.data).toHaveLength(1);
    expect(told.body.data[0].attributes).toMatchObject({ resource_type: 'webhook', resource_id: id });
    // Activating clears the record.
    const on = await t.http.put(`/v2/webhooks/${id}/activate`).set(admin.headers).expect(200);
    expect(on.body.data.attributes).toMatchObject({
      active: true,
      consecutive_failures: 0,
      disabled_at: null,
      disabled_reason: null,
    });
  });
});
