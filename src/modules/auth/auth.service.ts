import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AuthContext } from '../../common/auth/auth-context';
import { SecondFactorGate } from '../../common/auth/auth.ports';
import { Forbidden, ParameterError, TooManyRequests, Unauthorized } from '../../common/errors/app-error';
import { AppSecrets } from '../../database/app-secrets.service';
import { AuditService } from '../audit/audit.service';
import { UsersService } from '../users/users.service';
import type { User } from '../users/users.service';
import type { SignInDto, SignInResponseDto } from './dto/auth.dto';
import type { SessionJwtPayload } from './jwt.strategy';
import { SessionsService } from './sessions.service';
import { SignInThrottle } from './sign-in-throttle.service';

export interface ClientMeta {
  ip: string;
  userAgent: string | null;
}

const INVALID_LOGIN = 'Invalid username or password';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly throttle: SignInThrottle,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly secondFactor: SecondFactorGate,
    private readonly secrets: AppSecrets,
  ) {}

  /**
   * Password step of sign-in. Unknown accounts and wrong passwords get the same answer after the same work
   * (one argon2 verification); failures are throttled per typed account name and per IP.
   */
  async signIn(input: SignInDto, client: ClientMeta): Promise<SignInResponseDto> {
    const login = input.username;
    const retryAfter = await this.throttle.retryAfter([
      SignInThrottle.accountKey(login),
      SignInThrottle.ipKey(client.ip),
    ]);
    if (retryAfter > 0) {
      await this.audit.record({
        action: 'auth.sign_in',
        result: 'failure',
        statusCode: 429,
        ...client,
        details: { reason: 'throttled', login: login.slice(0, 150) },
      });
      throw TooManyRequests(retryAfter, 'Too many failed sign-in attempts, try again later');
    }

    const user = await this.users.findForSignIn(login);
    const passwordOk = await this.users.passwordMatches(user, input.password);
    if (!user || !passwordOk) {
      await this.throttle.recordFailure(login, client.ip);
      await this.audit.record({
        action: 'auth.sign_in',
        result: 'failure',
        statusCode: 401,
        actorId: user?.id ?? null,
        organizationId: user?.organizationId ?? null,
        ...client,
        details: { reason: 'invalid_credentials', login: login.slice(0, 150) },
      });
      throw Unauthorized(INVALID_LOGIN, 'auth.invalid_credentials');
    }
    // Past this point the caller has proven the password, so precise answers reveal nothing new.
    if (user.blockedAt) {
      await this.auditSignIn(user, client, 'failure', 403, { reason: 'blocked' });
      throw Forbidden('This account is blocked', 'auth.blocked');
    }
    if (!user.confirmedAt) {
      await this.auditSignIn(user, client, 'failure', 403, { reason: 'unconfirmed' });
      throw Forbidden(
        'This account is not confirmed yet: follow the link in the confirmation email',
        'auth.unconfirmed',
      );
    }

    const step = await this.secondFactor.afterPassword({ userId: user.id, body: { ...input }, ...client });
    if (!step.proceed) {
      return { ...this.profile(user), status: 200, status_text: 'OK', ...step.respond } as SignInResponseDto;
    }
    await this.throttle.reset(login);
    return { ...(await this.issueSession(user, client, { secondFactorAt: step.secondFactorAt })), ...step.extra };
  }

  /** Creates the session and its JWT; also used after a second factor or an SSO link. */
  async issueSession(
    user: User,
    client: ClientMeta,
    options: { impersonatorId?: string | null; lifetimeMs?: number; secondFactorAt?: Date } = {},
  ) {
    const session = await this.sessions.create(user.id, { ...client, ...options });
    const payload: SessionJwtPayload = {
      sub: user.id,
      sid: session.id,
      ...(options.impersonatorId ? { act: { sub: options.impersonatorId } } : {}),
    };
    const token = await this.jwt.signAsync(payload, {
      secret: await this.secrets.jwtSecret(),
      expiresIn: Math.floor((session.expiresAt.getTime() - Date.now()) / 1000),
    });
    if (!options.impersonatorId) await this.users.recordSignIn(user.id, client.ip);
    await this.auditSignIn(user, client, 'success', 200, { session_id: session.id }, options.impersonatorId);
    const refreshed = await this.users.findById(user.id);
    return {
      status: 200,
      status_text: 'OK',
      ...this.profile(refreshed),
      token,
      expires_at: session.expiresAt.toISOString(),
    };
  }

  async signOut(auth: AuthContext) {
    if (!auth.sessionId) throw new ParameterError(['sign_out ends a session: this request used an access token']);
    await this.sessions.revoke(auth.sessionId, 'sign_out');
  }

  private profile(user: User) {
    return {
      username: user.username,
      sign_in_count: user.signInCount,
      role: user.role,
      timezone: user.timezone,
      verified: !!user.confirmedAt,
      provider: user.provider,
      organization: { uuid: user.organizationId, name: user.organization?.name ?? '' },
    };
  }

  private auditSignIn(
    user: User,
    client: ClientMeta,
    result: 'success' | 'failure',
    statusCode: number,
    details: Record<string, unknown>,
    impersonatorId?: string | null,
  ) {
    return this.audit.record({
      action: 'auth.sign_in',
      result,
      statusCode,
      actorId: user.id,
      actorUsername: user.username,
      impersonatorId: impersonatorId ?? null,
      organizationId: user.organizationId,
      resourceType: 'user',
      resourceId: user.id,
      ...client,
      details,
    });
  }
}
