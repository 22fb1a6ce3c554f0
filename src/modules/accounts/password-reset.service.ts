import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, LessThan, MoreThan, type Repository } from 'typeorm';
import { sha256 } from '../../common/crypto';
import { ParameterError, TooManyRequests } from '../../common/errors/app-error';
import { JobsService } from '../../jobs/jobs.service';
import { OnJob } from '../../jobs/job.decorator';
import { AuditService } from '../audit/audit.service';
import type { ClientMeta } from '../auth/auth.service';
import { SessionsService } from '../auth/sessions.service';
import { AccountTokensService } from '../users/account-tokens.service';
import { UserMails } from '../users/user-mails.service';
import { UsersService } from '../users/users.service';
import { PASSWORD_RESET_REQUESTED, type PasswordResetRequestPayload } from './accounts.jobs';
import type { ResetPasswordDto } from './dto/accounts.dto';
import { invalidLink } from './onboarding.service';
import { PasswordResetRequest } from './password-reset-request.entity';

/** Requests allowed per hour for one typed email address, and for one IP. */
export const RESET_REQUESTS_PER_EMAIL = 5;
export const RESET_REQUESTS_PER_IP = 30;
const WINDOW_MS = 3_600_000;

export const FORGOT_PASSWORD_ANSWER =
  'If an account uses this email address, a link to reset its password is on its way.';

/**
 * Forgot / reset password (mfa.md 49-51): one answer for every address, rate limited per typed address and per
 * IP, tokens single use for 1 hour, the reset ends every session, signs nobody in (so the second factor still
 * applies at the next sign-in) and tells the user by email.
 */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger('PasswordReset');

  constructor(
    @InjectRepository(PasswordResetRequest) private readonly requests: Repository<PasswordResetRequest>,
    private readonly jobs: JobsService,
    private readonly users: UsersService,
    private readonly tokens: AccountTokensService,
    private readonly mails: UserMails,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * The same steps for every address: count, record, queue. Whether the account exists is decided in the job,
   * out of the request's timing. Limits are keyed on what was typed, so they behave the same for unknown addresses.
   */
  async request(email: string, client: ClientMeta): Promise<{ message: string }> {
    const emailKey = sha256(`email:${email.trim().toLowerCase()}`);
    const ipKey = sha256(`ip:${client.ip}`);
    const since = new Date(Date.now() - WINDOW_MS);
    const [byEmail, byIp] = await Promise.all([
      this.requests.count({ where: { keyHash: emailKey, requestedAt: MoreThan(since) } }),
      this.requests.count({ where: { keyHash: ipKey, requestedAt: MoreThan(since) } }),
    ]);
    if (byEmail >= RESET_REQUESTS_PER_EMAIL || byIp >= RESET_REQUESTS_PER_IP) {
      throw TooManyRequests(WINDOW_MS / 1000 / 4, 'Too many password reset requests, try again later');
    }
    await this.requests.insert([{ keyHash: emailKey }, { keyHash: ipKey }]);
    await this.jobs.send(PASSWORD_RESET_REQUESTED, { organizationId: null, email: email.trim().toLowerCase() });
    return { message: FORGOT_PASSWORD_ANSWER };
  }

  @OnJob(PASSWORD_RESET_REQUESTED)
  async sendResetLink(payload: PasswordResetRequestPayload): Promise<void> {
    await this.requests.delete({ requestedAt: LessThan(new Date(Date.now() - WINDOW_MS)) });
    const user = await this.users.findByEmail(payload.email);
    // Blocked accounts get nothing: a reset must not become a way around the block.
    if (!user || user.blockedAt) return;
    const { raw } = await this.tokens.issue('password_reset', user.id, { replacePrevious: true });
    await this.mails.passwordReset(user, raw);
    await this.audit.record({
      action: 'user.password_reset_requested',
      result: 'success',
      actorId: null,
      organizationId: user.organizationId,
      resourceType: 'user',
      resourceId: user.id,
      details: {},
    });
    this.logger.log('Password reset link sent');
  }

  async reset(input: ResetPasswordDto, client: ClientMeta): Promise<{ message: string }> {
    // Checked before the token is used: a typo in the new password leaves the link working.
    const problems = this.users.passwordProblems(input.password);
    if (input.password !== input.password_confirmation) problems.push('password_confirmation does not match password');
    if (problems.length) throw new ParameterError(problems);

    let userId = '';
    await this.dataSource.transaction(async (tx) => {
      const token = await this.tokens.consume('password_reset', input.reset_password_token, tx);
      if (!token) throw invalidLink('password reset');
      userId = token.userId;
      await this.users.setPassword(userId, input.password, tx);
    });
    const user = await this.users.findById(userId);
    const ended = await this.sessions.revokeAllForUser(user.id, 'password_reset');
    await this.mails.passwordChanged(user);
    await this.audit.record({
      action: 'user.password_reset',
      result: 'success',
      statusCode: 200,
      actorId: user.id,
      actorUsername: user.username,
      organizationId: user.organizationId,
      resourceType: 'user',
      resourceId: user.id,
      ...client,
      details: { sessions_ended: ended },
    });
    return { message: 'Your password was changed and every session was signed out. Sign in with the new password.' };
  }
}
