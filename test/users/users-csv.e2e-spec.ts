import type { Organization } from '../../src/modules/organizations/organization.entity';
import { parseCsv } from '../../src/common/csv';
import { waitForMail } from '../helpers/mail';
import { TestApp, expectError, type SignedIn } from '../helpers/test-app';

describe('users CSV import and export', () => {
  let t: TestApp;
  let org: Organization;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrganization('Csv Org');
    admin = await t.createUser(org, 'Admin', 'csv_admin');
  });
  afterAll(() => t.close());

  const importCsv = (csv: string, who: SignedIn = admin) =>
    t.http
      .post('/v2/users/import')
      .set({ ...who.headers, 'content-type': 'text/csv' })
      .send(csv);
  const exportCsv = async (who: SignedIn = admin) => {
    const res = await t.http
      .get('/v2/users/export')
      .set(who.headers)
      .buffer(true)
      .parse((r, cb) => {
        let text = '';
        r.on('data', (c: Buffer) => (text += c.toString('utf8')));
        r.on('end', () => cb(null, text));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('users.csv');
    return res.body as string;
  };
  const userCount = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM users`))[0].n;

  it('imports a file, emails confirmations, and exports it back (round trip)', async () => {
    const csv = [
      'username,email,role,first_name,last_name,confirmed',
      'alice,alice@example.test,User,Alice,"Smith, Jr.",',
      'bob,bob@example.test,Admin,Bob,"O""Neil",true',
      'carol,carol@example.test,,=HYPERLINK("http://x"),Formula,false',
    ].join('\r\n');
    const res = await importCsv(csv).expect(201);
    expect(res.body.imported).toBe(3);
    expect(res.body.ids).toHaveLength(3);
    await waitForMail(t.mailDir, 'alice@example.test', /Confirm your account/);
    await waitForMail(t.mailDir, 'carol@example.test', /Confirm your account/);

    const text = await exportCsv();
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([
      'id',
      'username',
      'email',
      'role',
      'first_name',
      'last_name',
      'organization_id',
      'locale',
      'timezone',
      'verified',
      'blocked',
      'created_at',
    ]);
    const byName = Object.fromEntries(rows.map((r) => [r[1], r]));
    expect(Object.keys(byName).sort()).toEqual(['alice', 'bob', 'carol', 'csv_admin']);
    expect(byName.alice.slice(1, 7)).toEqual(['alice', 'alice@example.test', 'User', 'Alice', 'Smith, Jr.', org.id]);
    expect(byName.bob[5]).toBe('O"Neil');
    expect(byName.bob[9]).toBe('true');
    // Formula-looking cells are neutralised for spreadsheets.
    expect(byName.carol[4]).toBe(`'=HYPERLINK("http://x")`);

    // The exported file imports again (here into a fresh organization, after renaming the people).
    const other = await t.createOrganization('Csv Copy');
    const superAdmin = await t.signInSuperAdmin();
    const copy = text
      .replace(new RegExp(org.id, 'g'), other.id)
      .replace(/(^|\n)([^,]*),(alice|bob|carol|csv_admin),\3@example\.test/g, '$1$2,$3_copy,$3_copy@example.test');
    const again = await importCsv(copy, superAdmin).expect(201);
    expect(again.body.imported).toBe(4);
    const copied = await t.http
      .get('/v2/users')
      .query({ 'q[organization_id]': other.id, sort_by: 'username:asc' })
      .set(superAdmin.headers)
      .expect(200);
    const attrs = copied.body.data.map((u: { attributes: Record<string, unknown> }) => u.attributes);
    expect(attrs.map((a: { username: string }) => a.username)).toEqual([
      'alice_copy',
      'bob_copy',
      'carol_copy',
      'csv_admin_copy',
    ]);
    expect(attrs.find((a: { username: string }) => a.username === 'carol_copy')).toMatchObject({
      first_name: '=HYPERLINK("http://x")',
      verified: false,
    });
    expect(attrs.find((a: { username: string }) => a.username === 'alice_copy')).toMatchObject({
      last_name: 'Smith, Jr.',
    });
  });

  it('rejects a file with any bad row, naming the rows, and creates nothing', async () => {
    const before = await userCount();
    const csv = [
      'username,email,role',
      'dave,dave@example.test,User',
      'erin,not-an-email,User',
      'frank,frank@example.test,Emperor',
      'dave,dave2@example.test,User',
      'gina,alice@example.test,User',
      'hank,hank@example.test,Super Admin',
    ].join('\n');
    const res = await importCsv(csv);
    expectError(res, 422, 'parameter_error');
    const messages = res.body.errors.map((e: { message: string }) => e.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^row 3: .*email/),
        expect.stringMatching(/^row 4: .*role/),
        expect.stringMatching(/^row 5: username repeats row 2/),
        expect.stringMatching(/^row 7: role Super Admin is above your own/),
      ]),
    );
    expect(messages.some((m: string) => m.startsWith('row 2'))).toBe(false);
    expect(await userCount()).toBe(before);

    const taken = await importCsv('username,email\nzed,zed@example.test\ncsv_admin,new@example.test\n');
    expectError(taken, 422);
    expect(taken.body.errors[0].message).toBe('row 3: username is already taken');
    expect(await userCount()).toBe(before);

    expectError(await importCsv('username,email,password\nx1,x1@example.test,secret123\n'), 422);
    expectError(await importCsv('email\nx2@example.test\n'), 422);
    expectError(await importCsv('username,email\n"unterminated,x3@example.test\n'), 422);
    expectError(await importCsv('username,email\nx4,x4@example.test,extra\n'), 422);
    expectError(await importCsv(''), 422);
    const other = await t.createOrganization('Not for csv_admin');
    expectError(await importCsv(`username,email,organization_id\nx5,x5@example.test,${other.id}\n`), 422);
    expect(await userCount()).toBe(before);
  });

  it('exports only the organizations in scope and is for admins', async () => {
    const foreign = await t.createUser(await t.createOrganization('Elsewhere Csv'), 'User', 'csv_foreign');
    const text = await exportCsv();
    expect(text).not.toContain('csv_foreign');
    expectError(await t.http.get('/v2/users/export').set(foreign.headers), 403);
    expectError(await importCsv('username,email\nq,q@example.test\n', foreign), 403);
  });

  it('imports its own export again: existing users are skipped and reported per row, nothing changes', async () => {
    const superAdmin = await t.signInSuperAdmin();
    const text = await exportCsv(superAdmin);
    // The bootstrap admin's address is the one the installation made itself (<username>@localhost).
    expect(text).toMatch(/,admin@localhost,Super Admin,/);
    const before = await userCount();
    const res = await importCsv(text, superAdmin).expect(201);
    const rows = parseCsv(text).length - 1;
    expect(res.body).toMatchObject({ imported: 0, skipped: rows, ids: [] });
    expect(res.body.rows).toHaveLength(rows);
    for (const row of res.body.rows) expect(row).toMatchObject({ status: 'skipped', reason: 'exists', differs: [] });
    expect(res.body.rows[0].row).toBe(2);
    expect(await userCount()).toBe(before);

    // Edited rows are still skipped (an import never changes an existing user) and the answer says what differs;
    // new rows in the same file are created.
    const edited = text.replace(/^([^,\n]*),csv_admin,([^,]*),Admin,([^,]*),/m, '$1,csv_admin,$2,Admin,Renamed,');
    expect(edited).not.toBe(text);
    const mixed = await importCsv(
      `${edited.trimEnd()}\r\n,newcomer,newcomer@localhost,User,,,${org.id},,,,,\r\n`,
      superAdmin,
    ).expect(201);
    expect(mixed.body.imported).toBe(1);
    expect(mixed.body.rows.find((r: { username: string }) => r.username === 'csv_admin')).toMatchObject({
      status: 'skipped',
      differs: ['first_name'],
    });
    const created = mixed.body.rows.find((r: { username: string }) => r.username === 'newcomer');
    expect(created).toMatchObject({ status: 'created', id: mixed.body.ids[0], row: rows + 2 });
    const shown = await t.http.get(`/v2/users/${admin.user.id}`).set(superAdmin.headers).expect(200);
    expect(shown.body.data.attributes.first_name).not.toBe('Renamed');
  });

  it('accepts single-label mail domains like the installation’s own admin@localhost, everywhere alike', async () => {
    const res = await t.http
      .post('/v2/users')
      .set(admin.headers)
      .send({ user: { username: 'intranet', email: 'ops@mailhost' } })
      .expect(201);
    expect(res.body.data.attributes.email).toBe('ops@mailhost');
    expectError(
      await t.http
        .post('/v2/users')
        .set(admin.headers)
        .send({ user: { username: 'broken', email: 'not an email' } }),
      422,
    );
  });
});
