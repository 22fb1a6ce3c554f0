import { example } from '../../clients/typescript/example';
import { createCgClient } from '../../clients/typescript';
import { DEFAULT_PASSWORD, TestApp } from '../helpers/test-app';

/** The generated client against the running API: it sends the API key and a credential, as the spec says. */
describe('TypeScript client (clients/typescript) against the API', () => {
  let t: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    t = await TestApp.start();
    baseUrl = await t.listen();
  });
  afterAll(() => t.close());

  it('signs in, reads the caller, creates a target and lists it', async () => {
    const org = await t.createOrganization('Client Org');
    const { user } = await t.createUser(org, 'Admin', 'client_user');
    const result = await example({ baseUrl, apiKey: t.apiKey }, user.username, DEFAULT_PASSWORD);
    expect(result.user).toEqual({ username: 'client_user', role: 'Admin' });
    expect(result.target.hostCount).toBe(5);
    expect(result.listed).toEqual(['Client example']);
    expect(result.total).toBe(1);
  });

  it('answers errors in the envelope, typed', async () => {
    const api = createCgClient({ baseUrl, apiKey: t.apiKey, credential: { bearer: 'not-a-token' } });
    const { data, error, response } = await api.GET('/v2/user/me');
    expect(data).toBeUndefined();
    expect(response.status).toBe(401);
    expect(error?.errors[0]).toMatchObject({ type: 'auth.invalid_token' });
    const keyOnly = createCgClient({ baseUrl, apiKey: 'wrong-key' });
    expect((await keyOnly.GET('/v2/targets')).response.status).toBe(401);
  });
});
