import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { AuthContext } from '../../common/auth/auth-context';
import { AppError, Conflict, ParameterError } from '../../common/errors/app-error';
import { paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import { Entitlements } from '../../common/ports/entitlements';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import { TenantScope } from '../../common/tenancy/tenant-scope';
import { JobsService } from '../../jobs/jobs.service';
import type { CreateScanDto, UpdateScanDto } from './dto/scan.dto';
import { ScanHistory } from './scan-history.entity';
import { ScanInputs } from './scan-inputs';
import { ScanRunner } from './scan-runner.service';
import { ACTIVE_RUN_STATUSES, RUN_STATUSES } from './scan-state';
import { Scan } from './scan.entity';
import { RUN_SCAN } from './scans.jobs';

export const SCAN_LIST: ListSpec = {
  columns: {
    name: { sql: 's.name', type: 'string' },
    status: { sql: 's.status', type: 'enum', values: ['never_run', ...RUN_STATUSES] },
    target_id: { sql: 's.target_id', type: 'uuid' },
    scanner_id: { sql: 's.scanner_id', type: 'uuid' },
    scan_profile_id: { sql: 's.scan_profile_id', type: 'uuid' },
    port_list_id: { sql: 's.port_list_id', type: 'uuid' },
    user_id: { sql: 's.user_id', type: 'uuid' },
    organization_id: { sql: 's.organization_id', type: 'uuid' },
    progress: { sql: 's.progress', type: 'number' },
    last_started_at: { sql: 's.last_started_at', type: 'date' },
    last_finished_at: { sql: 's.last_finished_at', type: 'date' },
    created_at: { sql: 's.created_at', type: 'date' },
    updated_at: { sql: 's.updated_at', type: 'date' },
  },
  defaultSort: 'created_at:desc',
  search: ['name'],
  tieBreaker: 's.id',
};

/** A completed run that passed the PCI ASV criteria (see `ScansService.latestPciRun`). */
export interface PassingPciRun {
  historyId: string;
  scanId: string;
  scanName: string;
  completedAt: Date;
}

/** Which scans a list shows: all, those whose latest run completed, or those with a run queued or running. */
export type ScanListKind = 'all' | 'completed' | 'running';

export interface RunTrigger {
  userId: string | null;
  scheduleId: string | null;
}

/**
 * A run checked outside any transaction (references resolve, plan limits read), ready to be queued inside one with
 * `startRunInTransaction`: on the embedded database, other modules' reads cannot run inside a transaction.
 */
export interface PreparedRun {
  scope: TenantScope;
  scan: Scan;
  trigger: RunTrigger;
  /** Plan limits at preparation time (null: unlimited); usage is counted again inside the transaction. */
  limits: { concurrentScans: number | null; scansPerMonth: number | null };
}

@Injectable()
export class ScansService {
  constructor(
    @InjectTenantRepository(Scan) private readonly scans: TenantRepository<Scan>,
    @InjectTenantRepository(ScanHistory) private readonly histories: TenantRepository<ScanHistory>,
    private readonly dataSource: DataSource,
    private readonly inputs: ScanInputs,
    private readonly runner: ScanRunner,
    private readonly jobs: JobsService,
    private readonly entitlements: Entitlements,
  ) {}

  list(scope: TenantScope, query: ListQuery, kind: ScanListKind = 'all') {
    const qb = this.scans.query(scope, 's');
    if (kind === 'completed') qb.andWhere(`s.status = 'completed'`);
    if (kind === 'running') qb.andWhere(`s.status IN ('queued', 'running')`);
    return paginate(qb, query, SCAN_LIST);
  }

  get(scope: TenantScope, id: string): Promise<Scan> {
    return this.scans.get(scope, id);
  }

  /**
   * The organization's most recent completed run whose PCI ASV result is pass, finished at or after `since` (the SAQ
   * module shows it as evidence for PCI DSS 11.3.2); null when there is none.
   */
  async latestPciRun(scope: TenantScope, since: Date): Promise<PassingPciRun | null> {
    const row = await this.histories
      .query(scope, 'h')
      .innerJoin('h.scan', 's')
      .select(['h.id AS history_id', 'h.scan_id AS scan_id', 's.name AS scan_name', 'h.finished_at AS finished_at'])
      .andWhere(`h.status = 'completed'`)
      .andWhere(`h.statistics -> 'pci' ->> 'status' = 'pass'`)
      .andWhere('h.finished_at >= :since', { since })
      .orderBy('h.finished_at', 'DESC')
      .addOrderBy('h.id', 'DESC')
      .limit(1)
      .getRawOne<{ history_id: string; scan_id: string; scan_name: string; finished_at: Date | string }>();
    if (!row) return null;
    return {
      historyId: row.history_id,
      scanId: row.scan_id,
      scanName: row.scan_name,
      completedAt: new Date(row.finished_at),
    };
  }

  /** The heartbeat of each scan's latest run, by history id (one query for a page of scans). */
  async heartbeats(scope: TenantScope, scans: Scan[]): Promise<Map<string, Date | null>> {
    const ids = scans.map((s) => s.lastHistoryId).filter((id): id is string => !!id);
    if (!ids.length) return new Map();
    const runs = await this.histories.find(scope, { id: In(ids) }, { select: { id: true, heartbeatAt: true } });
    return new Map(runs.map((h) => [h.id, h.heartbeatAt]));
  }

  /** The scans of a target in the scope (reports over a target). */
  async idsOfTarget(scope: TenantScope, targetId: string): Promise<string[]> {
    const rows = await this.scans.find(scope, { targetId }, { select: { id: true }, order: { createdAt: 'ASC' } });
    return rows.map((s) => s.id);
  }

  async namesOf(scope: TenantScope, scanIds: string[]): Promise<Map<string, string>> {
    if (!scanIds.length) return new Map();
    const rows = await this.scans.find(scope, { id: In(scanIds) }, { select: { id: true, name: true } });
    return new Map(rows.map((s) => [s.id, s.name]));
  }

  async create(auth: AuthContext, input: CreateScanDto): Promise<Scan> {
    const refs = {
      targetId: input.target_id,
      scannerId: input.scanner_id ?? null,
      scanProfileId: input.scan_profile_id ?? null,
      portListId: input.port_list_id ?? null,
    };
    await this.inputs.validate(auth.tenant, auth.tenant.organizationId, refs);
    // The target may belong to a customer organization the caller manages: the scan belongs where the target is.
    const targetOrganizationId = await this.inputs.organizationOfTarget(auth.tenant, refs.targetId);
    return this.scans.save(
      auth.tenant,
      this.scans.create({
        organizationId: targetOrganizationId,
        userId: auth.user.id,
        name: input.name,
        description: input.description ?? null,
        ...refs,
      }),
    );
  }

  /** Checks the references of a scan made by another module's flow (the scans wizard) before its transaction. */
  validateReferences(auth: AuthContext, refs: Omit<Parameters<ScanInputs['validate']>[2], 'targetId'>) {
    return this.inputs.validate(auth.tenant, auth.tenant.organizationId, { targetId: null, ...refs });
  }

  /** Stores a new scan as part of the caller's transaction (its references were checked before). */
  insertInTransaction(tx: EntityManager, scope: TenantScope, scan: Partial<Scan>): Promise<Scan> {
    const scans = this.scans.in(tx);
    return scans.save(scope, scans.create(scan));
  }

  async update(auth: AuthContext, id: string, input: UpdateScanDto): Promise<Scan> {
    const scan = await this.get(auth.tenant, id);
    const refs = {
      targetId: input.target_id ?? scan.targetId,
      scannerId: input.scanner_id === undefined ? scan.scannerId : input.scanner_id,
      scanProfileId: input.scan_profile_id === undefined ? scan.scanProfileId : input.scan_profile_id,
      portListId: input.port_list_id === undefined ? scan.portListId : input.port_list_id,
    };
    if ([input.target_id, input.scanner_id, input.scan_profile_id, input.port_list_id].some((v) => v !== undefined)) {
      await this.inputs.validate(auth.tenant, scan.organizationId, refs);
      if (
        refs.targetId !== scan.targetId &&
        (await this.inputs.organizationOfTarget(auth.tenant, refs.targetId)) !== scan.organizationId
      ) {
        throw new ParameterError(['scan.target_id must belong to the organization of the scan']);
      }
    }
    Object.assign(scan, refs);
    if (input.name !== undefined) scan.name = input.name;
    if (input.description !== undefined) scan.description = input.description;
    return this.scans.save(auth.tenant, scan);
  }

  /** A scan with a run queued or running cannot be deleted: stop it first. Its runs and results go with it. */
  async remove(scope: TenantScope, id: string): Promise<void> {
    const scan = await this.get(scope, id);
    if (await this.activeRun(scope, scan.id)) throw Conflict('The scan is running; stop it before deleting it');
    // scan_histories, scan_hosts and scan_findings go by ON DELETE CASCADE; organization-wide hosts and
    // vulnerabilities stay (they are the organization's record of what was found).
    await this.scans.delete(scope, { id: scan.id });
  }

  /** Deletes the given scans inside the scope that have no active run; answers how many went. */
  async bulkRemove(scope: TenantScope, ids: string[]): Promise<number> {
    const found = (
      await this.scans
        .query(scope, 's')
        .select('s.id', 'id')
        .andWhere('s.id IN (:...ids)', { ids })
        .andWhere(
          `NOT EXISTS (SELECT 1 FROM scan_histories h WHERE h.scan_id = s.id AND h.status IN ('queued', 'running'))`,
        )
        .getRawMany<{ id: string }>()
    ).map((r) => r.id);
    if (found.length) await this.scans.delete(scope, { id: In(found) });
    return found.length;
  }

  activeRun(scope: TenantScope, scanId: string, manager?: EntityManager): Promise<ScanHistory | null> {
    const histories = manager ? this.histories.in(manager) : this.histories;
    return histories
      .find(scope, { scanId, status: In([...ACTIVE_RUN_STATUSES]) }, { order: { createdAt: 'DESC' }, take: 1 })
      .then((rows) => rows[0] ?? null);
  }

  /**
   * Queues a run: checks the references still resolve and the plan allows another run, then, in one transaction with
   * the scan row locked, refuses a second active run, records the run as `queued` and queues its job.
   */
  async startRun(scope: TenantScope, scanId: string, trigger: RunTrigger): Promise<ScanHistory | 'already_running'> {
    const prepared = await this.prepareRun(scope, scanId, trigger);
    if (prepared === 'already_running') return prepared;
    return this.dataSource.transaction((tx) => this.startRunInTransaction(tx, prepared));
  }

  /** The checks of a start that read outside the scans module (before the transaction). Throws 403/404/422. */
  async prepareRun(scope: TenantScope, scanId: string, trigger: RunTrigger): Promise<PreparedRun | 'already_running'> {
    const scan = await this.get(scope, scanId);
    await this.inputs.validate(scope, scan.organizationId, scan);
    if (await this.activeRun(scope, scan.id)) return 'already_running';
    const limits = {
      concurrentScans: await this.entitlements.limit(scan.organizationId, 'concurrent_scans'),
      scansPerMonth: await this.entitlements.limit(scan.organizationId, 'scans_per_month'),
    };
    const prepared = { scope: TenantScope.of(scan.organizationId), scan, trigger, limits };
    // Fail early with the plan's message; the transaction counts again.
    const usage = await this.usage(prepared, this.dataSource.manager);
    await this.entitlements.assertWithin(scan.organizationId, 'concurrent_scans', usage.active, 1);
    await this.entitlements.assertWithin(scan.organizationId, 'scans_per_month', usage.thisMonth, 1);
    return prepared;
  }

  /**
   * Queues a prepared run inside the caller's transaction: the run row and its job commit together with whatever
   * else the transaction does (the schedule dispatcher's claim), so a crash cannot lose or duplicate it.
   */
  async startRunInTransaction(tx: EntityManager, run: PreparedRun): Promise<ScanHistory | 'already_running'> {
    const { scan, scope, trigger } = run;
    await tx.query('SELECT id FROM scans WHERE id = $1 AND organization_id = $2 FOR UPDATE', [
      scan.id,
      scan.organizationId,
    ]);
    if (await this.activeRun(scope, scan.id, tx)) return 'already_running';
    const usage = await this.usage(run, tx);
    if (run.limits.concurrentScans !== null && usage.active + 1 > run.limits.concurrentScans)
      throw limitExceeded('concurrent_scans', usage.active, run.limits.concurrentScans);
    if (run.limits.scansPerMonth !== null && usage.thisMonth + 1 > run.limits.scansPerMonth)
      throw limitExceeded('scans_per_month', usage.thisMonth, run.limits.scansPerMonth);
    const histories = this.histories.in(tx);
    const history = await histories.save(
      scope,
      histories.create({
        organizationId: scan.organizationId,
        scanId: scan.id,
        userId: trigger.userId,
        scheduleId: trigger.scheduleId,
        trigger: trigger.scheduleId ? 'schedule' : 'manual',
        status: 'queued',
        progress: 0,
        attempt: 1,
      }),
    );
    await this.scans
      .in(tx)
      .update(scope, { id: scan.id }, { status: 'queued', progress: 0, lastHistoryId: history.id });
    await this.jobs.sendInTransaction(tx, RUN_SCAN, {
      organizationId: history.organizationId,
      scanId: history.scanId,
      historyId: history.id,
    });
    return history;
  }

  /** Runs queued or running now, and runs started this calendar month (UTC), of the run's organization. */
  private async usage(run: Pick<PreparedRun, 'scope'>, manager: EntityManager) {
    const histories = this.histories.in(manager);
    const active = await histories.count(run.scope, { status: In([...ACTIVE_RUN_STATUSES]) });
    const monthStart = new Date();
    monthStart.setUTCDate(1);
    monthStart.setUTCHours(0, 0, 0, 0);
    const thisMonth = await histories
      .query(run.scope, 'h')
      .andWhere('h.created_at >= :monthStart', { monthStart })
      .getCount();
    return { active, thisMonth };
  }

  /**
   * Stops the active run: a queued run is stopped at once; a running one gets a stop request that its worker
   * (in this process or another) sees at its next heartbeat and aborts the engine.
   */
  async stop(scope: TenantScope, scanId: string): Promise<{ status: 'stopped' | 'stopping'; history_id: string }> {
    const scan = await this.get(scope, scanId);
    const run = await this.activeRun(scope, scan.id);
    if (!run) throw Conflict('The scan has no queued or running run');
    if (run.status === 'queued') {
      const stopped = await this.runner.finishQueued(run.id, 'stopped');
      if (stopped) return { status: 'stopped', history_id: run.id };
    }
    await this.histories.update(
      scope,
      { id: run.id, status: In(['queued', 'running']), stopRequestedAt: IsNull() },
      { stopRequestedAt: () => 'now()' },
    );
    this.runner.abortLocal(run.id);
    return { status: 'stopping', history_id: run.id };
  }

  /**
   * The deduplicated findings (vulnerability ids) of a check that runs of the target's scans reported, inside the
   * caller's transaction: what an exception rule on (check id, target) covers when it is created.
   */
  async vulnerabilityIdsOfTargetInTransaction(
    tx: EntityManager,
    organizationId: string,
    targetId: string,
    checkId: string,
  ): Promise<string[]> {
    const rows: { vulnerability_id: string }[] = await tx.query(
      `SELECT DISTINCT f.vulnerability_id FROM scan_findings f JOIN scans s ON s.id = f.scan_id
        WHERE s.organization_id = $1 AND s.target_id = $2 AND f.organization_id = $1 AND f.check_id = $3`,
      [organizationId, targetId, checkId],
    );
    return rows.map((r) => r.vulnerability_id);
  }
}

/** The same answer as `Entitlements.assertWithin` gives, for a limit found exceeded inside a transaction. */
function limitExceeded(feature: string, used: number, limit: number) {
  return AppError.of(
    403,
    'plan.limit_exceeded',
    `Plan limit ${feature} reached: ${used} of ${limit} used, 1 more requested. Ask your administrator for a larger plan.`,
  );
}
