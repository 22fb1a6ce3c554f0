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

  /** Restricts a query to the scope: the one place where tenancy becomes SQL. */
  apply<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, organizationColumn: string): SelectQueryBuilder<T> {
    if (this.ids === 'all') return qb;
    return qb.andWhere(`${organizationColumn} IN (:...tenantOrganizationIds)`, { tenantOrganizationIds: this.ids });
  }
}
