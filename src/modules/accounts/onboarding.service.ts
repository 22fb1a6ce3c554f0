import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, ParameterError } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { AccountTokensService } from '../users/account-tokens.service';
import type { User } from '../users/users.service';
import { UsersService } from '../users/users.service';
import type { ClientMeta } from '../auth/auth.service';
import type { AcceptInvitationDto, ConfirmDto } from './dto/accounts.dto';

/** Unknown, used and expired links get one answer, so that nothing can be learnt from probing tokens. */
export const invalidLink = (what: string) =>
  AppError.of(404, 'auth.invalid_token', `This ${what} link is invalid, used or expired`);

/**
 * Email confirmation and invitations. Both links are single-use tokens (users module); using one proves the user
 * controls the address, so it also confirms the account. Neither signs the user in: sign-in (with its second
 * factor) stays the one way to get a session.
 */
@Injectable()
export class OnboardingService {
  constructor(
    private readonly tokens: AccountTokensService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  async confirmationInfo(rawToken: string) {
    const token = await this.tokens.peek('confirmation', rawToken);
    if (!token) throw invalidLink('confirmation');
    const user = await this.users.withPasswordHash(token.userId);
    const { organization } = await this.users.findById(user.id);
    return {
      valid: true,
      username: user.username,
      email: user.email,
      organization: { id: organization!.id, name: organization!.name },
      password_required: !user.passwordHash,
      expires_at: token.expiresAt.toISOString(),
    };
  }

  async confirm(input: ConfirmDto, client: ClientMeta) {
    const pending = await this.tokens.peek('confirmation', input.confirmation_token);
    if (!pending) throw invalidLink('confirmation');
    const user = await this.users.withPasswordHash(pending.userId);
    // Input is checked before the token is used, so that a bad password leaves the link working.
    if (!user.passwordHash)
      this.checkNewPassword(
        input.password,
        input.password_confirmation,
        'a password is required to confirm this account',
      );
    else if (input.password !== undefined)
      throw new ParameterError(['password: this account already has a password; use "forgot password" to change it']);

    await this.dataSource.transaction(async (tx) => {
      const token = await this.tokens.consume('confirmation', input.confirmation_token, tx);
      if (!token) throw invalidLink('confirmation');
      if (!user.passwordHash) await this.users.setPassword(user.id, input.password!, tx);
      await this.users.markConfirmed(user.id, tx);
      await this.audit.record(this.event('user.confirm', user, client, { password_set: !user.passwordHash }), tx);
    });
    return { message: 'Your account is confirmed: you can sign in now' };
  }

  async invitationInfo(rawToken: string) {
    const token = await this.tokens.peek('invitation', rawToken);
    if (!token) throw invalidLink('invitation');
    const user = await this.users.findById(token.userId);
    const inviter = token.createdById ? await this.users.findById(token.createdById).catch(() => null) : null;
    return {
      valid: true,
      email: user.email,
      username: user.username,
      role: user.role,
      organization: { id: user.organization!.id, name: user.organization!.name },
      invited_by: inviter?.username ?? null,
      expires_at: token.expiresAt.toISOString(),
    };
  }

  async acceptInvitation(input: AcceptInvitationDto, client: ClientMeta) {
    const pending = await this.tokens.peek('invitation', input.invitation_token);
    if (!pending) throw invalidLink('invitation');
    this.checkNewPassword(input.password, input.password_confirmation, 'password is required');
    const user = await this.users.findById(pending.userId);

    await this.dataSource.transaction(async (tx) => {
      const token = await this.tokens.consume('invitation', input.invitation_token, tx);
      if (!token) throw invalidLink('invitation');
      await this.users.setPassword(user.id, input.password, tx);
      await this.users.markConfirmed(user.id, tx);
      await this.users.updateProfile(
        user.id,
        {
          firstName: input.first_name,
          lastName: input.last_name,
          locale: input.locale,
          timezone: input.timezone,
          phone: input.phone,
          title: input.title,
        },
        tx,
      );
      // A confirmation link sent before the invitation was accepted has nothing left to do.
      await this.tokens.invalidate('confirmation', user.id, tx);
      await this.audit.record(
        this.event('user.invitation_accept', user, client, { invited_by: token.createdById }),
        tx,
      );
    });
    return { message: 'Invitation accepted: you can sign in now' };
  }

  private checkNewPassword(password: string | undefined, confirmation: string | undefined, missing: string) {
    if (password === undefined) throw new ParameterError([missing]);
    const problems = this.users.passwordProblems(password);
    if (confirmation !== undefined && confirmation !== password)
      problems.push('password_confirmation does not match password');
    if (problems.length) throw new ParameterError(problems);
  }

  private event(
    action: string,
    user: Pick<User, 'id' | 'username' | 'organizationId'>,
    client: ClientMeta,
    details: Record<string, unknown>,
  ) {
    return {
      action,
      result: 'success' as const,
      statusCode: 200,
      actorId: user.id,
      actorUsername: user.username,
      organizationId: user.organizationId,
      resourceType: 'user',
      resourceId: user.id,
      ...client,
      details,
    };
  }
}
