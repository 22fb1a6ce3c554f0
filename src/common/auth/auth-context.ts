import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { TenantScope } from '../tenancy/tenant-scope';
import type { Role } from './roles';

export type CredentialKind = 'session' | 'access_token';

/** The authenticated caller, resolved once per request by the global guard. */
export interface AuthUser {
  id: string;
  username: string;
  email: string;
  role: Role;
  organizationId: string;
}

export interface AuthContext {
  /** The API key that identified the client (every request carries one). */
  apiKeyId: string | null;
  user: AuthUser;
  credential: CredentialKind;
  /** Session row behind a JWT; null for access tokens. */
  sessionId: string | null;
  /** When the session last proved a second factor (sudo mode of `/v2` step-up routes); null/absent: never. */
  secondFactorAt?: Date | null;
  /** When an admin is impersonating `user`, the admin's id (RFC 8693 `act`). */
  impersonatorId: string | null;
  tenant: TenantScope;
  /**
   * The caller's user and organization rows and 2FA status, loaded by the same query that checked the credential
   * (`UsersService.profileColumns()`) on routes declared `presentsCaller`, so that `GET /v2/user/me` needs no second
   * round trip.
   */
  callerRow?: Readonly<Record<string, unknown>>;
}

export interface RequestWithAuth {
  auth?: AuthContext;
  apiKeyId?: string | null;
  /** Set by the guard from the route's `presentsCaller`: the credential check loads `AuthContext.callerRow` too. */
  loadCallerProfile?: boolean;
}

/** The caller of an authenticated route. */
export const Auth = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthContext => {
  const auth = ctx.switchToHttp().getRequest<RequestWithAuth>().auth;
  if (!auth) throw new Error('@Auth() used on a route that is not @Authenticated()');
  return auth;
});
