import { TestApp, expectError } from '../helpers/test-app';

describe('smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('signs in and reads me', async () => {
    const admin = await t.signInSuperAdmin();
    const res = await t.http.get('/v2/user/me').set(admin.headers).expect(200);
    expect(res.body.data.attributes.username).toBe('admin');
    expectError(await t.http.get('/nope'), 404, 'not_found');
  });
});
