import { MailService } from '../../src/modules/mail/mail.service';
import { WhitelabelService } from '../../src/modules/whitelabel/whitelabel.service';
import { waitForMail } from '../helpers/mail';
import { type SignedIn, TestApp, expectError } from '../helpers/test-app';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);
const SVG = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
);

describe('whitelabel', () => {
  let t: TestApp;
  let superAdmin: SignedIn;
  let partnerAdmin: SignedIn;
  let partnerId: string;
  let customerId: string;
  let customerAdmin: SignedIn;

  beforeAll(async () => {
    t = await TestApp.start();
    superAdmin = await t.signInSuperAdmin();
    const partner = await t.createOrganization('Brand Partner', { partner: true });
    partnerId = partner.id;
    partnerAdmin = await t.createUser(partner, 'Admin');
    const customer = await t.createOrganization('Brand Customer', { parentId: partner.id });
    customerId = customer.id;
    customerAdmin = await t.createUser(customer, 'Admin');
  });
  afterAll(() => t.close());

  const put = (who: SignedIn, whitelabel: Record<string, unknown>, query = '') =>
    t.http.put(`/v2/whitelabel/settings${query}`).set(who.headers).send({ whitelabel });

  it("stores a partner's branding, serves it publicly by domain and lets customers inherit it", async () => {
    const res = await put(partnerAdmin, {
      company_name: 'Partner Security',
      logo_base64: PNG.toString('base64'),
      primary_color: '#0a84ff',
      support_email: 'Help@Partner.example',
      portal_domain: 'Portal.Partner.example',
    }).expect(200);
    expect(res.body.data.attributes).toMatchObject({
      organization_id: partnerId,
      company_name: 'Partner Security',
      primary_color: '#0A84FF',
      support_email: 'help@partner.example',
      portal_domain: 'portal.partner.example',
      logo: `data:image/png;base64,${PNG.toString('base64')}`,
      inherited: false,
    });

    const pub = await t.http.get('/v2/whitelabel?domain=portal.partner.example').set(t.keyOnly).expect(200);
    expect(pub.body.data.attributes).toMatchObject({ company_name: 'Partner Security', primary_color: '#0A84FF' });
    expectError(await t.http.get('/v2/whitelabel?domain=portal.partner.example'), 401);
    expectError(await t.http.get('/v2/whitelabel?domain=unknown.example').set(t.keyOnly), 404);
    expectError(await t.http.get('/v2/whitelabel?domain=not a domain').set(t.keyOnly), 422);

    await put(customerAdmin, { primary_color: '#112233' }).expect(200);
    const mine = await t.http.get('/v2/whitelabel/settings').set(customerAdmin.headers).expect(200);
    expect(mine.body.data.attributes).toMatchObject({
      organization_id: customerId,
      company_name: 'Partner Security',
      primary_color: '#112233',
      portal_domain: null,
      inherited: true,
    });
    const branding = await t.get(WhitelabelService).brandingFor(customerId);
    expect(branding).toMatchObject({
      companyName: 'Partner Security',
      primaryColor: '#112233',
      supportEmail: 'help@partner.example',
    });
    expect(branding.logo?.contentType).toBe('image/png');
    expect(branding.logo?.bytes.equals(PNG)).toBe(true);

    // The customer's emails carry the (inherited) branding; an organization without branding gets the product's.
    const mails = t.get(MailService);
    const mail = { subject: 'Branded', text: 'Hello', html: '<p>Hello</p>', template: 'test.branded' };
    await mails.send({ ...mail, to: 'customer@example.test', organizationId: customerId });
    await mails.send({ ...mail, to: 'plain@example.test', organizationId: superAdmin.user.organizationId });
    const brandedMail = await waitForMail(t.mailDir, 'customer@example.test');
    expect(brandedMail.raw).toMatch(/^From: Partner Security <no-reply@localhost>$/m);
    expect(brandedMail.raw).toMatch(/^Reply-To: help@partner.example$/m);
    expect(brandedMail.raw).toMatch(/^Partner Security (·|=C2=B7) help@partner\.example/m); // the signature (quoted-printable)
    expect(brandedMail.raw).toContain('cid:brand-logo');
    expect(brandedMail.raw).toContain('color:#112233');
    const plain = await waitForMail(t.mailDir, 'plain@example.test');
    expect(plain.raw).toMatch(/^From: CG Scanning <no-reply@localhost>$/m);
    expect(plain.raw).not.toMatch(/^Reply-To:/m);
    expect(plain.raw).not.toContain('brand-logo');
  });

  it('checks logos by their bytes and size, and refuses active SVG', async () => {
    const base64 = (b: Buffer | string) => Buffer.from(b).toString('base64');
    await put(partnerAdmin, { logo_base64: `data:image/png;base64,${base64(SVG)}` }).expect(200);
    expect((await t.http.get('/v2/whitelabel/settings').set(partnerAdmin.headers)).body.data.attributes.logo).toMatch(
      /^data:image\/svg\+xml;base64,/,
    );

    const cases = [
      base64('GIF89a not allowed'),
      base64('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      base64('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'),
      base64('<svg xmlns="http://www.w3.org/2000/svg"><image href="https://evil.example/x.png"/></svg>'),
      Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]).toString('base64'),
      'not base64 at all!',
    ];
    for (const logo of cases) expectError(await put(partnerAdmin, { logo_base64: logo }), 422, 'parameter_error');
    expectError(await put(partnerAdmin, { primary_color: 'blue' }), 422);
    expectError(await put(partnerAdmin, { favicon: 'x' }), 422);
    // Nothing of the refused requests was stored.
    expect((await t.http.get('/v2/whitelabel/settings').set(partnerAdmin.headers)).body.data.attributes).toMatchObject({
      primary_color: '#0A84FF',
      logo: expect.stringMatching(/^data:image\/svg\+xml;base64,/),
    });
    await put(partnerAdmin, { logo_base64: null }).expect(200);
  });

  it('keeps portal domains for partners, unique, and branding changes within reach', async () => {
    expectError(await put(customerAdmin, { portal_domain: 'customer.example' }), 403);
    const other = await t.createOrganization('Other Partner', { partner: true });
    const otherAdmin = await t.createUser(other, 'Admin');
    expectError(await put(otherAdmin, { portal_domain: 'portal.partner.example' }), 409);
    // A partner brands its customer; another partner cannot even see it.
    await put(partnerAdmin, { company_name: 'Customer Brand' }, `?organization_id=${customerId}`).expect(200);
    expectError(await put(otherAdmin, { company_name: 'Hijack' }, `?organization_id=${customerId}`), 404);
    expectError(await t.http.get(`/v2/whitelabel/settings?organization_id=${customerId}`).set(otherAdmin.headers), 404);
    expectError(await put(otherAdmin, { company_name: 'x' }, '?organization_id=nope'), 422);
    const user = await t.createUser(other, 'User');
    expectError(await put(user, { company_name: 'x' }), 403);
    expect((await t.get(WhitelabelService).brandingFor(customerId)).companyName).toBe('Customer Brand');
    void superAdmin;
  });
});
