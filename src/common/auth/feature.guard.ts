import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../errors/app-error';
import { Entitlements } from '../ports/entitlements';
import type { AuthContext, RequestWithAuth } from './auth-context';
import { AUTH_METADATA, type RouteAuth } from './authenticated.decorator';

/**
 * The plan-feature part of `@Authenticated({ feature })`: 403 `plan.feature_not_available` when the caller's
 * organization plan does not include the route's feature flag. The global AuthGuard runs it after the caller and
 * role are known. Numeric limits depend on counts only the calling module knows: those call
 * `Entitlements.assertWithin(...)` in the service instead.
 */
@Injectable()
export class FeatureGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly entitlements: Entitlements,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const route = this.reflector.getAllAndOverride<RouteAuth | undefined>(AUTH_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (route?.kind !== 'user' || !route.feature) return true;
    const auth = context.switchToHttp().getRequest<RequestWithAuth>().auth;
    if (!auth) throw new Error('A feature check needs the caller');
    await this.assert(auth, route.feature);
    return true;
  }

  async assert(auth: Pick<AuthContext, 'user'>, feature: string): Promise<void> {
    if (await this.entitlements.enabled(auth.user.organizationId, feature)) return;
    throw AppError.of(403, 'plan.feature_not_available', `Your organization's plan does not include ${feature}`);
  }
}
