import { type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

/**
 * Which organizations a caller may see. Resolved once per request from the caller's role:
 * a User or Admin sees its own organization, an Admin of a partner organization also its customers',
 * a Super Admin every organization (`all`).
 */
export class TenantScope {
  private constructor(
    /** The caller's own organization: where things it creates belong. */
    readonly organizationId: string,
    private readonly ids: readonly string[] | 'all',
  ) {}

  static all(homeOrganizationId: string) {
    return new TenantScope(homeOrganizationId, 'all');
  }

  static of(homeOrganizationId: string, extra: readonly string[] = []) {
    return new TenantScope(homeOrganizationId, [
      homeOrganizationId,
      ...extra.filter((id) => id !== homeOrganizationId),
    ]);
  }

  /**
   * The scope of background work for one organization: a job or event handler loads its subject through the scope
   * of the payload's `organizationId`, never by bare id.
   */
  static ofPayload(payload: { organizationId: string }) {
    return new TenantScope(payload.organizationId, [payload.organizationId]);
  }

  /**
   * Every organization, for installation-wide work that no caller asked for: moving a user's records (which may sit
   * in customer organizations) or retention. Greppable on purpose: each use is a place to review.
   */
  static everywhere() {
    return new TenantScope('', 'all');
  }

  get isGlobal() {
    return this.ids === 'all';
  }

  /** The organization ids, or undefined for a global scope. */
  get organizationIds(): readonly string[] | undefined {
    return this.ids === 'all' ? undefined : this.ids;
  }

  includes(organizationId: string | null | undefined): boolean {
    return this.ids === 'all' || (!!organizationId && this.ids.includes(organizationId));
  }

  /**
   * Restricts a query builder to the scope. Tenant-owned entities use `TenantRepository`, which calls nothing else;
   * this remains for the account tables (users, organizations, audit) whose visibility rules are their own.
   */
  apply<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, organizationColumn: string): SelectQueryBuilder<T> {
    if (this.ids === 'all') return qb;
    return qb.andWhere(`${organizationColumn} IN (:...tenantOrganizationIds)`, { tenantOrganizationIds: this.ids });
  }
}
