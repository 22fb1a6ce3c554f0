import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiResponse, ApiSecurity } from '@nestjs/swagger';
import { ApiErrors, ErrorEnvelopeDto } from '../http/resource';
import type { Role } from './roles';

export const AUTH_METADATA = 'cg:auth';

export interface AuthRequirements {
  /** Minimum role (roles are ordered User < Admin < Super Admin). Default: any signed-in user. */
  role?: Role;
  /**
   * Needs a fresh second factor, for sensitive changes. `true`: an `x-mfa-step-up-token`, or a session that proved a
   * second factor within `STEP_UP_WINDOW_SECONDS` (sign-in with a code, `verify_installation`, a step-up: GitHub's
   * "sudo mode"). `'token'`: only the header (the Canopy-compatible `/v1/identity` routes, seeds/003).
   */
  stepUp?: boolean | 'token';
  /** Refused (403) while an admin impersonates the user. */
  forbidWhileImpersonating?: boolean;
  /**
   * The handler presents the caller (`GET /v2/user/me`): the credential query also loads the caller's profile
   * (`AuthContext.callerRow`), so that it needs no second round trip. Other routes do not pay for it.
   */
  presentsCaller?: boolean;
  /**
   * A plan feature flag the caller's organization must have (e.g. `advanced_reports`): 403
   * `plan.feature_not_available` otherwise. Numeric limits are checked by services (`Entitlements.assertWithin`).
   */
  feature?: string;
}

export type RouteAuth =
  | ({ kind: 'user' } & AuthRequirements)
  /** API key only (sign-in, password reset, public branding ...). */
  | { kind: 'api-key' }
  /** No API key either: health, metrics and docs. */
  | { kind: 'none' };

/**
 * OpenAPI security requirements. Alternatives are ORed, the schemes inside one requirement ANDed: the API key AND one
 * user credential (a session JWT or an access token), so that generated clients send both.
 */
const USER_CREDENTIALS: Record<string, string[]>[] = [
  { 'api-key': [], bearer: [] },
  { 'api-key': [], 'access-token': [] },
];
const withStepUp = USER_CREDENTIALS.map((requirement) => ({ ...requirement, 'mfa-step-up': [] }));

/**
 * Documents a step-up a handler checks itself (e.g. only when the email changes): the `x-mfa-step-up-token` is one
 * more way to call the route. Routes declared `@Authenticated({ stepUp })` get this from the decorator.
 */
export const ApiStepUpSecurity = () => applyDecorators(...withStepUp.map((requirement) => ApiSecurity(requirement)));

/**
 * The one authorization declaration of a route. The global guard denies every route without one (and boot fails),
 * so forgetting it cannot open a route. It also writes the route's security entry in the OpenAPI spec.
 */
export function Authenticated(requirements: AuthRequirements = {}) {
  const meta: RouteAuth = { kind: 'user', ...requirements };
  const decorators = [
    SetMetadata(AUTH_METADATA, meta),
    // `stepUp: 'token'`: the header is required; `stepUp: true`: a recent second factor of the session also does.
    ...(requirements.stepUp === 'token' ? [] : USER_CREDENTIALS.map((requirement) => ApiSecurity(requirement))),
    ...(requirements.stepUp ? [ApiStepUpSecurity()] : []),
    ApiErrors(401, ...(requirements.role ? [403] : []), ...(requirements.forbidWhileImpersonating ? [403] : [])),
  ];
  if (requirements.feature)
    decorators.push(
      ApiResponse({
        status: 403,
        description: `Plan does not include ${requirements.feature} (plan.feature_not_available)`,
        type: ErrorEnvelopeDto,
      }),
    );
  return applyDecorators(...decorators);
}

/** Reachable with the API key alone. */
export const PublicWithApiKey = () =>
  applyDecorators(
    SetMetadata(AUTH_METADATA, { kind: 'api-key' } satisfies RouteAuth),
    ApiSecurity('api-key'),
    ApiErrors(401),
  );

/** Reachable without any credential (operations endpoints only). */
export const NoAuth = () => SetMetadata(AUTH_METADATA, { kind: 'none' } satisfies RouteAuth);
