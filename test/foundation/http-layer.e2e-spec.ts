import { HttpException } from '@nestjs/common';
import { ErrorEnvelopeFilter } from '../../src/common/errors/error.filter';
import { TestApp, expectError } from '../helpers/test-app';

describe('common HTTP layer', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('answers an unknown route with 404 in the envelope', async () => {
    const err = expectError(await t.http.get('/v2/does-not-exist').set(t.keyOnly), 404, 'not_found');
    expect(err.message).toBe('Record Not Found');
    expectError(await t.http.post('/nothing/here'), 404);
  });

  it('answers malformed JSON and wrong content with 400 or 415 in the envelope', async () => {
    expectError(
      await t.http
        .post('/auth/sign_in')
        .set({ ...t.keyOnly, 'content-type': 'application/json' })
        .send('{"username":'),
      400,
      'bad_request',
    );
    const res = await t.http
      .post('/auth/sign_in')
      .set({ ...t.keyOnly, 'content-type': 'application/xml' })
      .send('<a/>');
    expect([415, 422]).toContain(res.status);
    expectError(res, res.status);
  });

  it('rejects a non-UUID id with 422 naming it', async () => {
    const admin = await t.signInSuperAdmin();
    const err = expectError(await t.http.get('/v2/audit/events/123').set(admin.headers), 422, 'parameter_error');
    expect(err.message).toBe('id must be a UUID');
  });

  it('never leaks internals in a 500', () => {
    const filter = new ErrorEnvelopeFilter();
    const described = filter.describe(
      new Error('connection to 10.0.0.5 failed: password authentication failed for user "cg"'),
    );
    expect(described.status).toBe(500);
    expect(described.entries).toEqual([{ type: 'internal_error', message: 'Internal Server Error' }]);
    expect(filter.describe(new HttpException('boom', 503)).entries[0].message).toBe('Internal Server Error');
  });

  it('serves the OpenAPI document with security schemes and schemas', async () => {
    const doc = (await t.http.get('/docs-json').expect(200)).body;
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual([
      'access-token',
      'api-key',
      'bearer',
      'mfa-step-up',
    ]);
    const me = doc.paths['/v2/user/me'];
    expect(me.get.security).toEqual(expect.arrayContaining([{ 'api-key': [], bearer: [] }]));
    expect(me.get.responses['200'].content['application/json'].schema.properties.data).toBeDefined();
    expect(me.put.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/UpdateMeBody');
    expect(doc.components.schemas.UpdateMeBody.properties.user.$ref).toBe('#/components/schemas/UpdateMeDto');
    expect(doc.components.schemas.UpdateMeBody.required).toEqual(['user']);
    expect(doc.paths['/auth/sign_in'].post.responses['429']).toBeDefined();
    expect(doc.paths['/v2/audit/events'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['page', 'per_page', 'sort_by', 'relative_date_range', 'q[action]']),
    );
  });
});
