import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { Organization } from '../../src/modules/organizations/organization.entity';
import { waitForMail } from '../helpers/mail';
import { expectError, TestApp } from '../helpers/test-app';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = process.env.ACCOUNT_PAGES_SCREENSHOTS ?? path.join(os.tmpdir(), 'cg-account-pages');

/**
 * The pages behind the account email links, driven in headless Chromium as a person would: open the link from the
 * mail, fill the form, submit, see the result; then the API shows the effect (a sign-in with the new password).
 */
describe('account pages (email links) in a browser', () => {
  let t: TestApp;
  let org: Organization;
  let base: string;
  let browser: Browser | undefined;

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrganization('Pages Org');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.getHttpServer().address() as { port: number };
    base = `http://127.0.0.1:${address.port}`;
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    fs.mkdirSync(SHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  /** The mail's link, pointed at this test server (APP_BASE_URL is the default 127.0.0.1:3000). */
  const linkIn = (text: string, pathPrefix: string) => {
    const url = new URL(new RegExp(`https?://\\S+${pathPrefix}\\S+`).exec(text)![0]);
    return `${base}${url.pathname}${url.search}`;
  };
  const signIn = (username: string, password: string) =>
    t.http.post('/auth/sign_in').set(t.keyOnly).send({ username, password });
  const open = async (url: string) => {
    const page = await browser!.newPage();
    const violations: string[] = [];
    page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
    const response = await page.goto(url);
    return { page, response: response!, violations };
  };
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

  it('accepts an invitation: password and name, then the account signs in', async () => {
    const admin = await t.createUser(org, 'Admin', 'pages_admin');
    await t.http
      .post('/v2/users/invite')
      .set(admin.headers)
      .send({ user: { email: 'invitee@example.test', username: 'invitee' } })
      .expect(201);
    const mail = await waitForMail(t.mailDir, 'invitee@example.test', /invited/i);
    const { page, response, violations } = await open(linkIn(mail.text, '/users/invitation/accept'));
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy']).toMatch(/default-src 'none'/);
    // The page's own policy, not the API's (`form-action 'none'` would block the form itself).
    expect(headers['content-security-policy']).toMatch(/form-action 'self'/);
    expect(headers['cache-control']).toBe('no-store');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(await page.title()).toMatch(/Join Pages Org/);
    await shot(page, 'invitation-form');

    // A mismatch first: the errors are announced and tied to the field.
    await page.getByLabel('New password').fill('a long enough passphrase');
    await page.getByLabel('Repeat the password').fill('something else entirely');
    await page.getByRole('button', { name: 'Accept the invitation' }).click();
    await page.waitForLoadState();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/repeated password does not match/i);
    const repeated = page.getByLabel('Repeat the password');
    expect(await repeated.getAttribute('aria-invalid')).toBe('true');
    const described = (await repeated.getAttribute('aria-describedby'))!.split(' ');
    expect(await page.locator(`#${described[described.length - 1]}`).textContent()).toMatch(/does not match/);
    await shot(page, 'invitation-error');

    await page.getByLabel('New password').fill('a long enough passphrase');
    await page.getByLabel('Repeat the password').fill('a long enough passphrase');
    await page.getByLabel('First name').fill('Ines <b>');
    await page.getByRole('button', { name: 'Accept the invitation' }).click();
    await page.waitForLoadState();
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/Invitation accepted/);
    await shot(page, 'invitation-done');
    expect(violations).toEqual([]);
    await page.close();

    const signedIn = await signIn('invitee', 'a long enough passphrase').expect(200);
    const me = await t.http
      .get('/v2/user/me')
      .set({ ...t.keyOnly, authorization: `Bearer ${signedIn.body.token}` })
      .expect(200);
    expect(me.body.data.attributes.first_name).toBe('Ines <b>');
    // The link was used up.
    const again = await open(linkIn(mail.text, '/users/invitation/accept'));
    expect(again.response.status()).toBe(404);
    await expect(again.page.getByRole('alert').textContent()).resolves.toMatch(/invalid, used or expired/);
    await again.page.close();
  }, 60_000);

  it('confirms an account created without a password', async () => {
    const admin = await t.createUser(org, 'Admin', 'pages_admin2');
    await t.http
      .post('/v2/users')
      .set(admin.headers)
      .send({ user: { email: 'confirm-me@example.test', username: 'confirm_me' } })
      .expect(201);
    expectError(await signIn('confirm_me', 'a fresh passphrase here'), 401);
    const mail = await waitForMail(t.mailDir, 'confirm-me@example.test', /Confirm your account/);
    const { page } = await open(linkIn(mail.text, '/users/confirmation'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Confirm your account');
    await page.getByLabel('New password').fill('a fresh passphrase here');
    await page.getByLabel('Repeat the password').fill('a fresh passphrase here');
    await shot(page, 'confirmation-form');
    await page.getByRole('button', { name: 'Confirm my account' }).click();
    await page.waitForLoadState();
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/confirmed/);
    await page.close();
    await signIn('confirm_me', 'a fresh passphrase here').expect(200);
  }, 60_000);

  it('resets a password: the old one stops working, the new one signs in', async () => {
    const user = await t.createUser(org, 'User', 'pages_reset');
    await t.http.post('/auth/password').set(t.keyOnly).send({ email: user.user.email }).expect(200);
    const mail = await waitForMail(t.mailDir, user.user.email, /password/i);
    const { page } = await open(linkIn(mail.text, '/users/password/edit'));
    await page.getByLabel('New password').fill('brand new passphrase');
    await page.getByLabel('Repeat the password').fill('brand new passphrase');
    await shot(page, 'reset-form');
    await page.getByRole('button', { name: 'Change my password' }).click();
    await page.waitForLoadState();
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/password was changed/);
    await shot(page, 'reset-done');
    await page.close();
    await signIn('pages_reset', 'brand new passphrase').expect(200);
    expectError(await signIn('pages_reset', 'correct horse battery staple'), 401);
  }, 60_000);

  it('refuses a form posted from elsewhere (no matching CSRF cookie) and uses nothing up', async () => {
    const user = await t.createUser(org, 'User', 'pages_csrf');
    await t.http.post('/auth/password').set(t.keyOnly).send({ email: user.user.email }).expect(200);
    const mail = await waitForMail(t.mailDir, user.user.email, /password/i);
    const token = new URL(linkIn(mail.text, '/users/password/edit')).searchParams.get('reset_password_token')!;
    const forged = await t.http.post('/users/password/edit').type('form').send({
      reset_password_token: token,
      csrf: 'guess',
      password: 'attacker chosen pw',
      password_confirmation: 'attacker chosen pw',
    });
    expect(forged.status).toBe(403);
    expect(forged.text).toMatch(/form has expired/);
    expectError(await signIn('pages_csrf', 'attacker chosen pw'), 401);
    // The page itself still works with that token.
    const page = await t.http.get('/users/password/edit').query({ reset_password_token: token });
    expect(page.status).toBe(200);
    expect(page.headers['set-cookie']![0]).toMatch(
      /^cg_form=[\w-]{43}; Path=\/users; Max-Age=3600; HttpOnly; SameSite=Strict$/,
    );
    // Everything interpolated is escaped.
    const evil = await t.http.get('/users/confirmation').query({ confirmation_token: '"><script>alert(1)</script>' });
    expect(evil.status).toBe(404);
    expect(evil.text).not.toContain('<script>');
  });
});
