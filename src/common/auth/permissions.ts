import { Injectable } from '@nestjs/common';
import { Entitlements } from '../ports/entitlements';
import type { AuthContext } from './auth-context';
import { type Role, roleAtLeast } from './roles';
import { RouteAuthCheck, type RouteAuthEntry } from './route-auth.check';

/** What one permission (`<resource>:read|write`) takes: the least any of its routes asks for. */
export interface PermissionRule {
  permission: string;
  /** The lowest role that reaches at least one of its routes. */
  role: Role;
  /** Set when every route of the permission open to that role needs this plan feature. */
  feature: string | null;
}

const VERSION_PREFIXES = [/^\/v\d+\/identity\/auth\//, /^\/v\d+\//, /^\/auth\//];

/**
 * The resource a route belongs to: the first path segment after the API prefix (`/v2/port_lists/{id}` → `port_lists`,
 * `/v2/user/mfa/enable` → `user`, `/v1/identity/auth/mfa/factors` → `mfa`, `/auth/impersonate` → `impersonate`).
 * GET is read; every other method is write.
 */
export function permissionOf(route: Pick<RouteAuthEntry, 'method' | 'path'>): string | null {
  const prefix = VERSION_PREFIXES.find((p) => p.test(route.path));
  if (!prefix) return null;
  const resource = route.path.replace(prefix, '').split('/')[0];
  if (!resource || resource.startsWith(':')) return null;
  return `${resource}:${route.method === 'GET' ? 'read' : 'write'}`;
}

/**
 * Derives the permission table from the routes' own access declarations (`@Authenticated({ role, feature })`), so the
 * table cannot disagree with what the routes enforce: a role has `<resource>:<action>` when at least one route of
 * that resource and action admits it. Where routes of a resource ask for more (built-in port lists are changed only
 * by super admins; `POST /v2/port_lists/sync` is super admin only), the service refuses those cases with 403.
 */
export function permissionRules(routes: RouteAuthEntry[]): PermissionRule[] {
  const byPermission = new Map<string, { role: Role; feature: string | null }[]>();
  for (const route of routes) {
    if (route.auth?.kind !== 'user') continue;
    const permission = permissionOf(route);
    if (!permission) continue;
    const rules = byPermission.get(permission) ?? [];
    rules.push({ role: route.auth.role ?? 'User', feature: route.auth.feature ?? null });
    byPermission.set(permission, rules);
  }
  const order: Role[] = ['User', 'Admin', 'Super Admin'];
  return [...byPermission.entries()]
    .map(([permission, rules]) => {
      const role = order.find((r) => rules.some((x) => x.role === r))!;
      const atRole = rules.filter((x) => x.role === role);
      const feature = atRole.every((x) => x.feature) ? atRole[0].feature : null;
      return { permission, role, feature };
    })
    .sort((a, b) => a.permission.localeCompare(b.permission));
}

/** `GET /v2/user/permissions`: the caller's permissions from the route table and its organization's plan. */
@Injectable()
export class PermissionsCatalog {
  private rules?: PermissionRule[];

  constructor(
    private readonly routes: RouteAuthCheck,
    private readonly entitlements: Entitlements,
  ) {}

  all(): PermissionRule[] {
    this.rules ??= permissionRules(this.routes.routes());
    return this.rules;
  }

  async of(auth: Pick<AuthContext, 'user'>): Promise<string[]> {
    const granted: string[] = [];
    const features = new Map<string, boolean>();
    for (const rule of this.all()) {
      if (!roleAtLeast(auth.user.role, rule.role)) continue;
      if (rule.feature) {
        if (!features.has(rule.feature))
          features.set(rule.feature, await this.entitlements.enabled(auth.user.organizationId, rule.feature));
        if (!features.get(rule.feature)) continue;
      }
      granted.push(rule.permission);
    }
    return granted;
  }
}
