import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, type Repository } from 'typeorm';
import { Conflict, ParameterError, RecordNotFound } from '../../common/errors/app-error';
import { isForeignKeyViolation } from '../../common/errors/database-errors';
import { applyListFilters, paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import type { TenantScope } from '../../common/tenancy/tenant-scope';
import type { UpdateOrganizationDto, UpdateOrganizationSettingsDto } from './dto/organization.dto';
import { Organization } from './organization.entity';

export const ORGANIZATION_LIST_SPEC: ListSpec = {
  columns: {
    name: { sql: 'o.name', type: 'string' },
    company_name: { sql: 'o.company_name', type: 'string' },
    email: { sql: 'o.email', type: 'string' },
    country: { sql: 'o.country', type: 'string' },
    partner: { sql: 'o.partner', type: 'boolean' },
    parent_id: { sql: 'o.parent_id', type: 'uuid' },
    created_at: { sql: 'o.created_at', type: 'date' },
    updated_at: { sql: 'o.updated_at', type: 'date' },
  },
  defaultSort: 'name:asc',
  search: ['name', 'company_name', 'email'],
  tieBreaker: 'o.id',
};

/** API field → entity property, for every organization field a client may set. */
export const ORGANIZATION_FIELDS: Record<keyof UpdateOrganizationDto, keyof Organization> = {
  name: 'name',
  company_name: 'companyName',
  description: 'description',
  address: 'address',
  city: 'city',
  state: 'state',
  zipcode: 'zipcode',
  country: 'country',
  phone: 'phone',
  website: 'website',
  email: 'email',
  contact_name: 'contactName',
  contact_title: 'contactTitle',
  contact_phone: 'contactPhone',
  contact_email: 'contactEmail',
  exceptions_self_approval: 'exceptionsSelfApproval',
};

@Injectable()
export class OrganizationsService {
  constructor(@InjectRepository(Organization) private readonly organizations: Repository<Organization>) {}

  /** Customer organizations of a partner (direct children). */
  async customerIdsOf(partnerId: string): Promise<string[]> {
    const rows = await this.organizations.find({ where: { parentId: partnerId }, select: { id: true } });
    return rows.map((r) => r.id);
  }

  /** One organization within the caller's scope; anything else is the same 404. */
  async get(scope: TenantScope, id: string): Promise<Organization> {
    if (!scope.includes(id)) throw new RecordNotFound();
    const org = await this.organizations.findOneBy({ id });
    if (!org) throw new RecordNotFound();
    return org;
  }

  /**
   * The organization a new record belongs to: the caller's own, or `requested` when the caller manages it (super
   * admins, partner admins for customers); anything else is a 422 on `field` (e.g. `target.organization_id`).
   */
  async owningOrganization(scope: TenantScope, requested: string | undefined, field: string): Promise<string> {
    if (!requested || requested === scope.organizationId) return scope.organizationId;
    try {
      return (await this.get(scope, requested)).id;
    } catch (error) {
      if (error instanceof RecordNotFound) throw new ParameterError([`${field} is not an organization you manage`]);
      throw error;
    }
  }

  /** Unscoped lookup for internal use (branding inheritance, jobs); never answer a client with it unchecked. */
  findById(id: string): Promise<Organization | null> {
    return this.organizations.findOneBy({ id });
  }

  /** Locks an organization's row until the transaction ends: serializes changes that read-then-write its totals. */
  async lockForUpdate(id: string, manager: EntityManager): Promise<void> {
    await manager
      .getRepository(Organization)
      .createQueryBuilder('o')
      .setLock('pessimistic_write')
      .where('o.id = :id', { id })
      .getOne();
  }

  create(input: Partial<Organization> & { name: string }, manager?: EntityManager): Promise<Organization> {
    const repo = manager ? manager.getRepository(Organization) : this.organizations;
    return repo.save(repo.create(input));
  }

  /** Organizations in the caller's scope (own, a partner's customers, or all for super admins). */
  list(scope: TenantScope, query: ListQuery) {
    const qb = this.organizations.createQueryBuilder('o');
    scope.apply(qb, 'o.id');
    return paginate(qb, query, ORGANIZATION_LIST_SPEC);
  }

  /**
   * Pages through the organizations in scope in a stable order, for streamed exports; `query` narrows them with the
   * filters of the list (`ORGANIZATION_LIST_SPEC`).
   */
  async *eachInScope(scope: TenantScope, query?: ListQuery, batchSize = 500): AsyncGenerator<Organization> {
    let after: string | null = null;
    for (;;) {
      const qb = this.organizations.createQueryBuilder('o').orderBy('o.id', 'ASC').take(batchSize);
      scope.apply(qb, 'o.id');
      if (query) applyListFilters(qb, query, ORGANIZATION_LIST_SPEC);
      if (after) qb.andWhere('o.id > :after', { after });
      const rows = await qb.getMany();
      yield* rows;
      if (rows.length < batchSize) return;
      after = rows[rows.length - 1].id;
    }
  }

  /** Deletes an empty organization: no customers; users and other records are checked by the caller and the FKs. */
  async remove(id: string, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(Organization) : this.organizations;
    if (await repo.existsBy({ parentId: id })) throw Conflict('The organization still has customer organizations');
    try {
      await repo.delete({ id });
    } catch (err) {
      // Records of other modules still point at it (foreign keys): refuse rather than cascade them away.
      if (isForeignKeyViolation(err)) throw Conflict('The organization still owns records; remove them first');
      throw err;
    }
  }

  async updateSettings(scope: TenantScope, id: string, input: UpdateOrganizationSettingsDto): Promise<Organization> {
    const org = await this.get(scope, id);
    if (input.exceptions_self_approval !== undefined) org.exceptionsSelfApproval = input.exceptions_self_approval;
    return this.organizations.save(org);
  }

  async update(scope: TenantScope, id: string, input: UpdateOrganizationDto): Promise<Organization> {
    const org = await this.get(scope, id);
    assignOrganizationFields(org, input);
    return this.organizations.save(org);
  }
}

/** Copies the organization fields present in `input` (API names) onto `target` (entity properties). */
export function assignOrganizationFields(
  target: Partial<Organization>,
  input: Partial<Record<keyof UpdateOrganizationDto, unknown>>,
) {
  for (const [field, property] of Object.entries(ORGANIZATION_FIELDS)) {
    const value = input[field as keyof UpdateOrganizationDto];
    if (value !== undefined) (target as Record<string, unknown>)[property] = value;
  }
}

/** The organization record other modules receive from this service. */
export type { Organization } from './organization.entity';
