import { Injectable } from '@nestjs/common';
import { SecondFactorGate } from '../../common/auth/auth.ports';
import { Forbidden, Unauthorized } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { AuthService, type ClientMeta } from '../auth/auth.service';
import { AccountTokensService } from '../users/account-tokens.service';
import { UsersService } from '../users/users.service';
import type { SsoLinkLoginDto } from './dto/accounts.dto';

/**
 * Exchanges a one-time SSO link token (minted by an admin, 5 minutes) for a session. The link replaces the
 * password step only: the second factor still applies, exactly as after a password.
 */
@Injectable()
export class SsoLinkService {
  constructor(
    private readonly tokens: AccountTokensService,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly secondFactor: SecondFactorGate,
    private readonly audit: AuditService,
  ) {}

  async login(input: SsoLinkLoginDto, client: ClientMeta) {
    const token = await this.tokens.consume('sso_link', input.token);
    if (!token) {
      await this.audit.record({
        action: 'auth.sso_link_login',
        result: 'failure',
        statusCode: 401,
        ...client,
        details: { reason: 'invalid_token' },
      });
      throw Unauthorized('This login link is invalid, used or expired', 'auth.invalid_token');
    }
    const user = await this.users.findById(token.userId);
    const fail = async (reason: string) =>
      this.audit.record({
        action: 'auth.sso_link_login',
        result: 'failure',
        statusCode: 403,
        actorId: user.id,
        actorUsername: user.username,
        organizationId: user.organizationId,
        resourceType: 'user',
        resourceId: user.id,
        ...client,
        details: { reason, link_created_by: token.createdById },
      });
    if (user.blockedAt) {
      await fail('blocked');
      throw Forbidden('This account is blocked', 'auth.blocked');
    }
    if (!user.confirmedAt) {
      await fail('unconfirmed');
      throw Forbidden(
        'This account is not confirmed yet: follow the link in the confirmation email',
        'auth.unconfirmed',
      );
    }
    await this.audit.record({
      action: 'auth.sso_link_login',
      result: 'success',
      statusCode: 200,
      actorId: user.id,
      actorUsername: user.username,
      organizationId: user.organizationId,
      resourceType: 'user',
      resourceId: user.id,
      ...client,
      details: { link_created_by: token.createdById },
    });
    const { token: _linkToken, ...rest } = input;
    const step = await this.secondFactor.afterPassword({
      userId: user.id,
      body: { ...rest, username: user.username },
      ...client,
    });
    if (!step.proceed) {
      return {
        status: 200,
        status_text: 'OK',
        username: user.username,
        sign_in_count: user.signInCount,
        role: user.role,
        timezone: user.timezone,
        verified: true,
        provider: user.provider,
        organization: { uuid: user.organizationId, name: user.organization?.name ?? '' },
        ...step.respond,
      };
    }
    return this.auth.issueSession(user, client);
  }
}
