import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../../common/auth/auth-context';
import {
  type StepUpOptions,
  StepUpVerifier,
  TwoFactorStatusSource,
  type TwoFactorStatus,
} from '../../common/auth/auth.ports';
import { AppError } from '../../common/errors/app-error';
import { Env } from '../../config/env';
import { SessionsService } from '../auth/sessions.service';
import { Clock } from './clock';
import { FactorsService, twoFactorStatusFrom, twoFactorStatusSql } from './factors.service';
import { SecretBox } from './secret-box';

export const STEP_UP_TTL_MS = 5 * 60_000;
const PURPOSE = 'mfa-step-up';

interface StepUpClaims {
  u: string;
  /** The session that proved the factor ('access_token' for access-token callers). */
  s: string;
  exp: number;
}

const sessionBinding = (auth: AuthContext) => auth.sessionId ?? `access_token:${auth.user.id}`;

/**
 * Step-up, two ways:
 * - tokens: AES-256-GCM sealed `{user, session, expiry}`, 5 minutes, usable only by the user and session that obtained
 *   them (another session of the same user, or a stolen token replayed elsewhere, gets 401);
 * - "sudo mode" (GitHub's, mfa.md): a session that proved a second factor (sign-in with a code, `verify_installation`,
 *   a step-up) less than `STEP_UP_WINDOW_SECONDS` ago counts as stepped-up where the route allows it (`/v2` routes).
 *   The window runs from the proof itself and is not extended by use; access tokens never have it.
 * A user with no factor at all passes: there is nothing to step up with (the route's other checks still apply).
 */
@Injectable()
export class StepUpService extends StepUpVerifier {
  constructor(
    private readonly box: SecretBox,
    private readonly factors: FactorsService,
    private readonly clock: Clock,
    private readonly sessions: SessionsService,
    private readonly env: Env,
  ) {
    super();
  }

  /** A step-up token for this session; the proof also opens the session's sudo window. */
  async issue(auth: AuthContext): Promise<{ step_up_token: string; expires_at: string }> {
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + STEP_UP_TTL_MS);
    const claims: StepUpClaims = { u: auth.user.id, s: sessionBinding(auth), exp: expiresAt.getTime() };
    await this.recordProof(auth);
    return { step_up_token: await this.box.seal(PURPOSE, JSON.stringify(claims)), expires_at: expiresAt.toISOString() };
  }

  /** The session proved a second factor now (a step-up, or `verify_installation` of a method). */
  async recordProof(auth: AuthContext): Promise<void> {
    if (auth.sessionId) await this.sessions.recordSecondFactor(auth.sessionId, this.clock.now());
  }

  /** Whether the session's last second-factor proof is recent enough for sudo mode. */
  withinWindow(auth: AuthContext): boolean {
    const at = auth.secondFactorAt;
    if (!auth.sessionId || !at || this.env.STEP_UP_WINDOW_SECONDS === 0) return false;
    return this.clock.now().getTime() - at.getTime() < this.env.STEP_UP_WINDOW_SECONDS * 1000;
  }

  /** Throws 401 `mfa.step_up_required` unless the request is stepped-up (see `verify`). */
  async assert(auth: AuthContext, token: string | undefined, options: StepUpOptions, what: string): Promise<void> {
    if (await this.verify(auth, token, options)) return;
    throw AppError.of(
      401,
      'mfa.step_up_required',
      `${what} needs a fresh second factor: send x-mfa-step-up-token (from POST /v1/identity/auth/mfa/step-up)`,
    );
  }

  async verify(auth: AuthContext, token: string | undefined, options: StepUpOptions): Promise<boolean> {
    if (!(await this.factors.hasAny(auth.user.id))) return true;
    if (options.recentProof && !token && this.withinWindow(auth)) return true;
    if (!token || token.length > 1024) return false;
    const plain = await this.box.open(PURPOSE, token);
    if (!plain) return false;
    const claims = JSON.parse(plain) as StepUpClaims;
    return claims.u === auth.user.id && claims.s === sessionBinding(auth) && claims.exp > this.clock.now().getTime();
  }
}

/** `two_factor_authentication` of `GET /v2/user/me`. */
@Injectable()
export class FactorBackedTwoFactorStatus extends TwoFactorStatusSource {
  constructor(private readonly factors: FactorsService) {
    super();
  }

  statusOf(userId: string): Promise<TwoFactorStatus> {
    return this.factors.status(userId);
  }

  sql(userIdSql: string): string {
    return twoFactorStatusSql(userIdSql);
  }

  fromSql(value: unknown): TwoFactorStatus {
    return twoFactorStatusFrom(value);
  }
}
