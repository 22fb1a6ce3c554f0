import { type DynamicModule, Inject, Module, type Provider } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  DataSource,
  type DeepPartial,
  type EntityManager,
  type FindManyOptions,
  type FindOptionsWhere,
  In,
  IsNull,
  type Repository,
  type SelectQueryBuilder,
} from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { RecordNotFound } from '../errors/app-error';
import { type SharedTenantOwned, TENANT_ENTITY_METADATA, type TenantOwned } from './tenant-entity';
import type { TenantScope } from './tenant-scope';

type TenantRow = TenantOwned | SharedTenantOwned;
type Where<T> = FindOptionsWhere<T>;

/**
 * The only way to read and write tenant-owned rows. Every read, update, delete and count takes a `TenantScope` and
 * restricts itself to it, so a query cannot forget tenancy: calling without one does not compile. A row outside the
 * scope is the same `RecordNotFound` (404) as a missing one. Inserts check that the row's organization is in the
 * scope. `in(tx)` gives the same repository inside a transaction.
 *
 * Entities declared `shared` (built-in port lists) are readable by every scope; their shared rows change only
 * through a global scope.
 */
export class TenantRepository<T extends TenantRow> {
  private readonly shared: boolean;

  constructor(private readonly repository: Repository<T>) {
    const meta = Reflect.getMetadata(TENANT_ENTITY_METADATA, repository.target as object) as
      { shared: boolean } | undefined;
    if (!meta) throw new Error(`${repository.metadata.name} is not declared with @TenantEntity()`);
    this.shared = meta.shared;
  }

  /** The same repository, reading and writing with a transaction's manager. */
  in(tx: EntityManager): TenantRepository<T> {
    return new TenantRepository(tx.getRepository<T>(this.repository.target));
  }

  /**
   * A query builder already restricted to the scope (`alias` names the table in it). Its `where()` adds a condition
   * like `andWhere()` instead of replacing the scope's.
   */
  query(scope: TenantScope, alias: string): SelectQueryBuilder<T> {
    const qb = this.repository.createQueryBuilder(alias);
    const ids = scope.organizationIds;
    if (!ids) return qb;
    const column = `${alias}.organization_id`;
    if (this.shared)
      qb.andWhere(`(${column} IS NULL OR ${column} IN (:...tenantOrganizationIds))`, { tenantOrganizationIds: ids });
    else qb.andWhere(`${column} IN (:...tenantOrganizationIds)`, { tenantOrganizationIds: ids });
    // TypeORM's where() drops the conditions before it: on a scoped builder it must not drop the scope.
    qb.where = qb.andWhere.bind(qb) as typeof qb.where;
    return qb;
  }

  /** One row by id, or 404 (missing and not-yours alike). */
  async get(scope: TenantScope, id: string): Promise<T> {
    const row = await this.findOne(scope, { id } as unknown as Where<T>);
    if (!row) throw new RecordNotFound();
    return row;
  }

  findOne(scope: TenantScope, where: Where<T>): Promise<T | null> {
    return this.repository.findOne({ where: this.readable(scope, where) });
  }

  find(scope: TenantScope, where: Where<T> = {}, options: Omit<FindManyOptions<T>, 'where'> = {}): Promise<T[]> {
    return this.repository.find({ ...options, where: this.readable(scope, where) });
  }

  count(scope: TenantScope, where: Where<T> = {}): Promise<number> {
    return this.repository.count({ where: this.readable(scope, where) });
  }

  /** The given ids that exist in the scope (for bulk actions, which skip the others). */
  async idsIn(scope: TenantScope, ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await this.repository.find({
      select: { id: true } as never,
      where: this.writable(scope, { id: In([...new Set(ids)]) } as unknown as Where<T>),
    });
    return rows.map((r) => (r as unknown as { id: string }).id);
  }

  /** Updates the rows matching `where` inside the scope; answers how many changed. */
  async update(scope: TenantScope, where: Where<T>, changes: QueryDeepPartialEntity<T>): Promise<number> {
    const result = await this.repository.update(this.writable(scope, where) as never, changes);
    return result.affected ?? 0;
  }

  /** Deletes the rows matching `where` inside the scope; answers how many went. */
  async delete(scope: TenantScope, where: Where<T>): Promise<number> {
    const result = await this.repository.delete(this.writable(scope, where) as never);
    return result.affected ?? 0;
  }

  /** A new, unsaved row (no database access). */
  create(values: DeepPartial<T>): T {
    return this.repository.create(values);
  }

  /** Inserts or updates a row whose organization is in the scope (a new row of another organization is a 404). */
  async save(scope: TenantScope, row: T): Promise<T> {
    this.assertInScope(scope, row.organizationId);
    return this.repository.save(row);
  }

  /** Inserts many rows of organizations in the scope, without reading them back. */
  async insert(scope: TenantScope, rows: QueryDeepPartialEntity<T>[]): Promise<void> {
    if (!rows.length) return;
    for (const r of rows) this.assertInScope(scope, (r as { organizationId?: string | null }).organizationId ?? null);
    await this.repository.insert(rows);
  }

  private assertInScope(scope: TenantScope, organizationId: string | null) {
    if (organizationId === null ? !(this.shared && scope.isGlobal) : !scope.includes(organizationId))
      throw new RecordNotFound();
  }

  private readable(scope: TenantScope, where: Where<T>): Where<T> | Where<T>[] {
    const ids = scope.organizationIds;
    if (!ids) return where;
    const own = { ...where, organizationId: In([...ids]) } as Where<T>;
    return this.shared ? [own, { ...where, organizationId: IsNull() } as Where<T>] : own;
  }

  private writable(scope: TenantScope, where: Where<T>): Where<T> {
    const ids = scope.organizationIds;
    return ids ? ({ ...where, organizationId: In([...ids]) } as Where<T>) : where;
  }
}

/** A tenant entity class. */
export type TenantEntityClass = abstract new (...args: never[]) => TenantRow;

export const tenantRepositoryToken = (entity: TenantEntityClass) => `TenantRepository<${entity.name}>`;

/** Injects the `TenantRepository` of an entity made available by `TenantRepositoryModule.forFeature`. */
export const InjectTenantRepository = (entity: TenantEntityClass) => Inject(tenantRepositoryToken(entity));

/** Provides `TenantRepository<E>` for a module's own tenant-owned entities (and TypeORM's repositories of them). */
@Module({})
export class TenantRepositoryModule {
  static forFeature(entities: TenantEntityClass[]): DynamicModule {
    const providers: Provider[] = entities.map((entity) => ({
      provide: tenantRepositoryToken(entity),
      useFactory: (ds: DataSource) => new TenantRepository(ds.getRepository<TenantRow>(entity)),
      inject: [DataSource],
    }));
    return {
      module: TenantRepositoryModule,
      imports: [TypeOrmModule.forFeature(entities)],
      providers,
      exports: [...providers, TypeOrmModule],
    };
  }
}
