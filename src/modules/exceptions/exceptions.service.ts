import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditRecorder } from '../../common/audit/audit-recorder';
import type { AuthContext } from '../../common/auth/auth-context';
import { roleAtLeast } from '../../common/auth/roles';
import { Conflict, Forbidden, ParameterError, RecordNotFound } from '../../common/errors/app-error';
import { isUniqueViolation } from '../../common/errors/database-errors';
import { cappedPaginate } from '../../common/listing/capped-paginate';
import { applyListQuery, pageMeta, paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import type { PageMeta } from '../../common/http/resource';
import { EXCEPTION_REASONS, type ExceptionReason } from '../../common/ports/finding-exceptions';
import { SEVERITIES } from '../../common/severity';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import { TenantScope } from '../../common/tenancy/tenant-scope';
import type { EventDefinition } from '../../events/event.decorator';
import { EventsService } from '../../events/events.service';
import { Periodic } from '../../jobs/periodic.decorator';
import { HostsService } from '../hosts/hosts.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { ScansService } from '../scans/scans.service';
import { TargetsService } from '../targets/targets.service';
import { type Vulnerability, VulnerabilitiesService } from '../vulnerabilities/vulnerabilities.service';
import type { CreateExceptionDto, ExceptionStatisticsDto, UpdateExceptionDto } from './dto/exception.dto';
import { ExceptionCoverage } from './exception-coverage.service';
import {
  EXCEPTION_SCOPES,
  EXCEPTION_STATUSES,
  ExceptionFinding,
  type ExceptionScope,
  type ExceptionStatus,
  FindingException,
  LIVE_STATUSES,
} from './exception.entity';
import {
  EXCEPTION_APPROVED,
  EXCEPTION_CREATED,
  EXCEPTION_EXPIRED,
  EXCEPTION_EXPIRING,
  EXCEPTION_REJECTED,
  EXCEPTION_RESET,
  EXPIRING_NOTICE_DAYS,
  type ExceptionEvent,
} from './exceptions.events';

export const EXCEPTION_LIST: ListSpec = {
  columns: {
    status: { sql: 'e.status', type: 'enum', values: EXCEPTION_STATUSES },
    reason: { sql: 'e.reason', type: 'enum', values: EXCEPTION_REASONS },
    scope: { sql: 'e.scope', type: 'enum', values: EXCEPTION_SCOPES },
    check_id: { sql: 'e.check_id', type: 'string' },
    vulnerability_id: { sql: 'e.vulnerability_id', type: 'uuid' },
    host_id: { sql: 'e.host_id', type: 'uuid' },
    target_id: { sql: 'e.target_id', type: 'uuid' },
    recast_severity: { sql: 'e.recast_severity', type: 'enum', values: SEVERITIES },
    user_id: { sql: 'e.user_id', type: 'uuid' },
    reviewed_by_id: { sql: 'e.reviewed_by_id', type: 'uuid' },
    organization_id: { sql: 'e.organization_id', type: 'uuid' },
    covered_count: { sql: 'e.covered_count', type: 'number' },
    expires_at: { sql: 'e.expires_at', type: 'date' },
    reviewed_at: { sql: 'e.reviewed_at', type: 'date' },
    created_at: { sql: 'e.created_at', type: 'date' },
    updated_at: { sql: 'e.updated_at', type: 'date' },
    justification: { sql: 'e.justification', type: 'string', sortable: false },
  },
  defaultSort: 'created_at:desc',
  // date_range_start / date_range_end / relative_date_range apply to expires_at.
  dateColumn: 'expires_at',
  search: ['check_id', 'justification'],
  tieBreaker: 'e.id',
};

/** The covered findings of an exception (`GET /v2/exceptions/{id}/details`), in the order they were covered. */
export const EXCEPTION_DETAILS_LIST: ListSpec = {
  columns: { added_at: { sql: 'm.added_at', type: 'date' } },
  defaultSort: 'added_at:asc',
  tieBreaker: 'm.vulnerability_id',
};

/** Exceptions expired per transaction by the expiry task (one organization at a time). */
const EXPIRE_BATCH = 200;

const isAdmin = (auth: AuthContext) => roleAtLeast(auth.user.role, 'Admin');

/** One state change of several exceptions: from which statuses, to which, with what, announced how. */
interface Transition {
  from: readonly ExceptionStatus[];
  to: ExceptionStatus;
  changes: Partial<Pick<FindingException, 'reviewedById' | 'reviewedAt' | 'reviewComment' | 'endedById' | 'endedAt'>>;
  event: EventDefinition<ExceptionEvent>;
  /** Audit action of each exception's change. */
  action: string;
  actor: AuthContext['user'] | null;
  impersonatorId?: string | null;
}

/**
 * Exceptions: their terms and review (pending → active | rejected; pending|active → reset | expired), and their effect
 * on the findings. Every change that alters what a finding shows runs in one transaction that first takes the
 * organization's findings lock (`VulnerabilitiesService.lockFindings`, also taken by runs storing results), writes the
 * exception, recomputes the coverage of the findings concerned through `VulnerabilitiesService.applyExceptionCoverage`
 * (which refreshes host counters and statistics), records the audit entry and publishes the event.
 */
@Injectable()
export class ExceptionsService {
  private readonly logger = new Logger('Exceptions');

  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(FindingException) private readonly exceptions: TenantRepository<FindingException>,
    @InjectTenantRepository(ExceptionFinding) private readonly members: TenantRepository<ExceptionFinding>,
    private readonly coverage: ExceptionCoverage,
    private readonly vulnerabilities: VulnerabilitiesService,
    private readonly hosts: HostsService,
    private readonly targets: TargetsService,
    private readonly scans: ScansService,
    private readonly organizations: OrganizationsService,
    private readonly events: EventsService,
    private readonly audit: AuditRecorder,
  ) {}

  list(scope: TenantScope, query: ListQuery) {
    const qb = this.exceptions.query(scope, 'e');
    // Check ids are stored lower-case: compare the lower-cased value (same answer, and the index applies).
    const filters = query.filters.map((f) => (f.column === 'check_id' ? { ...f, value: f.value.toLowerCase() } : f));
    return paginate(qb, { ...query, filters }, EXCEPTION_LIST);
  }

  get(scope: TenantScope, id: string): Promise<FindingException> {
    return this.exceptions.get(scope, id);
  }

  /** A new `pending` exception; the findings it covers show it at once, and count differently once it is approved. */
  async create(auth: AuthContext, input: CreateExceptionDto): Promise<FindingException> {
    const problems: string[] = [];
    const expiresAt = checkTerms(input.reason, input, problems, true);
    const scope = scopeOf(input, problems);
    if (problems.length) throw new ParameterError(problems);

    let organizationId: string;
    let checkId = input.check_id?.trim().toLowerCase() ?? '';
    let vulnerability: Vulnerability | null = null;
    switch (scope) {
      case 'vulnerability':
        vulnerability = await this.vulnerabilities.get(auth.tenant, input.vulnerability_id!);
        organizationId = vulnerability.organizationId;
        checkId = vulnerability.checkId;
        assertRecastDiffers(input.recast_severity, vulnerability);
        break;
      case 'host':
        organizationId = (await this.hosts.get(auth.tenant, input.host_id!)).organizationId;
        break;
      case 'target':
        organizationId = (await this.targets.get(auth.tenant, input.target_id!)).organizationId;
        break;
      case 'organization':
        organizationId = await this.organizations.owningOrganization(
          auth.tenant,
          input.organization_id,
          'exception.organization_id',
        );
        break;
    }
    const row = this.exceptions.create({
      organizationId,
      reason: input.reason,
      justification: input.justification.trim(),
      evidence: input.evidence ?? null,
      recastSeverity: input.recast_severity ?? null,
      expiresAt,
      status: 'pending',
      scope,
      vulnerabilityId: vulnerability?.id ?? null,
      checkId,
      hostId: input.host_id ?? null,
      targetId: input.target_id ?? null,
      coveredCount: 0,
      userId: auth.user.id,
    });
    try {
      return await this.dataSource.transaction(async (tx) => {
        await this.vulnerabilities.lockFindings(tx, organizationId);
        const saved = await this.exceptions.in(tx).save(auth.tenant, row);
        const covered = await this.matchingFindings(tx, saved);
        await this.coverage.addMembers(
          tx,
          organizationId,
          covered.map(() => saved.id),
          covered,
        );
        await this.refreshCoverage(tx, organizationId, covered);
        const created = await this.exceptions.in(tx).get(auth.tenant, saved.id);
        await this.events.publish(tx, EXCEPTION_CREATED, eventOf(created, auth.user.id));
        return created;
      });
    } catch (err) {
      if (isUniqueViolation(err))
        throw Conflict(
          'A pending or active exception already covers this scope; change, reset or delete it first',
          'exception.duplicate',
        );
      throw err;
    }
  }

  /** Changes the terms of a pending exception (its creator or an Admin); the reason and the scope stay. */
  async update(auth: AuthContext, id: string, input: UpdateExceptionDto): Promise<FindingException> {
    const current = await this.get(auth.tenant, id);
    assertMayChange(auth, current);
    if (current.status !== 'pending')
      throw Conflict(
        `Only a pending exception can be changed (this one is ${current.status}); reset it and ask for a new one`,
      );
    const problems: string[] = [];
    const terms = {
      recast_severity: input.recast_severity ?? current.recastSeverity ?? undefined,
      expires_at: input.expires_at === undefined ? undefined : input.expires_at,
    };
    const expiresAt = checkTerms(current.reason, terms, problems, input.expires_at !== undefined);
    if (problems.length) throw new ParameterError(problems);
    if (current.vulnerabilityId && input.recast_severity !== undefined)
      assertRecastDiffers(input.recast_severity, await this.vulnerabilities.get(auth.tenant, current.vulnerabilityId));
    const changes: Partial<FindingException> = { updatedById: auth.user.id };
    if (input.justification !== undefined) changes.justification = input.justification.trim();
    if (input.evidence !== undefined) changes.evidence = input.evidence;
    if (input.recast_severity !== undefined) changes.recastSeverity = input.recast_severity;
    if (input.expires_at !== undefined) changes.expiresAt = expiresAt;
    // Conditional on the status: an approval in the meantime wins, and this change is refused.
    const changed = await this.exceptions.update(auth.tenant, { id: current.id, status: 'pending' }, changes);
    if (!changed) throw Conflict('The exception was reviewed meanwhile; nothing was changed');
    return this.get(auth.tenant, current.id);
  }

  /** pending → active, by an Admin of its organization or of its partner (not its creator or last editor, unless allowed). */
  async activate(auth: AuthContext, ids: string[], comment?: string): Promise<FindingException[]> {
    const rows = await this.loadAll(auth.tenant, ids);
    assertStatus(rows, ['pending'], 'approved');
    const now = new Date();
    const expired = rows.filter((e) => e.expiresAt && e.expiresAt <= now);
    if (expired.length)
      throw Conflict(`Exception ${expired.map((e) => e.id).join(', ')} has expired and can no longer be approved`);
    const own = rows.filter((e) => e.userId === auth.user.id || e.updatedById === auth.user.id);
    for (const organizationId of new Set(own.map((e) => e.organizationId))) {
      const org = await this.organizations.findById(organizationId);
      if (!org?.exceptionsSelfApproval)
        throw Forbidden(
          'You created or last changed this exception, and the organization does not allow approving your own ' +
            'exceptions (organization setting exceptions_self_approval); another Admin has to approve it',
          'exception.self_approval_not_allowed',
        );
    }
    return this.transition(auth.tenant, rows, {
      from: ['pending'],
      to: 'active',
      changes: { reviewedById: auth.user.id, reviewedAt: now, reviewComment: comment ?? null },
      event: EXCEPTION_APPROVED,
      action: 'exception.approved',
      actor: auth.user,
      impersonatorId: auth.impersonatorId,
    });
  }

  /** pending → rejected, by an Admin. */
  async reject(auth: AuthContext, ids: string[], comment?: string): Promise<FindingException[]> {
    const rows = await this.loadAll(auth.tenant, ids);
    assertStatus(rows, ['pending'], 'rejected');
    return this.transition(auth.tenant, rows, {
      from: ['pending'],
      to: 'rejected',
      changes: { reviewedById: auth.user.id, reviewedAt: new Date(), reviewComment: comment ?? null },
      event: EXCEPTION_REJECTED,
      action: 'exception.rejected',
      actor: auth.user,
      impersonatorId: auth.impersonatorId,
    });
  }

  /** pending | active → reset: the exception ends and its findings count again. Its creator or an Admin. */
  async reset(auth: AuthContext, ids: string[]): Promise<FindingException[]> {
    const rows = await this.loadAll(auth.tenant, ids);
    for (const e of rows) assertMayChange(auth, e);
    assertStatus(rows, LIVE_STATUSES, 'reset');
    return this.transition(auth.tenant, rows, {
      from: LIVE_STATUSES,
      to: 'reset',
      changes: { endedById: auth.user.id, endedAt: new Date() },
      event: EXCEPTION_RESET,
      action: 'exception.reset',
      actor: auth.user,
      impersonatorId: auth.impersonatorId,
    });
  }

  /** Deletes one exception (its creator or an Admin); a pending or active one stops covering its findings at once. */
  async remove(auth: AuthContext, id: string): Promise<void> {
    const row = await this.get(auth.tenant, id);
    assertMayChange(auth, row);
    await this.deleteRows(auth.tenant, [row]);
  }

  /** Deletes the given exceptions that the caller may delete; others (missing, not yours) are skipped. */
  async removeMany(auth: AuthContext, ids: string[]): Promise<number> {
    const rows = (await this.exceptions.find(auth.tenant, { id: In([...new Set(ids)]) })).filter(
      (e) => isAdmin(auth) || e.userId === auth.user.id,
    );
    if (!rows.length) return 0;
    return this.deleteRows(auth.tenant, rows);
  }

  /** The findings an exception covers (the one it names, or those its rule matched), with their current state. */
  async details(scope: TenantScope, id: string, query: ListQuery) {
    const exception = await this.get(scope, id);
    const qb = this.members.query(scope, 'm').andWhere('m.exception_id = :id', { id: exception.id });
    let page: { items: ExceptionFinding[]; meta: PageMeta };
    if (query.filters.length) {
      // A rule may cover many findings: the total is capped like the vulnerability lists'.
      page = await cappedPaginate(qb, query, EXCEPTION_DETAILS_LIST);
    } else {
      // Unfiltered, the total is the exception's covered count: no count query.
      applyListQuery(qb, query, EXCEPTION_DETAILS_LIST);
      const items = await qb
        .offset((query.page - 1) * query.perPage)
        .limit(query.perPage)
        .getMany();
      page = { items, meta: pageMeta(query, exception.coveredCount) };
    }
    const { items, meta } = page;
    const found = await this.vulnerabilities.byIds(
      scope,
      items.map((m) => m.vulnerabilityId),
    );
    return { items: items.flatMap((m) => found.get(m.vulnerabilityId) ?? []), meta };
  }

  async statistics(scope: TenantScope): Promise<ExceptionStatisticsDto> {
    const rows = await this.exceptions
      .query(scope, 'e')
      .select('e.status', 'status')
      .addSelect('e.reason', 'reason')
      .addSelect('count(*)', 'n')
      .addSelect(
        `count(*) FILTER (WHERE e.status = 'active' AND e.expires_at <= now() + interval '30 days')`,
        'expiring',
      )
      .groupBy('e.status')
      .addGroupBy('e.reason')
      .getRawMany<{ status: ExceptionStatus; reason: ExceptionReason; n: string; expiring: string }>();
    const zero = <K extends string>(keys: readonly K[]) =>
      Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
    const byStatus = zero(EXCEPTION_STATUSES);
    const byReason = zero(EXCEPTION_REASONS);
    const activeByReason = zero(EXCEPTION_REASONS);
    let expiring = 0;
    for (const r of rows) {
      byStatus[r.status] += Number(r.n);
      byReason[r.reason] += Number(r.n);
      if (r.status === 'active') activeByReason[r.reason] += Number(r.n);
      expiring += Number(r.expiring);
    }
    const covered = await this.vulnerabilities.coveredBySeverity(scope);
    return {
      total: Object.values(byStatus).reduce((a, b) => a + b, 0),
      by_status: byStatus,
      by_reason: byReason,
      active_by_reason: activeByReason,
      expiring_within_30_days: expiring,
      covered_findings: {
        total: Object.values(covered).reduce((a, b) => a + b, 0),
        critical: covered.critical,
        high: covered.high,
        medium: covered.medium,
        low: covered.low,
        info: covered.info,
      },
    };
  }

  /**
   * Pending and active exceptions whose `expires_at` has passed become `expired`, and their findings count again.
   * Safe with several processes: each organization is done in a transaction holding its findings lock, and expires
   * only rows still due once the lock is held (a process that comes second finds nothing left).
   */
  @Periodic({ name: 'exceptions.expire', everyMs: 60_000 })
  async expireDue(): Promise<number> {
    await this.announceExpiring();
    let expired = 0;
    for (let round = 0; round < 100; round++) {
      // Installation-wide on purpose: the task looks for due exceptions in every organization.
      const due = await this.exceptions
        .query(TenantScope.everywhere(), 'e')
        .select('DISTINCT e.organization_id', 'organization_id')
        .andWhere('e.status IN (:...live)', { live: LIVE_STATUSES })
        .andWhere('e.expires_at <= now()')
        .limit(50)
        .getRawMany<{ organization_id: string }>();
      if (!due.length) break;
      let progress = 0;
      for (const { organization_id: organizationId } of due) {
        try {
          progress += await this.dataSource.transaction((tx) => this.expireIn(tx, organizationId));
        } catch (err) {
          this.logger.error(`Expiring exceptions of ${organizationId} failed: ${(err as Error).message}`);
        }
      }
      expired += progress;
      if (!progress) break;
    }
    return expired;
  }

  /**
   * Publishes `exception.expiring` once for each active exception whose `expires_at` is less than
   * EXPIRING_NOTICE_DAYS away, marking it in the same transaction (the outbox makes the two one).
   */
  private async announceExpiring(): Promise<number> {
    let announced = 0;
    for (let round = 0; round < 100; round++) {
      const batch = await this.dataSource.transaction(async (tx) => {
        // Installation-wide on purpose, as the expiry itself; rows are locked so that two instances announce once.
        const rows = await this.exceptions
          .in(tx)
          .query(TenantScope.everywhere(), 'e')
          .andWhere("e.status = 'active'")
          .andWhere('e.expiring_notice_at IS NULL')
          .andWhere('e.expires_at > now()')
          .andWhere(`e.expires_at <= now() + make_interval(days => :days)`, { days: EXPIRING_NOTICE_DAYS })
          .orderBy('e.expires_at', 'ASC')
          .limit(EXPIRE_BATCH)
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .getMany();
        const now = new Date();
        for (const organizationId of new Set(rows.map((e) => e.organizationId))) {
          const ids = rows.filter((e) => e.organizationId === organizationId).map((e) => e.id);
          await this.exceptions
            .in(tx)
            .update(TenantScope.ofPayload({ organizationId }), { id: In(ids) }, { expiringNoticeAt: now });
        }
        for (const e of rows) await this.events.publish(tx, EXCEPTION_EXPIRING, eventOf(e, null));
        return rows.length;
      });
      announced += batch;
      if (batch < EXPIRE_BATCH) break;
    }
    return announced;
  }

  private async expireIn(tx: EntityManager, organizationId: string): Promise<number> {
    const scope = TenantScope.ofPayload({ organizationId });
    await this.vulnerabilities.lockFindings(tx, organizationId);
    const rows = await this.exceptions
      .in(tx)
      .query(scope, 'e')
      .andWhere('e.status IN (:...live)', { live: LIVE_STATUSES })
      .andWhere('e.expires_at <= now()')
      .orderBy('e.expires_at', 'ASC')
      .limit(EXPIRE_BATCH)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    if (!rows.length) return 0;
    await this.applyTransition(tx, scope, rows, {
      from: LIVE_STATUSES,
      to: 'expired',
      changes: { endedAt: new Date() },
      event: EXCEPTION_EXPIRED,
      action: 'exception.expired',
      actor: null,
    });
    return rows.length;
  }

  /** A transition of exceptions loaded and checked through `scope`, in one transaction. */
  private transition(scope: TenantScope, rows: FindingException[], t: Transition): Promise<FindingException[]> {
    return this.dataSource.transaction(async (tx) => {
      // Several organizations (a partner admin's customers): their locks in one order, so two requests cannot deadlock.
      for (const organizationId of [...new Set(rows.map((e) => e.organizationId))].sort())
        await this.vulnerabilities.lockFindings(tx, organizationId);
      return this.applyTransition(tx, scope, rows, t);
    });
  }

  /**
   * Inside a transaction holding the findings locks of the rows' organizations: the status change (conditional on the
   * statuses it starts from: all rows or none), the coverage of their findings, one audit entry and one event each.
   */
  private async applyTransition(
    tx: EntityManager,
    scope: TenantScope,
    rows: FindingException[],
    t: Transition,
  ): Promise<FindingException[]> {
    const repo = this.exceptions.in(tx);
    const ids = rows.map((e) => e.id);
    const changed = await repo.update(scope, { id: In(ids), status: In([...t.from]) }, { status: t.to, ...t.changes });
    if (changed !== ids.length) throw Conflict('Some of these exceptions changed meanwhile; nothing was changed');
    for (const organizationId of new Set(rows.map((e) => e.organizationId))) {
      const own = rows.filter((e) => e.organizationId === organizationId).map((e) => e.id);
      await this.refreshCoverage(tx, organizationId, await this.coverage.membersOf(tx, own));
    }
    const after = new Map((await repo.find(scope, { id: In(ids) })).map((e) => [e.id, e]));
    const result = ids.map((id) => after.get(id)!);
    for (const e of result) {
      await this.audit.record(
        {
          action: t.action,
          result: 'success',
          actorId: t.actor?.id ?? null,
          actorUsername: t.actor?.username ?? null,
          impersonatorId: t.impersonatorId ?? null,
          organizationId: e.organizationId,
          resourceType: 'exception',
          resourceId: e.id,
          details: { from: rows.find((r) => r.id === e.id)!.status, to: e.status, reason: e.reason },
        },
        tx,
      );
      await this.events.publish(tx, t.event, eventOf(e, t.actor?.id ?? null));
    }
    return result;
  }

  private async deleteRows(scope: TenantScope, rows: FindingException[]): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const organizations = [...new Set(rows.map((e) => e.organizationId))].sort();
      for (const organizationId of organizations) await this.vulnerabilities.lockFindings(tx, organizationId);
      const covered = new Map<string, string[]>();
      for (const organizationId of organizations) {
        const own = rows.filter((e) => e.organizationId === organizationId).map((e) => e.id);
        covered.set(organizationId, await this.coverage.membersOf(tx, own));
      }
      const deleted = await this.exceptions.in(tx).delete(scope, { id: In(rows.map((e) => e.id)) });
      for (const [organizationId, vulnerabilityIds] of covered)
        await this.refreshCoverage(tx, organizationId, vulnerabilityIds);
      return deleted;
    });
  }

  /** Shows on these findings the exception that covers them now (or none), and recounts what that changes. */
  private async refreshCoverage(tx: EntityManager, organizationId: string, vulnerabilityIds: string[]) {
    if (!vulnerabilityIds.length) return;
    const shown = await this.coverage.shownOn(tx, organizationId, vulnerabilityIds);
    await this.vulnerabilities.applyExceptionCoverage(
      tx,
      TenantScope.ofPayload({ organizationId }),
      vulnerabilityIds,
      shown,
    );
  }

  /** What a new exception covers now (later runs add findings to a rule through the port). */
  private matchingFindings(tx: EntityManager, e: FindingException): Promise<string[]> {
    switch (e.scope) {
      case 'vulnerability':
        return Promise.resolve([e.vulnerabilityId!]);
      case 'host':
        return this.vulnerabilities.idsMatchingInTransaction(tx, e.organizationId, {
          checkId: e.checkId,
          hostId: e.hostId,
        });
      case 'target':
        return this.scans.vulnerabilityIdsOfTargetInTransaction(tx, e.organizationId, e.targetId!, e.checkId);
      case 'organization':
        return this.vulnerabilities.idsMatchingInTransaction(tx, e.organizationId, { checkId: e.checkId });
    }
  }

  /** Every id in the scope, or 404 (a bulk review changes all the exceptions it names or none). */
  private async loadAll(scope: TenantScope, ids: string[]): Promise<FindingException[]> {
    const unique = [...new Set(ids)];
    const rows = await this.exceptions.find(scope, { id: In(unique) });
    if (rows.length !== unique.length) throw new RecordNotFound();
    const byId = new Map(rows.map((e) => [e.id, e]));
    return unique.map((id) => byId.get(id)!);
  }
}

/**
 * Checks the reason-specific terms, collecting problems: `recast_severity` required for (and only for)
 * `disputed_severity`; `expires_at` required for `accepted_risk`, and when given (or `checkExpiry`) in the future and
 * at most one year ahead. Returns the expiry.
 */
function checkTerms(
  reason: ExceptionReason,
  input: { recast_severity?: string; expires_at?: string | null },
  problems: string[],
  checkExpiry: boolean,
): Date | null {
  if (reason === 'disputed_severity' && !input.recast_severity)
    problems.push('exception.recast_severity is required for disputed_severity');
  if (reason !== 'disputed_severity' && input.recast_severity)
    problems.push('exception.recast_severity is only for disputed_severity');
  if (!checkExpiry) return null;
  if (!input.expires_at) {
    if (reason === 'accepted_risk') problems.push('exception.expires_at is required for accepted_risk');
    return null;
  }
  const expiresAt = new Date(input.expires_at);
  const now = new Date();
  const limit = new Date(now);
  limit.setUTCFullYear(limit.getUTCFullYear() + 1);
  if (Number.isNaN(expiresAt.getTime())) problems.push('exception.expires_at must be a date-time');
  else if (expiresAt <= now) problems.push('exception.expires_at must be in the future');
  else if (expiresAt > limit) problems.push('exception.expires_at must be at most one year ahead');
  return expiresAt;
}

/** One finding (`vulnerability_id`), or a rule: `check_id` with `host_id`, `target_id` or neither. */
function scopeOf(input: CreateExceptionDto, problems: string[]): ExceptionScope {
  if (input.vulnerability_id) {
    for (const field of ['check_id', 'host_id', 'target_id', 'organization_id'] as const)
      if (input[field]) problems.push(`exception.${field} cannot be combined with exception.vulnerability_id`);
    return 'vulnerability';
  }
  if (!input.check_id) {
    problems.push('exception.vulnerability_id or exception.check_id is required');
    return 'organization';
  }
  if (input.host_id && input.target_id) problems.push('exception.host_id and exception.target_id exclude each other');
  if ((input.host_id || input.target_id) && input.organization_id)
    problems.push('exception.organization_id is only for organization-wide rules (no host_id or target_id)');
  return input.host_id ? 'host' : input.target_id ? 'target' : 'organization';
}

function assertRecastDiffers(recast: string | undefined | null, v: Vulnerability) {
  if (recast && recast === v.severity)
    throw new ParameterError([`exception.recast_severity must differ from the finding's severity (${v.severity})`]);
}

function assertMayChange(auth: AuthContext, e: FindingException) {
  if (!isAdmin(auth) && e.userId !== auth.user.id)
    throw Forbidden("Only an Admin may change or end another user's exception");
}

function assertStatus(rows: FindingException[], from: readonly ExceptionStatus[], verb: string) {
  const wrong = rows.filter((e) => !from.includes(e.status));
  if (wrong.length)
    throw Conflict(
      `Only ${from.join(' or ')} exceptions can be ${verb}: ${wrong.map((e) => `${e.id} is ${e.status}`).join(', ')}`,
    );
}

function eventOf(e: FindingException, actorId: string | null): ExceptionEvent {
  return {
    organizationId: e.organizationId,
    exceptionId: e.id,
    reason: e.reason,
    status: e.status,
    actorId,
    userId: e.userId,
    scope: e.scope,
    vulnerabilityId: e.vulnerabilityId,
    checkId: e.checkId,
    hostId: e.hostId,
    targetId: e.targetId,
    recastSeverity: e.recastSeverity,
    expiresAt: e.expiresAt?.toISOString() ?? null,
    coveredCount: e.coveredCount,
  };
}
