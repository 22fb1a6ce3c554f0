import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../../common/auth/auth-context';
import { StepUpVerifier, TwoFactorStatusSource, type TwoFactorStatus } from '../../common/auth/auth.ports';
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
 * Step-up tokens: AES-256-GCM sealed `{user, session, expiry}`, 5 minutes, usable only by the user and session that
 * obtained them (another session of the same user, or a stolen token replayed elsewhere, gets 401).
 * A user with no factor at all passes: there is nothing to step up with (the route's other checks still apply).
 */
@Injectable()
export class StepUpService extends StepUpVerifier {
  constructor(
    private readonly box: SecretBox,
    private readonly factors: FactorsService,
    private readonly clock: Clock,
  ) {
    super();
  }

  async issue(auth: AuthContext): Promise<{ step_up_token: string; expires_at: string }> {
    const expiresAt = new Date(this.clock.now().getTime() + STEP_UP_TTL_MS);
    const claims: StepUpClaims = { u: auth.user.id, s: sessionBinding(auth), exp: expiresAt.getTime() };
    return { step_up_token: await this.box.seal(PURPOSE, JSON.stringify(claims)), expires_at: expiresAt.toISOString() };
  }

  async verify(auth: AuthContext, token: string | undefined): Promise<boolean> {
    if (!(await this.factors.hasAny(auth.user.id))) return true;
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
