import { type Role, roleAtLeast } from './roles';

/**
 * What each role may do, by resource. This is the table `GET /v2/user/permissions` reports; routes enforce the
 * same rules through `@Authenticated({ role })`.
 */
export const PERMISSIONS: Record<string, { read: Role; write: Role }> = {
  targets: { read: 'User', write: 'User' },
  scans: { read: 'User', write: 'User' },
  schedules: { read: 'User', write: 'User' },
  reports: { read: 'User', write: 'User' },
  vulnerabilities: { read: 'User', write: 'User' },
  exceptions: { read: 'User', write: 'User' },
  webhooks: { read: 'User', write: 'User' },
  notifications: { read: 'User', write: 'User' },
  saqs: { read: 'User', write: 'User' },
  organization: { read: 'User', write: 'Admin' },
  users: { read: 'Admin', write: 'Admin' },
  audit: { read: 'Admin', write: 'Super Admin' },
  subscriptions: { read: 'Admin', write: 'Super Admin' },
  scanners: { read: 'User', write: 'Super Admin' },
  port_lists: { read: 'User', write: 'Super Admin' },
  plans: { read: 'User', write: 'Super Admin' },
  products: { read: 'User', write: 'Super Admin' },
  organizations: { read: 'Admin', write: 'Admin' },
  whitelabel: { read: 'User', write: 'Admin' },
  api_keys: { read: 'Super Admin', write: 'Super Admin' },
};

export function permissionsOf(role: Role): string[] {
  return Object.entries(PERMISSIONS).flatMap(([resource, need]) => [
    ...(roleAtLeast(role, need.read) ? [`${resource}:read`] : []),
    ...(roleAtLeast(role, need.write) ? [`${resource}:write`] : []),
  ]);
}
