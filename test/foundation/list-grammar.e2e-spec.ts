import { expectError, TestApp } from '../helpers/test-app';

type Operation = {
  parameters?: { name: string; in: string }[];
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
};
type Schema = { type?: string; properties?: Record<string, Schema>; $ref?: string };

/**
 * Lists whose answer is not a paged collection, on purpose. Anything else that answers `{"data": [...]}` must take
 * the list grammar.
 */
const NOT_PAGED: Record<string, string> = {
  'GET /v2/user/preferences/notifications': 'one entry per notification event of the catalogue, not stored rows',
  'GET /v2/vulnerabilities/widgets/top': 'a top-N summary (`limit`), with the filters of the list',
};

describe('every list takes the one grammar (API.md "Filtering, sorting, paging")', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('documents page, per_page, sort_by and q[...] on every GET that answers a list', async () => {
    const doc = (await t.http.get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, Schema> };
    };
    const resolve = (s?: Schema) => (s?.$ref ? doc.components.schemas[s.$ref.split('/').pop()!] : s);
    const lists: string[] = [];
    const problems: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      const op = item.get;
      if (!op) continue;
      const schema = resolve(op.responses['200']?.content?.['application/json']?.schema);
      if (resolve(schema?.properties?.data)?.type !== 'array') continue;
      const name = `GET ${path}`;
      if (NOT_PAGED[name]) continue;
      lists.push(name);
      const params = new Set((op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name));
      for (const required of ['page', 'per_page', 'sort_by'])
        if (!params.has(required)) problems.push(`${name} does not take ${required}`);
      if (![...params].some((p) => p.startsWith('q['))) problems.push(`${name} has no q[...] filter`);
      if (!schema?.properties?.meta) problems.push(`${name} answers no meta`);
    }
    expect(problems).toEqual([]);
    expect(lists).toEqual(
      expect.arrayContaining([
        'GET /v2/user/active_plans',
        'GET /v2/user/products',
        'GET /v2/hosts/most_vulnerable',
        'GET /v2/api_keys',
      ]),
    );
  });

  it('refuses unknown columns on the filterable endpoints that answer one summary or file', async () => {
    const admin = await t.signInSuperAdmin();
    for (const path of [
      '/v2/vulnerabilities/widgets/total',
      '/v2/vulnerabilities/widgets/top',
      '/v2/vulnerabilities/widgets/pci_compliant',
      '/v2/organizations/export',
      '/v2/users/export',
    ]) {
      expectError(await t.http.get(`${path}?q[password_hash]=x`).set(admin.headers), 422, 'parameter_error');
      expectError(await t.http.get(`${path}?per_page=10`).set(admin.headers), 422, 'parameter_error');
    }
  });

  it('exports users with the filters of the users list', async () => {
    const admin = await t.signInSuperAdmin();
    const org = await t.createOrganization('Grammar Export Org');
    await t.createUser(org, 'User', 'grammar_alpha');
    await t.createUser(org, 'Admin', 'grammar_beta');
    const csv = await t.http
      .get(`/v2/users/export?q[username]=grammar_*&q[role]=Admin&q[organization_id]=${org.id}`)
      .set(admin.headers)
      .expect(200);
    expect(csv.text).toContain('grammar_beta');
    expect(csv.text).not.toContain('grammar_alpha');
    expect(csv.text).not.toContain(t.superAdmin.username + ',');
  });
});
