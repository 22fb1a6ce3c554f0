import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../../common/auth/auth-context';
import { roleRank } from '../../common/auth/roles';
import { Forbidden, ParameterError, RecordNotFound, Unauthorized } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { AuthService, type ClientMeta } from '../auth/auth.service';
import { SessionsService } from '../auth/sessions.service';
import { AccountTokensService } from '../users/account-tokens.service';
import type { User } from '../users/users.service';
import { UsersService } from '../users/users.service';

/** An impersonation session lives at most this long (and never longer than the admin's own session). */
export const IMPERSONATION_MAX_MS = 3_600_000;

const sessionIdOf = (jwt: string): string =>
  JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')).sid;

/**
 * Admin impersonation (mfa.md 53 and "impersonation in practice"): deny by default. Admins reach users of the
 * organizations they manage, Super Admins everyone; never a user of equal or higher role, never a blocked user,
 * never from an impersonation session (the route refuses that), never from an access token. The session carries
 * the RFC 8693 `act` claim (AuthService) and every request during it is audited with actor and impersonator.
 */
@Injectable()
export class ImpersonationService {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly tokens: AccountTokensService,
    private readonly audit: AuditService,
  ) {}

  async start(caller: AuthContext, subjectId: string, client: ClientMeta) {
    if (!caller.sessionId)
      throw Forbidden(
        'Impersonation starts from a signed-in session, not an access token',
        'auth.impersonation_forbidden',
      );
    const subject = await this.users.findById(subjectId).catch(() => null);
    if (!subject || !caller.tenant.includes(subject.organizationId)) throw new RecordNotFound();
    const refuse = async (reason: string, message: string) => {
      await this.record('auth.impersonation_start', 'failure', 403, caller, subject, client, { reason });
      return Forbidden(message, 'auth.impersonation_forbidden');
    };
    if (subject.id === caller.user.id) throw await refuse('self', 'You cannot impersonate yourself');
    if (roleRank(subject.role) >= roleRank(caller.user.role))
      throw await refuse('role', 'You can only impersonate users with a lower role than yours');
    if (subject.blockedAt) throw await refuse('blocked', 'A blocked user cannot be impersonated');

    const own = await this.sessions.find(caller.sessionId, caller.user.id);
    const ownRemaining = own ? own.expiresAt.getTime() - Date.now() : 0;
    const lifetimeMs = Math.min(IMPERSONATION_MAX_MS, ownRemaining);
    if (lifetimeMs <= 0) throw Unauthorized('Your session has ended', 'auth.invalid_token');

    const session = await this.auth.issueSession(subject, client, { impersonatorId: caller.user.id, lifetimeMs });
    const impersonationSessionId = sessionIdOf(session.token);
    const revert = await this.tokens.issue('impersonation_revert', caller.user.id, {
      createdById: caller.user.id,
      lifetimeMs,
      context: {
        impersonation_session_id: impersonationSessionId,
        admin_session_id: caller.sessionId,
        subject_id: subject.id,
      },
    });
    await this.record('auth.impersonation_start', 'success', 201, caller, subject, client, {
      impersonation_session_id: impersonationSessionId,
    });
    return {
      ...session,
      impersonator_revert_token: revert.raw,
      impersonated_user: { id: subject.id, username: subject.username },
      impersonator: { id: caller.user.id, username: caller.user.username },
    };
  }

  /**
   * Ends the impersonation session (the caller's current one) and gives the admin a session again, for what was
   * left of the admin's own session, which this replaces. The revert token is single use and only works together
   * with the impersonation session it was issued with.
   */
  async stop(caller: AuthContext, revertToken: string | undefined, client: ClientMeta) {
    if (!caller.impersonatorId || !caller.sessionId) throw new ParameterError(['This session is not an impersonation']);
    const pending = await this.tokens.peek('impersonation_revert', revertToken);
    if (
      !pending ||
      pending.context.impersonation_session_id !== caller.sessionId ||
      pending.userId !== caller.impersonatorId
    ) {
      throw new ParameterError(['impersonator_revert_token is invalid for this session']);
    }
    const token = await this.tokens.consume('impersonation_revert', revertToken);
    if (!token) throw new ParameterError(['impersonator_revert_token is invalid for this session']);
    await this.sessions.revoke(caller.sessionId, 'impersonation_ended');

    const admin = await this.users.findById(caller.impersonatorId);
    const subject = await this.users.findById(caller.user.id);
    const actor = { ...caller, user: { ...caller.user, id: admin.id, username: admin.username } } as AuthContext;
    await this.record('auth.impersonation_stop', 'success', 200, actor, subject, client, {
      impersonation_session_id: caller.sessionId,
    });

    const own = await this.sessions.find(token.context.admin_session_id, admin.id);
    if (!own || this.sessions.deadReason(own) || admin.blockedAt) {
      throw Unauthorized('Impersonation ended; your own session has ended too: sign in again', 'auth.invalid_token');
    }
    await this.sessions.revoke(own.sessionId, 'impersonation_reverted');
    return this.auth.issueSession(admin, client, { lifetimeMs: own.expiresAt.getTime() - Date.now() });
  }

  /** Start and stop events name the admin as actor and impersonator and the user as resource. */
  private record(
    action: string,
    result: 'success' | 'failure',
    statusCode: number,
    caller: AuthContext,
    subject: User,
    client: ClientMeta,
    details: Record<string, unknown>,
  ) {
    return this.audit.record({
      action,
      result,
      statusCode,
      actorId: caller.user.id,
      actorUsername: caller.user.username,
      impersonatorId: caller.user.id,
      organizationId: subject.organizationId,
      resourceType: 'user',
      resourceId: subject.id,
      ...client,
      details: { ...details, subject_id: subject.id, subject_username: subject.username },
    });
  }
}
