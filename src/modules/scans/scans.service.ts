import { Injectable, Logger, Optional } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type Repository } from 'typeorm';
import type { AuthContext } from '../../common/auth/auth-context';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Conflict, NotImplementedYet, ParameterError, RecordNotFound } from '../../common/errors/app-error';
import { validationMessages } from '../../common/http/validation';
import { paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import { Entitlements } from '../../common/ports/entitlements';
import { ScanSchedules } from '../../common/ports/scan-schedules';
import type { TenantScope } from '../../common/tenancy/tenant-scope';
import { JobsService } from '../../jobs/jobs.service';
import type { CreateScanDto, UpdateScanDto, WizardBody } from './dto/scan.dto';
import { ScanHistory } from './scan-history.entity';
import { ScanInputs } from './scan-inputs';
import { ScanRunner } from './scan-runner.service';
import { ACTIVE_RUN_STATUSES, RUN_STATUSES } from './scan-state';
import { Scan } from './scan.entity';
import { RUN_SCAN } from './scans.jobs';
import { CreateTargetDto } from '../targets/dto/target.dto';
import { TargetsService } from '../targets/targets.service';

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

/** Which scans a list shows: all, those whose latest run completed, or those with a run queued or running. */
export type ScanListKind = 'all' | 'completed' | 'running';

export interface RunTrigger {
  userId: string | null;
  scheduleId: string | null;
}

@Injectable()
export class ScansService {
  private readonly logger = new Logger('Scans');

  constructor(
    @InjectRepository(Scan) private readonly scans: Repository<Scan>,
    @InjectRepository(ScanHistory) private readonly histories: Repository<ScanHistory>,
    private readonly dataSource: DataSource,
    private readonly inputs: ScanInputs,
    private readonly runner: ScanRunner,
    private readonly jobs: JobsService,
    private readonly entitlements: Entitlements,
    private readonly targets: TargetsService,
    @Optional() private readonly schedules?: ScanSchedules,
  ) {}

  list(scope: TenantScope, query: ListQuery, kind: ScanListKind = 'all') {
    const qb = this.scans.createQueryBuilder('s');
    scope.apply(qb, 's.organization_id');
    if (kind === 'completed') qb.andWhere(`s.status = 'completed'`);
    if (kind === 'running') qb.andWhere(`s.status IN ('queued', 'running')`);
    return paginate(qb, query, SCAN_LIST);
  }

  async get(scope: TenantScope, id: string): Promise<Scan> {
    const qb = this.scans.createQueryBuilder('s').where('s.id = :id', { id });
    scope.apply(qb, 's.organization_id');
    const scan = await qb.getOne();
    if (!scan) throw new RecordNotFound();
    return scan;
  }

  async namesOf(organizationIds: readonly string[] | undefined, scanIds: string[]): Promise<Map<string, string>> {
    if (!scanIds.length || organizationIds?.length === 0) return new Map();
    const qb = this.scans
      .createQueryBuilder('s')
      .select(['s.id', 's.name'])
      .where('s.id IN (:...scanIds)', { scanIds });
    if (organizationIds) qb.andWhere('s.organization_id IN (:...organizationIds)', { organizationIds });
    return new Map((await qb.getMany()).map((s) => [s.id, s.name]));
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
      this.scans.create({
        organizationId: targetOrganizationId,
        userId: auth.user.id,
        name: input.name,
        description: input.description ?? null,
        ...refs,
      }),
    );
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
    return this.scans.save(scan);
  }

  /** A scan with a run queued or running cannot be deleted: stop it first. Its runs and results go with it. */
  async remove(scope: TenantScope, id: string): Promise<void> {
    const scan = await this.get(scope, id);
    if (await this.activeRun(scan.id)) throw Conflict('The scan is running; stop it before deleting it');
    await this.deleteScans([scan.id]);
  }

  /** Deletes the given scans inside the scope that have no active run; answers how many went. */
  async bulkRemove(scope: TenantScope, ids: string[]): Promise<number> {
    const qb = this.scans.createQueryBuilder('s').select('s.id', 'id').where('s.id IN (:...ids)', { ids });
    scope.apply(qb, 's.organization_id');
    qb.andWhere(
      `NOT EXISTS (SELECT 1 FROM scan_histories h WHERE h.scan_id = s.id AND h.status IN ('queued', 'running'))`,
    );
    const found = (await qb.getRawMany<{ id: string }>()).map((r) => r.id);
    await this.deleteScans(found);
    return found.length;
  }

  private async deleteScans(ids: string[]) {
    if (!ids.length) return;
    // scan_histories, scan_hosts and scan_findings go by ON DELETE CASCADE; organization-wide hosts and
    // vulnerabilities stay (they are the organization's record of what was found).
    await this.scans.delete({ id: In(ids) });
  }

  activeRun(scanId: string, manager?: EntityManager): Promise<ScanHistory | null> {
    const repo = manager ? manager.getRepository(ScanHistory) : this.histories;
    return repo.findOne({ where: { scanId, status: In([...ACTIVE_RUN_STATUSES]) }, order: { createdAt: 'DESC' } });
  }

  /**
   * Queues a run: checks the references still resolve and the plan allows another run, then, with the scan row
   * locked, refuses a second active run, records the run as `queued` and sends the job after the commit.
   */
  async startRun(scope: TenantScope, scanId: string, trigger: RunTrigger): Promise<ScanHistory | 'already_running'> {
    const scan = await this.get(scope, scanId);
    await this.inputs.validate(scope, scan.organizationId, scan);
    if (await this.activeRun(scan.id)) return 'already_running';
    await this.checkEntitlements(scan.organizationId);

    const history = await this.dataSource.transaction(async (tx) => {
      await tx.query('SELECT id FROM scans WHERE id = $1 FOR UPDATE', [scan.id]);
      if (await this.activeRun(scan.id, tx)) return 'already_running' as const;
      const run = await tx.getRepository(ScanHistory).save(
        tx.getRepository(ScanHistory).create({
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
      await tx.update(Scan, { id: scan.id }, { status: 'queued', progress: 0, lastHistoryId: run.id });
      return run;
    });
    if (history === 'already_running') return history;
    await this.enqueue(history);
    return history;
  }

  /** Sends the job of a queued run; if the queue refuses it, the run fails at once instead of staying queued. */
  async enqueue(history: ScanHistory) {
    try {
      await this.jobs.send(RUN_SCAN, {
        organizationId: history.organizationId,
        scanId: history.scanId,
        historyId: history.id,
      });
    } catch (err) {
      this.logger.error(`Could not queue run ${history.id}: ${(err as Error).message}`);
      await this.runner.finish(history.id, history.attempt, 'failed', 'The run could not be queued');
      throw err;
    }
  }

  private async checkEntitlements(organizationId: string) {
    const active = await this.histories.count({ where: { organizationId, status: In([...ACTIVE_RUN_STATUSES]) } });
    await this.entitlements.assertWithin(organizationId, 'concurrent_scans', active, 1);
    const monthStart = new Date();
    monthStart.setUTCDate(1);
    monthStart.setUTCHours(0, 0, 0, 0);
    const thisMonth = await this.histories
      .createQueryBuilder('h')
      .where('h.organization_id = :organizationId AND h.created_at >= :monthStart', { organizationId, monthStart })
      .getCount();
    await this.entitlements.assertWithin(organizationId, 'scans_per_month', thisMonth, 1);
  }

  /**
   * Stops the active run: a queued run is stopped at once; a running one gets a stop request that its worker
   * (in this process or another) sees at its next heartbeat and aborts the engine.
   */
  async stop(scope: TenantScope, scanId: string): Promise<{ status: 'stopped' | 'stopping'; history_id: string }> {
    const scan = await this.get(scope, scanId);
    const run = await this.activeRun(scan.id);
    if (!run) throw Conflict('The scan has no queued or running run');
    if (run.status === 'queued') {
      const stopped = await this.runner.finishQueued(run.id, 'stopped');
      if (stopped) return { status: 'stopped', history_id: run.id };
    }
    await this.histories
      .createQueryBuilder()
      .update()
      .set({ stopRequestedAt: () => 'now()' })
      .where(`id = :id AND status IN ('queued', 'running') AND stop_requested_at IS NULL`, { id: run.id })
      .execute();
    this.runner.abortLocal(run.id);
    return { status: 'stopping', history_id: run.id };
  }

  /**
   * Target + scan (+ schedule), all or nothing; then, when asked, a first run. Everything is validated first
   * (target attributes, scanner, profile); the scan and schedule are written in one transaction, and the target
   * (created by the targets module in its own transaction) is removed again if that transaction fails.
   * A schedule without the schedules module is a 501 and nothing is created.
   */
  async wizard(
    auth: AuthContext,
    body: WizardBody,
  ): Promise<{ scan: Scan; targetId: string; scheduleId: string | null }> {
    if (body.schedule && !this.schedules) throw NotImplementedYet('Schedules are not available on this installation');
    const targetInput = await validateNested(CreateTargetDto, body.target, 'target');
    const refs = {
      scannerId: body.scan.scanner_id ?? null,
      scanProfileId: body.scan.scan_profile_id ?? null,
      portListId: body.scan.port_list_id ?? null,
    };
    await this.inputs.validate(auth.tenant, auth.tenant.organizationId, { targetId: null, ...refs });
    const prepared = await this.targets.prepare(auth, targetInput);
    // Target, scan and schedule are stored in one transaction: all of them, or none.
    return this.dataSource.transaction(async (tx) => {
      const target = await this.targets.insertInTransaction(tx, prepared);
      const scanRepo = tx.getRepository(Scan);
      const scan = await scanRepo.save(
        scanRepo.create({
          organizationId: target.organizationId,
          userId: auth.user.id,
          name: body.scan.name,
          description: body.scan.description ?? null,
          targetId: target.id,
          ...refs,
        }),
      );
      const schedule = body.schedule
        ? await this.schedules!.createInTransaction(tx, target.organizationId, auth.user.id, scan.id, body.schedule)
        : null;
      return { scan, targetId: target.id, scheduleId: schedule?.id ?? null };
    });
  }
}

/** Validates a nested raw object with a DTO class like the global pipe does, prefixing messages with `prefix.`. */
async function validateNested<T extends object>(dto: new () => T, raw: unknown, prefix: string): Promise<T> {
  const instance = plainToInstance(dto, raw ?? {});
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) throw new ParameterError(validationMessages(errors, prefix));
  return instance;
}
