import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiSecurity } from '@nestjs/swagger';
import { ApiErrors, ErrorEnvelopeDto } from '../http/resource';
import type { Role } from './roles';

export const AUTH_METADATA = 'cg:auth';

export interface AuthRequirements {
  /** Minimum role (roles are ordered User < Admin < Super Admin). Default: any signed-in user. */
  role?: Role;
  /** Needs a fresh second factor (`x-mfa-step-up-token`), for sensitive changes. */
  stepUp?: boolean;
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
 * The one authorization declaration of a route. The global guard denies every route without one (and boot fails),
 * so forgetting it cannot open a route. It also writes the route's security entry in the OpenAPI spec.
 */
export function Authenticated(requirements: AuthRequirements = {}) {
  const meta: RouteAuth = { kind: 'user', ...requirements };
  const decorators = [
    SetMetadata(AUTH_METADATA, meta),
    ApiSecurity('api-key'),
    ApiBearerAuth('bearer'),
    ApiSecurity('access-token'),
    ApiErrors(401, ...(requirements.role ? [403] : []), ...(requirements.forbidWhileImpersonating ? [403] : [])),
  ];
  if (requirements.stepUp) decorators.push(ApiSecurity('mfa-step-up'));
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
