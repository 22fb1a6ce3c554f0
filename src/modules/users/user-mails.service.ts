import { Injectable } from '@nestjs/common';
import { Env } from '../../config/env';
import { MailService } from '../mail/mail.service';
import type { User } from './user.entity';

/**
 * The account emails. Links are built from APP_BASE_URL only, never from request headers (mfa.md 49), and carry
 * the raw token, which exists nowhere else after this.
 */
@Injectable()
export class UserMails {
  constructor(
    private readonly env: Env,
    private readonly mail: MailService,
  ) {}

  link(path: string, params: Record<string, string>): string {
    const url = new URL(
      path,
      this.env.APP_BASE_URL.endsWith('/') ? this.env.APP_BASE_URL : `${this.env.APP_BASE_URL}/`,
    );
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    return url.toString();
  }

  confirmation(user: Pick<User, 'email' | 'username' | 'organizationId'>, rawToken: string) {
    const url = this.link('users/confirmation', { confirmation_token: rawToken });
    return this.mail.send({
      to: user.email,
      subject: 'Confirm your account',
      template: 'account.confirmation',
      organizationId: user.organizationId,
      text: `Hello ${user.username},\n\nConfirm your account by opening this link (valid 3 days):\n${url}\n\nIf you did not expect this email, ignore it.\n`,
    });
  }

  invitation(
    user: Pick<User, 'email' | 'organizationId'>,
    organizationName: string,
    inviter: string,
    rawToken: string,
  ) {
    const url = this.link('users/invitation/accept', { invitation_token: rawToken });
    return this.mail.send({
      to: user.email,
      subject: `You are invited to ${organizationName}`,
      template: 'account.invitation',
      organizationId: user.organizationId,
      text: `Hello,\n\n${inviter} invited you to join ${organizationName}. Accept the invitation (valid 7 days):\n${url}\n\nIf you did not expect this email, ignore it.\n`,
    });
  }

  passwordReset(user: Pick<User, 'email' | 'username' | 'organizationId'>, rawToken: string) {
    const url = this.link('users/password/edit', { reset_password_token: rawToken });
    return this.mail.send({
      to: user.email,
      subject: 'Reset your password',
      template: 'account.password_reset',
      organizationId: user.organizationId,
      text: `Hello ${user.username},\n\nSomeone asked to reset the password of your account. To choose a new password, open this link (valid 1 hour, once):\n${url}\n\nIf it was not you, ignore this email: your password stays the same.\n`,
    });
  }

  passwordChanged(user: Pick<User, 'email' | 'username' | 'organizationId'>) {
    return this.mail.send({
      to: user.email,
      subject: 'Your password was changed',
      template: 'account.password_changed',
      organizationId: user.organizationId,
      text: `Hello ${user.username},\n\nThe password of your account was just reset and every session was signed out.\nIf this was not you, contact your administrator at once.\n`,
    });
  }

  emailChanged(oldEmail: string, user: Pick<User, 'email' | 'username' | 'organizationId'>) {
    return this.mail.send({
      to: oldEmail,
      subject: 'The email address of your account was changed',
      template: 'account.email_changed',
      organizationId: user.organizationId,
      text: `Hello ${user.username},\n\nThe email address of your account was changed by an administrator. If you did not expect this, contact your administrator.\n`,
    });
  }
}
