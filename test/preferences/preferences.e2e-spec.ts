import { NotificationPreferencesService } from '../../src/modules/preferences/notification-preferences.service';
import { TestApp, expectError } from '../helpers/test-app';

describe('notification preferences', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('lists every event with its default, and enables/disables per user', async () => {
    const org = await t.createOrganization('Prefs');
    const alice = await t.createUser(org);
    const bob = await t.createUser(org);
    const prefs = t.get(NotificationPreferencesService);

    const list = await t.http.get('/v2/user/preferences/notifications').set(alice.headers).expect(200);
    const byEvent = Object.fromEntries(
      list.body.data.map((p: { attributes: { event: string; enabled: boolean } }) => [
        p.attributes.event,
        p.attributes.enabled,
      ]),
    );
    expect(byEvent).toMatchObject({ scan_completed: true, scan_scheduled: false });

    const off = await t.http
      .put('/v2/user/preferences/notifications/scan_completed/disable')
      .set(alice.headers)
      .expect(200);
    expect(off.body.data.attributes).toMatchObject({
      event: 'scan_completed',
      enabled: false,
      enabled_by_default: true,
    });
    expect(await prefs.isEnabled(alice.user.id, 'scan_completed')).toBe(false);
    expect(await prefs.isEnabled(bob.user.id, 'scan_completed')).toBe(true);

    await t.http.put('/v2/user/preferences/notifications/scan_scheduled/enable').set(alice.headers).expect(200);
    expect(await prefs.isEnabled(alice.user.id, 'scan_scheduled')).toBe(true);
    await t.http.put('/v2/user/preferences/notifications/scan_completed/enable').set(alice.headers).expect(200);
    expect(await prefs.isEnabled(alice.user.id, 'scan_completed')).toBe(true);

    expectError(await t.http.put('/v2/user/preferences/notifications/coffee_ready/enable').set(alice.headers), 422);
    expectError(await t.http.get('/v2/user/preferences/notifications').set(t.keyOnly), 401);
  });
});
