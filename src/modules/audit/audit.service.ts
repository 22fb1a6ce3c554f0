import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, type Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { type AuditEntry, AuditRecorder } from '../../common/audit/audit-recorder';
import { RecordNotFound } from '../../common/errors/app-error';
import { paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import type { TenantScope } from '../../common/tenancy/tenant-scope';
import { AuditEvent } from './audit-event.entity';

export const AUDIT_LIST_SPEC: ListSpec = {
  columns: {
    action: { sql: 'e.action', type: 'string' },
    result: { sql: 'e.result', type: 'enum', values: ['success', 'failure'] },
    actor_id: { sql: 'e.actor_id', type: 'uuid' },
    actor_username: { sql: 'e.actor_username', type: 'string' },
    impersonator_id: { sql: 'e.impersonator_id', type: 'uuid' },
    organization_id: { sql: 'e.organization_id', type: 'uuid' },
    resource_type: { sql: 'e.resource_type', type: 'string' },
    resource_id: { sql: 'e.resource_id', type: 'string' },
    ip: { sql: 'e.ip', type: 'string' },
    status_code: { sql: 'e.status_code', type: 'number' },
    occurred_at: { sql: 'e.occurred_at', type: 'date' },
  },
  dateColumn: 'occurred_at',
  defaultSort: 'occurred_at:desc',
  search: ['action', 'actor_username', 'resource_type'],
  tieBreaker: 'e.id',
};

/** The audit trail. Writing never fails the request that is audited: a failed write is logged loudly instead. */
@Injectable()
export class AuditService extends AuditRecorder {
  private readonly logger = new Logger('Audit');

  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {
    super();
  }

  /** Records an event; pass the transaction's manager to make it part of a change. */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const row = {
      action: entry.action.slice(0, 120),
      result: entry.result,
      actorId: entry.actorId ?? null,
      actorUsername: entry.actorUsername ?? null,
      impersonatorId: entry.impersonatorId ?? null,
      organizationId: entry.organizationId ?? null,
      resourceType: entry.resourceType ?? null,
      resourceId: entry.resourceId?.slice(0, 64) ?? null,
      ip: entry.ip?.slice(0, 64) ?? null,
      userAgent: entry.userAgent?.slice(0, 512) ?? null,
      statusCode: entry.statusCode ?? null,
      details: (entry.details ?? {}) as object,
    } as QueryDeepPartialEntity<AuditEvent>;
    try {
      await (manager ? manager.insert(AuditEvent, row) : this.events.insert(row));
    } catch (err) {
      if (manager) throw err;
      this.logger.error(`Audit write failed for ${entry.action}: ${(err as Error).message}`);
    }
  }

  list(scope: TenantScope, query: ListQuery) {
    const qb = this.events.createQueryBuilder('e');
    scope.apply(qb, 'e.organization_id');
    return paginate(qb, query, AUDIT_LIST_SPEC);
  }

  async get(scope: TenantScope, id: string): Promise<AuditEvent> {
    const qb = this.events.createQueryBuilder('e').where('e.id = :id', { id });
    scope.apply(qb, 'e.organization_id');
    const event = await qb.getOne();
    if (!event) throw new RecordNotFound();
    return event;
  }
}

export type { AuditEntry };
