import type { ExecutionContext } from '@nestjs/common';
import type { AuthContext } from './auth-context';

/** Checks the client's `x-api-key`. Implemented by the api-keys module. */
export abstract class ApiKeyVerifier {
  /** The key's id, or null when the key is unknown or revoked. */
  abstract verify(rawKey: string): Promise<string | null>;
}

/** Turns the `Authorization` header into the caller. Implemented by the auth module. */
export abstract class CredentialResolver {
  /** Throws 401 when the credential is missing, invalid, expired or revoked. */
  abstract resolve(context: ExecutionContext, apiKeyId: string): Promise<AuthContext>;
}

export interface StepUpOptions {
  /**
   * true: a session that proved a second factor within `STEP_UP_WINDOW_SECONDS` counts as stepped-up (sudo mode,
   * the `/v2` routes); false: only an `x-mfa-step-up-token` does (the Canopy-compatible `/v1/identity` routes).
   */
  recentProof: boolean;
}

/**
 * Decides whether a request is stepped-up for its caller: a valid `x-mfa-step-up-token`, or (where allowed) a second
 * factor proved by the session a few minutes ago. The MFA module provides the real one; without any second factor
 * there is nothing to step up with.
 */
export abstract class StepUpVerifier {
  abstract verify(auth: AuthContext, stepUpToken: string | undefined, options: StepUpOptions): Promise<boolean>;
}

export interface TwoFactorStatus {
  enabled: boolean;
  otp_sms_enabled: boolean;
  otp_totp_enabled: boolean;
  otp_phone: string | null;
  otp_default_method: 'sms' | 'totp' | null;
}

/** What `GET /v2/user/me` shows in `two_factor_authentication`. The MFA module provides the real one. */
export abstract class TwoFactorStatusSource {
  abstract statusOf(userId: string): Promise<TwoFactorStatus>;
  /** The same status as one SQL expression over the user id `userIdSql`, to embed in a larger query... */
  abstract sql(userIdSql: string): string;
  /** ...and the status from that expression's value. */
  abstract fromSql(value: unknown): TwoFactorStatus;
}

export interface SignInAttempt {
  userId: string;
  body: Record<string, unknown>;
  ip: string;
  userAgent: string | null;
}

/**
 * The second step of sign-in. After a correct password: `{ proceed: true }` issues the session; `{ respond }` answers
 * the client instead (e.g. `{otp_session_state, methods}`) and issues nothing. `extra` is merged into the sign-in
 * answer (e.g. a trusted-device token when the user asked to remember the device); `secondFactorAt` says a code was
 * proved just now (recorded on the session, see `StepUpOptions.recentProof`).
 */
export abstract class SecondFactorGate {
  abstract afterPassword(
    attempt: SignInAttempt,
  ): Promise<
    | { proceed: true; extra?: Record<string, unknown>; secondFactorAt?: Date }
    | { proceed: false; respond: Record<string, unknown> }
  >;
}
