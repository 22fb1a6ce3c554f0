import {
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiResponse } from '@nestjs/swagger';
import type { RequestWithAuth } from '../auth/auth-context';
import { AppError } from '../errors/app-error';
import { ErrorEnvelopeDto } from '../http/resource';
import { Entitlements } from '../ports/entitlements';

export const REQUIRED_FEATURE_METADATA = 'cg:required-feature';

/**
 * Runs after the global AuthGuard (route guards come after global ones), so the caller is known: the route answers
 * 403 `plan.feature_not_available` when the caller's organization plan does not include the feature.
 */
@Injectable()
export class FeatureGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly entitlements: Entitlements,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const feature = this.reflector.getAllAndOverride<string | undefined>(REQUIRED_FEATURE_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!feature) return true;
    const auth = context.switchToHttp().getRequest<RequestWithAuth>().auth;
    if (!auth) throw new Error('@RequiresFeature() needs an @Authenticated() route');
    if (await this.entitlements.enabled(auth.user.organizationId, feature)) return true;
    throw AppError.of(403, 'plan.feature_not_available', `Your organization's plan does not include ${feature}`);
  }
}

/**
 * Declares that a route needs a plan feature flag, e.g. `@RequiresFeature('advanced_reports')` on a controller or
 * a handler (use with `@Authenticated()`). Numeric limits depend on counts only the calling module knows: call
 * `Entitlements.assertWithin(...)` in the service instead.
 */
export function RequiresFeature(feature: string) {
  return applyDecorators(
    SetMetadata(REQUIRED_FEATURE_METADATA, feature),
    UseGuards(FeatureGuard),
    ApiResponse({
      status: 403,
      description: `Plan does not include ${feature} (plan.feature_not_available)`,
      type: ErrorEnvelopeDto,
    }),
  );
}
