import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne } from 'typeorm';

/**
 * A row owned by one organization. Entities extend it and are declared with `@TenantEntity(table)`, which adds the
 * `organization_id` column, its foreign key to `organizations` and (by default) its index: written once here
 * instead of in every entity. Only `TenantRepository` reads and writes such rows.
 */
/** A relation to another module's entity, declared by entity name: only its id is ever known here. */
export interface EntityRef {
  id: string;
}

export abstract class TenantOwned {
  organizationId: string;
  /** The relation behind the foreign key; never loaded (modules do not read each other's entities). */
  organization?: EntityRef;
}

/**
 * Like `TenantOwned`, for tables that also hold installation-wide rows (`organization_id` NULL: built-in port lists).
 * Every scope reads the shared rows; only a global scope (super admin) changes them through the repository.
 */
export abstract class SharedTenantOwned {
  organizationId: string | null;
  organization?: EntityRef | null;
}

export interface TenantEntityOptions {
  /** Rows with a NULL organization are installation-wide (the entity extends `SharedTenantOwned`). */
  shared?: boolean;
  /**
   * `idx_<table>_organization_id` on the column (default true). false when a composite index that starts with
   * `organization_id` already serves the scoped queries; say which in a comment.
   */
  indexed?: boolean;
  /** What deleting the organization does to the rows (default CASCADE; users are RESTRICT). */
  onDelete?: 'CASCADE' | 'RESTRICT';
  /** false: no foreign key (rows that go with a parent row that has one, e.g. a scan's per-run results). */
  foreignKey?: boolean;
  /** The organization id is (part of) the primary key (one row per organization, or a join row). */
  primary?: boolean;
  /** One row per organization: a one-to-one relation (unique foreign key). Implies `primary`. */
  oneToOne?: boolean;
}

export const TENANT_ENTITY_METADATA = 'cg:tenant-entity';

/** `@Entity(table)` for a tenant-owned entity (a subclass of `TenantOwned`). */
export function TenantEntity(table: string, options: TenantEntityOptions = {}): ClassDecorator {
  return (target) => {
    const proto = (target as unknown as { prototype: object }).prototype;
    const primary = options.primary ?? options.oneToOne ?? false;
    Column({ type: 'uuid', primary, nullable: !!options.shared })(proto, 'organizationId');
    Reflect.defineMetadata(TENANT_ENTITY_METADATA, { shared: !!options.shared }, target);
    if (options.foreignKey !== false) {
      // By entity name, so that no module imports the organizations module's entity.
      const relation = options.oneToOne
        ? OneToOne('Organization', { onDelete: options.onDelete ?? 'CASCADE' })
        : ManyToOne('Organization', { onDelete: options.onDelete ?? 'CASCADE', nullable: !!options.shared });
      relation(proto, 'organization');
      JoinColumn({ name: 'organization_id' })(proto, 'organization');
    }
    if (options.indexed ?? !primary) Index(`idx_${table}_organization_id`, ['organizationId'])(target);
    Entity(table)(target);
  };
}
