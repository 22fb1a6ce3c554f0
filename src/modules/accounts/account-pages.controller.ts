import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Audited } from '../../common/audit/audited.decorator';
import { NoAuth } from '../../common/auth/authenticated.decorator';
import { AppError, RecordNotFound } from '../../common/errors/app-error';
import { clientInfo } from '../../common/http/client-info';
import { Env } from '../../config/env';
import { AccountTokensService } from '../users/account-tokens.service';
import { CONTENT_SECURITY_POLICY, type Field, renderForm, renderMessage } from './account-pages.html';
import { AcceptInvitationDto, ConfirmDto, ResetPasswordDto } from './dto/accounts.dto';
import { OnboardingService } from './onboarding.service';
import { PasswordResetService } from './password-reset.service';

const CSRF_COOKIE = 'cg_form';
const NEW_PASSWORD: Field = {
  name: 'password',
  label: 'New password',
  type: 'password',
  autocomplete: 'new-password',
  hint: '8 to 128 characters; a passphrase of several words is easiest to remember',
  required: true,
};
const CONFIRM_PASSWORD: Field = {
  name: 'password_confirmation',
  label: 'Repeat the password',
  type: 'password',
  autocomplete: 'new-password',
  required: true,
};

type Form = Record<string, string>;

/**
 * The pages the account emails link to (`APP_BASE_URL/users/...`), for installations without a portal of their own
 * (ACCOUNT_PAGES=false turns them off). `@NoAuth()`: the person clicking a link in an email has no API key; the
 * link's token is the credential, exactly as in the JSON flow (`/auth/confirmation`, `/auth/invitation`,
 * `/auth/password`), whose services these pages call. A GET only shows the form (mail scanners that prefetch links
 * use nothing up); the POST uses the token, which is single use, expires (confirmation 3 days, invitation 7 days,
 * reset 1 hour) and is 256 random bits, so it cannot be guessed. CSRF: a random value in a SameSite=Strict,
 * HttpOnly cookie must come back in the form (double submit), and the pages may only post to themselves (CSP).
 */
@ApiExcludeController()
@Controller('users')
export class AccountPagesController {
  constructor(
    private readonly onboarding: OnboardingService,
    private readonly passwords: PasswordResetService,
    private readonly tokens: AccountTokensService,
    private readonly env: Env,
  ) {}

  @Get('confirmation')
  @NoAuth()
  async confirmationPage(
    @Query('confirmation_token') token: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.page(request, reply, async (csrf) => {
      const info = await this.onboarding.confirmationInfo(String(token ?? ''));
      return this.confirmationForm(String(token), csrf, info.username, info.password_required);
    });
  }

  @Post('confirmation')
  @NoAuth()
  @Audited({ action: 'auth.confirmation', resource: 'user' })
  async confirm(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.submit(request, reply, async (form, csrf) => {
      const info = await this.onboarding.confirmationInfo(form.confirmation_token ?? '');
      const input = {
        confirmation_token: form.confirmation_token,
        ...this.passwordFields(form, info.password_required),
      };
      const problems = this.validate(ConfirmDto, input);
      if (problems) return this.confirmationForm(input.confirmation_token, csrf, info.username, true, problems);
      try {
        const { message } = await this.onboarding.confirm(input as ConfirmDto, clientInfo(request));
        return renderMessage('Account confirmed', message, 'done');
      } catch (err) {
        const errors = fieldErrors(err);
        if (!errors) throw err;
        return this.confirmationForm(input.confirmation_token, csrf, info.username, info.password_required, errors);
      }
    });
  }

  @Get('invitation/accept')
  @NoAuth()
  async invitationPage(
    @Query('invitation_token') token: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.page(request, reply, async (csrf) => {
      const info = await this.onboarding.invitationInfo(String(token ?? ''));
      return this.invitationForm(String(token), csrf, info.username, info.organization.name);
    });
  }

  @Post('invitation/accept')
  @NoAuth()
  @Audited({ action: 'auth.invitation_accept', resource: 'user' })
  async acceptInvitation(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.submit(request, reply, async (form, csrf) => {
      const info = await this.onboarding.invitationInfo(form.invitation_token ?? '');
      const input = {
        invitation_token: form.invitation_token,
        ...this.passwordFields(form, true),
        ...(form.first_name ? { first_name: form.first_name } : {}),
        ...(form.last_name ? { last_name: form.last_name } : {}),
      };
      const again = (errors: Record<string, string[]>) =>
        this.invitationForm(input.invitation_token, csrf, info.username, info.organization.name, errors, form);
      const problems = this.validate(AcceptInvitationDto, input);
      if (problems) return again(problems);
      try {
        const { message } = await this.onboarding.acceptInvitation(input as AcceptInvitationDto, clientInfo(request));
        return renderMessage('Invitation accepted', message, 'done');
      } catch (err) {
        const errors = fieldErrors(err);
        if (!errors) throw err;
        return again(errors);
      }
    });
  }

  @Get('password/edit')
  @NoAuth()
  async resetPage(
    @Query('reset_password_token') token: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.page(request, reply, async (csrf) => {
      if (!(await this.tokens.peek('password_reset', token))) throw invalidLinkPage('password reset');
      return this.resetForm(String(token), csrf);
    });
  }

  @Post('password/edit')
  @NoAuth()
  @Audited({ action: 'auth.password_reset', resource: 'user' })
  async reset(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.submit(request, reply, async (form, csrf) => {
      const input = { reset_password_token: form.reset_password_token, ...this.passwordFields(form, true) };
      const problems = this.validate(ResetPasswordDto, input);
      if (problems) return this.resetForm(input.reset_password_token, csrf, problems);
      try {
        const { message } = await this.passwords.reset(input as ResetPasswordDto, clientInfo(request));
        return renderMessage('Password changed', message, 'done');
      } catch (err) {
        const errors = fieldErrors(err);
        if (!errors) throw err;
        return this.resetForm(input.reset_password_token, csrf, errors);
      }
    });
  }

  private confirmationForm(
    token: string,
    csrf: string,
    username: string,
    passwordRequired: boolean,
    errors?: Record<string, string[]>,
  ) {
    return renderForm({
      title: 'Confirm your account',
      intro: passwordRequired
        ? 'Choose the password you will sign in with, then confirm.'
        : 'Confirm that this email address is yours.',
      username,
      hidden: { confirmation_token: token, csrf },
      fields: passwordRequired ? [NEW_PASSWORD, CONFIRM_PASSWORD] : [],
      submit: 'Confirm my account',
      errors,
    });
  }

  private invitationForm(
    token: string,
    csrf: string,
    username: string,
    organization: string,
    errors?: Record<string, string[]>,
    form: Form = {},
  ) {
    return renderForm({
      title: `Join ${organization}`,
      intro: 'Choose your password to accept the invitation. Your name is optional.',
      username,
      hidden: { invitation_token: token, csrf },
      fields: [
        NEW_PASSWORD,
        CONFIRM_PASSWORD,
        { name: 'first_name', label: 'First name', type: 'text', autocomplete: 'given-name', value: form.first_name },
        { name: 'last_name', label: 'Last name', type: 'text', autocomplete: 'family-name', value: form.last_name },
      ],
      submit: 'Accept the invitation',
      errors,
    });
  }

  private resetForm(token: string, csrf: string, errors?: Record<string, string[]>) {
    return renderForm({
      title: 'Choose a new password',
      intro: 'Every session of your account is signed out once the password is changed.',
      hidden: { reset_password_token: token, csrf },
      fields: [NEW_PASSWORD, CONFIRM_PASSWORD],
      submit: 'Change my password',
      errors,
    });
  }

  private passwordFields(form: Form, required: boolean) {
    if (!required && !form.password) return {};
    return { password: form.password ?? '', password_confirmation: form.password_confirmation ?? '' };
  }

  /** The JSON flow's DTO rules (types and lengths), as field errors. */
  private validate(dto: new () => object, input: object): Record<string, string[]> | undefined {
    const errors = validateSync(plainToInstance(dto, input), { whitelist: true, forbidNonWhitelisted: true });
    if (!errors.length) return undefined;
    const byField: Record<string, string[]> = {};
    const walk = (list: ValidationError[]) =>
      list.forEach((e) => {
        (byField[e.property.endsWith('_token') ? '_' : e.property] ??= []).push(
          ...Object.values(e.constraints ?? {}).map(humanize),
        );
        walk(e.children ?? []);
      });
    walk(errors);
    return byField;
  }

  /** Shows a form (GET): a fresh CSRF value in the cookie and in the form. */
  private async page(request: FastifyRequest, reply: FastifyReply, render: (csrf: string) => Promise<string>) {
    if (!this.env.ACCOUNT_PAGES) return this.fail(reply, new RecordNotFound());
    const csrf = randomBytes(32).toString('base64url');
    try {
      const html = await render(csrf);
      this.send(reply.header('set-cookie', this.cookie(csrf)), 200, html);
    } catch (err) {
      this.fail(reply, err);
    }
  }

  /** Handles a form post: the CSRF value must match the cookie set with the form, then `handle` runs. */
  private async submit(
    request: FastifyRequest,
    reply: FastifyReply,
    handle: (form: Form, csrf: string) => Promise<string>,
  ) {
    if (!this.env.ACCOUNT_PAGES) return this.fail(reply, new RecordNotFound());
    const form = parseForm(request.body);
    const cookie = readCookie(request.headers.cookie, CSRF_COOKIE);
    if (!cookie || !form.csrf || !sameValue(cookie, form.csrf)) {
      return this.send(
        reply,
        403,
        renderMessage(
          'This form has expired',
          'For your safety the form must be sent from the page it came with. Open the link from your email again.',
          'error',
        ),
      );
    }
    try {
      const html = await handle(form, cookie);
      const failed = html.includes('role="alert"');
      this.send(reply, failed ? 422 : 200, html);
    } catch (err) {
      this.fail(reply, err);
    }
  }

  private fail(reply: FastifyReply, err: unknown) {
    if (err instanceof AppError && err.getStatus() < 500) {
      const status = err.getStatus();
      return this.send(
        reply,
        status,
        renderMessage(status === 404 ? 'This link cannot be used' : 'Something is not right', err.message, 'error'),
      );
    }
    throw err;
  }

  private send(reply: FastifyReply, status: number, html: string) {
    void reply
      .status(status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', CONTENT_SECURITY_POLICY)
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .header('x-content-type-options', 'nosniff')
      .header('x-frame-options', 'DENY')
      .send(html);
  }

  private cookie(value: string) {
    const secure = this.env.APP_BASE_URL.startsWith('https:') ? '; Secure' : '';
    return `${CSRF_COOKIE}=${value}; Path=/users; Max-Age=3600; HttpOnly; SameSite=Strict${secure}`;
  }
}

const invalidLinkPage = (what: string) =>
  AppError.of(404, 'auth.invalid_token', `This ${what} link is invalid, used or expired.`);

const humanize = (message: string) =>
  message.replace(/^password_confirmation/, 'The repeated password').replace(/^password/, 'The password');

/** Errors of a service call that belong on the form (422s), by field; undefined for anything else. */
function fieldErrors(err: unknown): Record<string, string[]> | undefined {
  if (!(err instanceof AppError) || err.getStatus() !== 422) return undefined;
  const byField: Record<string, string[]> = {};
  for (const { message } of err.entries) {
    const field = /^password_confirmation/.test(message)
      ? 'password_confirmation'
      : /^password/.test(message)
        ? 'password'
        : '_';
    (byField[field] ??= []).push(humanize(message.replace(/^password(_confirmation)?: /, 'password$1 ')));
  }
  return byField;
}

function parseForm(body: unknown): Form {
  const form: Form = {};
  if (body && typeof body === 'object') {
    // Parsed by the HTTP layer already: keep single string values only.
    for (const [key, value] of Object.entries(body)) if (typeof value === 'string') form[key] = value;
    return form;
  }
  if (typeof body !== 'string') return form;
  for (const [key, value] of new URLSearchParams(body)) if (!(key in form)) form[key] = value;
  return form;
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function sameValue(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
