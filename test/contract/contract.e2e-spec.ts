import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { buildOpenApi } from '../../src/app.factory';
import { RouteAuthCheck } from '../../src/common/auth/route-auth.check';
import { TestApp } from '../helpers/test-app';

/**
 * Guardrails reviewed as changes: every route's access rule (a snapshot: a diff here is a permission change),
 * the committed OpenAPI document (clients build on it), and migrations matching the entities.
 */
describe('contract guardrails', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('declares an access rule on every route (snapshot of all of them)', () => {
    const routes = t.get(RouteAuthCheck).routes();
    expect(routes.filter((r) => !r.auth)).toEqual([]);
    const lines = routes.map(({ method, path: p, auth }) => {
      if (auth!.kind !== 'user') return `${method} ${p} -> ${auth!.kind}`;
      const flags = [
        auth!.role ? `role>=${auth!.role}` : 'any user',
        auth!.stepUp ? 'step-up' : '',
        auth!.forbidWhileImpersonating ? 'no-impersonation' : '',
        auth!.presentsCaller ? 'loads caller profile' : '',
        auth!.feature ? `feature ${auth!.feature}` : '',
      ];
      return `${method} ${p} -> ${flags.filter(Boolean).join(', ')}`;
    });
    expect(lines).toMatchSnapshot();
  });

  it('matches the committed openapi.json (run `npm run openapi` after changing routes or DTOs)', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'openapi.json'), 'utf8'));
    const generated = JSON.parse(JSON.stringify(buildOpenApi(t.app)));
    expect(generated).toEqual(committed);
  });

  it('has no entity change without a migration', async () => {
    const pending = await t.get(DataSource).driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});
