import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ClsService } from 'nestjs-cls';
import { AppError, Forbidden, Unauthorized } from '../errors/app-error';
import { CLIENT_IP } from '../http/client-ip';
import type { RequestWithAuth } from './auth-context';
import { ApiKeyVerifier, CredentialResolver, StepUpVerifier } from './auth.ports';
import { AUTH_METADATA, type RouteAuth } from './authenticated.decorator';
import { FeatureGuard } from './feature.guard';
import { roleAtLeast } from './roles';

/**
 * The one global guard, default-deny. In order: API key, credentials (JWT session or access token), role,
 * impersonation rule, step-up, plan feature. What a route needs comes only from its `@Authenticated()` (or `@PublicWithApiKey()`,
 * `@NoAuth()`) declaration.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeyVerifier,
    private readonly credentials: CredentialResolver,
    private readonly stepUp: StepUpVerifier,
    private readonly features: FeatureGuard,
    private readonly cls: ClsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const route = this.reflector.getAllAndOverride<RouteAuth | undefined>(AUTH_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    // Default deny. Boot also refuses to start with such a route (see route-auth.check.ts).
    if (!route) throw Forbidden('This route declares no access rule');
    if (route.kind === 'none') return true;

    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithAuth>();
    if (this.cls.isActive()) this.cls.set(CLIENT_IP, request.ip);
    const rawKey = request.headers['x-api-key'];
    if (typeof rawKey !== 'string' || !rawKey)
      throw Unauthorized('Missing API key (x-api-key header)', 'auth.invalid_api_key');
    const apiKeyId = await this.apiKeys.verify(rawKey);
    if (!apiKeyId) throw Unauthorized('Invalid API key', 'auth.invalid_api_key');
    request.apiKeyId = apiKeyId;
    if (route.kind === 'api-key') return true;

    request.loadCallerProfile = !!route.presentsCaller;
    const auth = await this.credentials.resolve(context, apiKeyId);
    request.auth = auth;
    if (this.cls.isActive()) this.cls.set('auth', auth);

    if (route.role && !roleAtLeast(auth.user.role, route.role)) {
      throw Forbidden(`This action requires the ${route.role} role`);
    }
    if (route.forbidWhileImpersonating && auth.impersonatorId) {
      throw Forbidden('Not allowed while impersonating a user', 'auth.impersonation_forbidden');
    }
    if (route.stepUp) {
      const token = request.headers['x-mfa-step-up-token'];
      const ok = await this.stepUp.verify(auth, typeof token === 'string' ? token : undefined, {
        recentProof: route.stepUp !== 'token',
      });
      if (!ok) {
        throw AppError.of(401, 'mfa.step_up_required', 'A fresh second factor is required: send x-mfa-step-up-token');
      }
    }
    if (route.feature) await this.features.assert(auth, route.feature);
    return true;
  }
}
