import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Not, type Repository } from 'typeorm';
import { Env } from '../../config/env';
import { queryPrepared } from '../../database/raw-rows';
import { Session } from './session.entity';

/** Absolute lifetime of a session (mfa.md 42: at most 24 h at AAL2). */
export const SESSION_LIFETIME_MS = 24 * 3_600_000;
/** `last_seen_at` is written at most this often, so that each request is not a write. */
const LAST_SEEN_WRITE_INTERVAL_MS = 60_000;

export interface SessionRow {
  sessionId: string;
  expiresAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  secondFactorAt: Date | null;
  impersonatorId: string | null;
  userId: string;
  username: string;
  email: string;
  role: string;
  organizationId: string;
  blockedAt: Date | null;
  organizationPartner: boolean;
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    private readonly env: Env,
  ) {}

  create(
    userId: string,
    meta: {
      ip?: string | null;
      userAgent?: string | null;
      impersonatorId?: string | null;
      lifetimeMs?: number;
      /** The second factor proved to open this session (sign-in with a code), if any. */
      secondFactorAt?: Date | null;
    },
  ) {
    const now = new Date();
    return this.sessions.save(
      this.sessions.create({
        userId,
        impersonatorId: meta.impersonatorId ?? null,
        secondFactorAt: meta.secondFactorAt ?? null,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + Math.min(meta.lifetimeMs ?? SESSION_LIFETIME_MS, SESSION_LIFETIME_MS)),
        ip: meta.ip?.slice(0, 64) ?? null,
        userAgent: meta.userAgent?.slice(0, 512) ?? null,
      }),
    );
  }

  /**
   * The session with its user, in one query; undefined when missing. `profileColumns` adds select-list entries over
   * the user `u` and organization `o` (the caller's profile, see `CallerFactory`).
   */
  async find(
    sessionId: string,
    userId: string,
    profileColumns = '',
  ): Promise<(SessionRow & Record<string, unknown>) | undefined> {
    const rows = await queryPrepared<SessionRow & Record<string, unknown>>(
      this.sessions,
      `SELECT s.id AS "sessionId", s.expires_at AS "expiresAt", s.last_seen_at AS "lastSeenAt", s.revoked_at AS "revokedAt",
              s.second_factor_at AS "secondFactorAt", s.impersonator_id AS "impersonatorId", u.id AS "userId", u.username, u.email, u.role,
              u.organization_id AS "organizationId", u.blocked_at AS "blockedAt", o.partner AS "organizationPartner"
              ${profileColumns ? `, ${profileColumns}` : ''}
         FROM sessions s JOIN users u ON u.id = s.user_id JOIN organizations o ON o.id = u.organization_id
        WHERE s.id = $1 AND s.user_id = $2`,
      [sessionId, userId],
    );
    return rows[0];
  }

  /** Why a session can no longer be used, or null when it can. */
  deadReason(row: SessionRow, now = new Date()): string | null {
    if (row.revokedAt) return 'Session has ended';
    if (row.expiresAt <= now) return 'Session has expired';
    if (now.getTime() - row.lastSeenAt.getTime() > this.env.SESSION_IDLE_TIMEOUT_SECONDS * 1000)
      return 'Session timed out';
    if (row.blockedAt) return 'Account is blocked';
    return null;
  }

  touch(row: SessionRow, now = new Date()) {
    if (now.getTime() - row.lastSeenAt.getTime() < LAST_SEEN_WRITE_INTERVAL_MS) return;
    this.sessions.update({ id: row.sessionId }, { lastSeenAt: now }).catch(() => undefined);
  }

  /** The session proved a second factor at `at` (a step-up, or `verify_installation` of a new method). */
  async recordSecondFactor(sessionId: string, at: Date): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { secondFactorAt: at });
  }

  async revoke(sessionId: string, reason: string) {
    await this.sessions.update(
      { id: sessionId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: reason },
    );
  }

  /** Ends every session of the user except `keepSessionId` (password change, reset, blocking). */
  async revokeAllForUser(userId: string, reason: string, keepSessionId?: string | null): Promise<number> {
    const result = await this.sessions.update(
      { userId, revokedAt: IsNull(), ...(keepSessionId ? { id: Not(keepSessionId) } : {}) },
      { revokedAt: new Date(), revokedReason: reason },
    );
    return result.affected ?? 0;
  }
}
