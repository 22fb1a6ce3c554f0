import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { severityRank } from '../../common/severity';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import { TenantScope } from '../../common/tenancy/tenant-scope';
import { OnJob } from '../../jobs/job.decorator';
import { HostsService } from '../hosts/hosts.service';
import type { ScanResult } from '../scan-engines/scan-engine';
import {
  coveredBy,
  findingKey,
  type RunCoverage,
  VulnerabilitiesService,
  type RunFinding,
} from '../vulnerabilities/vulnerabilities.service';
import { ScanFinding } from './scan-finding.entity';
import { type RunStatistics } from './scan-history.entity';
import { ScanHost } from './scan-host.entity';
import { ScanInputs, type ResolvedRun } from './scan-inputs';
import { RunTransitions } from './scan-run-transitions';
import { HEARTBEAT_INTERVAL_MS } from './scan-state';
import { Scan } from './scan.entity';
import { RUN_SCAN, type RunScanPayload } from './scans.jobs';

/** A run this process is executing. */
interface LocalRun {
  controller: AbortController;
  /** Why the engine was aborted: a user's stop, or the run was taken away by recovery. */
  abortReason: 'stop' | 'lost' | 'shutdown' | null;
}

/**
 * Executes runs (the `scan.run` job): claims the queued run, resolves what to scan, runs the engine with an
 * AbortController, writes progress and a heartbeat every second (which is also when it notices a stop request made
 * by any process), then stores hosts and findings and the run's statistics in one transaction.
 * Every state change is conditional on (status, attempt), so a run taken over by recovery is never overwritten by a
 * worker that comes back to life.
 */
@Injectable()
export class ScanRunner implements OnModuleDestroy {
  private readonly logger = new Logger('ScanRunner');
  private readonly local = new Map<string, LocalRun>();

  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(Scan) private readonly scans: TenantRepository<Scan>,
    @InjectTenantRepository(ScanHost) private readonly scanHosts: TenantRepository<ScanHost>,
    @InjectTenantRepository(ScanFinding) private readonly scanFindings: TenantRepository<ScanFinding>,
    private readonly inputs: ScanInputs,
    private readonly transitions: RunTransitions,
    private readonly hosts: HostsService,
    private readonly vulnerabilities: VulnerabilitiesService,
  ) {}

  /** Aborts a run executed by this process at once (the heartbeat would see the stop request a second later). */
  abortLocal(historyId: string) {
    const run = this.local.get(historyId);
    if (run && !run.abortReason) {
      run.abortReason = 'stop';
      run.controller.abort();
    }
  }

  onModuleDestroy() {
    // The runs of this process stop with it; recovery requeues them from their stale heartbeat. First of the shutdown
    // hooks, so that the job queue's graceful stop (beforeApplicationShutdown) sees them end instead of waiting for them.
    for (const run of this.local.values()) {
      run.abortReason = 'shutdown';
      run.controller.abort();
    }
  }

  @OnJob(RUN_SCAN)
  async execute(payload: RunScanPayload): Promise<void> {
    // The job names its organization: everything it loads goes through that scope, never by bare id.
    const scope = TenantScope.ofPayload(payload);
    const claimed = await this.dataSource.transaction((tx) => this.transitions.claim(tx, payload.historyId));
    if (!claimed) return; // stopped while queued, or already taken: nothing to do.
    const { attempt } = claimed;
    const run: LocalRun = { controller: new AbortController(), abortReason: null };
    this.local.set(payload.historyId, run);
    const heartbeat = new Heartbeat(this.dataSource, payload.historyId, payload.scanId, attempt, (reason) => {
      if (run.abortReason) return;
      run.abortReason = reason;
      run.controller.abort();
    });
    try {
      const scan = await this.scans.findOne(scope, { id: payload.scanId });
      if (!scan) throw AppError.of(404, 'not_found', 'The scan was deleted');
      const resolved = await this.inputs.resolve(scan.organizationId, scan);
      await this.dataSource.query(
        `UPDATE scan_histories SET engine = $3, target_name = $4, host_count = $5 WHERE id = $1 AND attempt = $2`,
        [
          payload.historyId,
          attempt,
          resolved.scanner.appType,
          resolved.target.name.slice(0, 255),
          resolved.target.hostCount,
        ],
      );
      const engine = this.inputs.engine(resolved.scanner.appType);
      heartbeat.start();
      const result = await engine.scan({
        hosts: resolved.target.hosts,
        ports: resolved.ports,
        options: resolved.profile.options,
        signal: run.controller.signal,
        allowAddress: this.inputs.allowAddress,
        onProgress: (done, total) => heartbeat.progress(total > 0 ? Math.floor((done * 100) / total) : 0),
      });
      await heartbeat.stop();
      if (run.abortReason) throw new Error('aborted');
      await this.complete(scope, payload, attempt, scan, resolved, result);
    } catch (err) {
      await heartbeat.stop();
      if (run.abortReason === 'stop') await this.finish(payload.historyId, attempt, 'stopped', null);
      else if (run.abortReason === 'lost' || run.abortReason === 'shutdown') return;
      else {
        this.logger.warn(`Run ${payload.historyId} failed: ${(err as Error).message}`);
        await this.finish(payload.historyId, attempt, 'failed', failureMessage(err));
      }
    } finally {
      this.local.delete(payload.historyId);
    }
  }

  /** running → stopped | failed (also used for a run that could not be queued). */
  async finish(historyId: string, attempt: number, status: 'stopped' | 'failed', message: string | null) {
    await this.dataSource.transaction((tx) =>
      this.transitions.end(tx, historyId, { from: ['queued', 'running'], attempt, status, message }),
    );
  }

  /** queued → stopped|failed before any worker took it; false if a worker claimed it meanwhile. */
  async finishQueued(historyId: string, status: 'stopped' | 'failed', message: string | null = null): Promise<boolean> {
    return this.dataSource.transaction((tx) =>
      this.transitions.end(tx, historyId, { from: ['queued'], status, message }),
    );
  }

  /** Stores what the engine found and marks the run completed, all or nothing. */
  private async complete(
    scope: TenantScope,
    payload: RunScanPayload,
    attempt: number,
    scan: Scan,
    resolved: ResolvedRun,
    result: ScanResult,
  ) {
    const seenAt = new Date();
    const coverage: RunCoverage = {
      hosts: result.hosts.filter((h) => h.status === 'up').map((h) => h.address),
      ports: resolved.ports,
      checkIds: this.inputs.coveredCheckIds(resolved.scanner.appType, resolved.profile.options.checks),
      unidentified: result.hosts.flatMap((h) =>
        h.services
          .filter((s) => s.state === 'open' && !(s.product && s.version))
          .map((s) => `${h.address}|${s.port}|${s.protocol}`),
      ),
    };
    await this.dataSource.transaction(async (tx) => {
      // Still ours? (recovery may have requeued the run while the engine was finishing)
      const mine: unknown[] = await tx.query(
        `SELECT id FROM scan_histories WHERE id = $1 AND attempt = $2 AND status = 'running' FOR UPDATE`,
        [payload.historyId, attempt],
      );
      if (!mine.length) return;
      const organizationId = scan.organizationId;
      // Findings, host counters and statistics change below: one such transaction per organization at a time.
      await this.vulnerabilities.lockFindings(tx, organizationId);
      const hostIds = await this.hosts.ingestRun(tx, scope, scan.id, result.hosts, seenAt);
      const reopened = await this.countReopened(tx, organizationId, result);

      const scanHosts: ScanHost[] = [];
      const findings: (RunFinding & { scanHostId: string })[] = [];
      for (const h of result.hosts) {
        const scanHostId = randomUUID();
        const ranks = h.findings.map((f) => severityRank(f.severity));
        scanHosts.push(
          this.scanHosts.create({
            id: scanHostId,
            organizationId,
            scanId: scan.id,
            historyId: payload.historyId,
            hostId: hostIds.get(h.address) ?? null,
            address: h.address,
            hostname: h.hostname,
            status: h.status,
            os: h.os,
            services: h.services,
            vulnerabilityCount: h.findings.length,
            maxSeverityRank: ranks.length ? Math.max(...ranks) : null,
            scannedAt: seenAt,
          }),
        );
        for (const finding of h.findings) {
          findings.push({
            hostAddress: h.address,
            hostname: h.hostname,
            hostId: hostIds.get(h.address) ?? null,
            finding,
            scanHostId,
          });
        }
      }
      for (const chunk of chunks(scanHosts, 500)) await this.scanHosts.in(tx).insert(scope, chunk);

      const vulnerabilityIds = await this.vulnerabilities.ingestRun(tx, {
        organizationId,
        scanId: scan.id,
        historyId: payload.historyId,
        seenAt,
        findings,
        coverage,
      });
      // Exceptions cover the findings the run stored (their rules also the new ones) before anything is counted.
      await this.vulnerabilities.applyExceptionRules(tx, scope, scan.targetId, [...new Set(vulnerabilityIds.values())]);

      // new / fixed / persisting against the previous completed run of this scan.
      const previous: { id: string }[] = await tx.query(
        `SELECT id FROM scan_histories WHERE scan_id = $1 AND status = 'completed' AND id <> $2 ORDER BY finished_at DESC LIMIT 1`,
        [scan.id, payload.historyId],
      );
      const previousId = previous[0]?.id ?? null;
      const before = new Set<string>(
        previousId
          ? (
              await tx.query(`SELECT DISTINCT vulnerability_id FROM scan_findings WHERE history_id = $1`, [previousId])
            ).map((r: { vulnerability_id: string }) => r.vulnerability_id)
          : [],
      );
      const seen = new Set<string>();
      const rows: Partial<ScanFinding>[] = [];
      for (const { hostAddress, finding: f, scanHostId } of findings) {
        const vulnerabilityId = vulnerabilityIds.get(findingKey(hostAddress, f.port, f.protocol, f.checkId))!;
        if (seen.has(vulnerabilityId)) continue;
        seen.add(vulnerabilityId);
        rows.push({
          organizationId,
          scanId: scan.id,
          historyId: payload.historyId,
          scanHostId,
          vulnerabilityId,
          host: hostAddress,
          port: f.port,
          protocol: f.protocol,
          checkId: f.checkId,
          title: f.title.slice(0, 500),
          severity: f.severity,
          severityRank: severityRank(f.severity),
          cvssScore: f.cvssScore,
          evidence: f.evidence,
          pciFail: f.pciFail,
          change: before.has(vulnerabilityId) ? 'persisting' : 'new',
        });
      }
      for (const chunk of chunks(rows, 500)) await this.scanFindings.in(tx).insert(scope, chunk);

      await this.hosts.refreshCounters(tx, scope, [...new Set(hostIds.values())]);
      await this.vulnerabilities.refreshStats(tx, organizationId);

      // Fixed: findings of the previous run that this one covered and did not report again (the others kept status).
      const gone = [...before].filter((id) => !seen.has(id));
      const goneRows: { id: string; host: string; port: number; protocol: string; check_id: string }[] = gone.length
        ? await tx.query(
            `SELECT id, host, port, protocol, check_id FROM vulnerabilities WHERE organization_id = $1 AND id = ANY($2)`,
            [organizationId, gone],
          )
        : [];
      const covered = coveredBy(coverage);
      const fixed = goneRows.filter((v) =>
        covered({ host: v.host, port: v.port, protocol: v.protocol, checkId: v.check_id }),
      ).length;

      const statistics = runStatistics(result, rows, before, previousId, reopened, fixed);
      const runIds = rows.map((r) => r.vulnerabilityId!);
      statistics.known_exploited = runIds.length
        ? Number(
            (
              await tx.query(
                `SELECT count(*) AS n FROM vulnerabilities WHERE organization_id = $1 AND id = ANY($2) AND known_exploited`,
                [organizationId, runIds],
              )
            )[0].n,
          )
        : 0;
      await this.transitions.complete(tx, payload.historyId, attempt, {
        coverage: {
          engine: resolved.scanner.appType,
          check_ids: coverage.checkIds,
          ports: coverage.ports,
          hosts: coverage.hosts,
          unidentified: coverage.unidentified,
        },
        statistics,
        finishedAt: seenAt,
        engineVersion: result.engineVersion?.slice(0, 64) ?? null,
      });
    });
  }

  /** Findings of the run whose deduplicated record is `fixed` now: the run reopens them (read before ingesting). */
  private async countReopened(tx: EntityManager, organizationId: string, result: ScanResult): Promise<number> {
    const addresses = result.hosts.filter((h) => h.findings.length).map((h) => h.address);
    if (!addresses.length) return 0;
    const fixed: { host: string; port: number; protocol: string; check_id: string }[] = await tx.query(
      `SELECT host, port, protocol, check_id FROM vulnerabilities
        WHERE organization_id = $1 AND status = 'fixed' AND host = ANY($2)`,
      [organizationId, addresses],
    );
    if (!fixed.length) return 0;
    const keys = new Set(fixed.map((v) => findingKey(v.host, v.port, v.protocol, v.check_id)));
    const seen = new Set<string>();
    for (const h of result.hosts)
      for (const f of h.findings) {
        const key = findingKey(h.address, f.port, f.protocol, f.checkId);
        if (keys.has(key)) seen.add(key);
      }
    return seen.size;
  }
}

function runStatistics(
  result: ScanResult,
  rows: Partial<ScanFinding>[],
  before: Set<string>,
  previousId: string | null,
  reopened: number,
  fixed: number,
): RunStatistics {
  const count = (severity: string) => rows.filter((r) => r.severity === severity).length;
  const now = new Set(rows.map((r) => r.vulnerabilityId!));
  const persisting = [...now].filter((id) => before.has(id)).length;
  const pciFailing = rows.filter((r) => r.pciFail).length;
  return {
    hosts_total: result.hosts.length,
    hosts_up: result.hosts.filter((h) => h.status === 'up').length,
    open_ports: result.hosts.reduce((n, h) => n + h.services.filter((s) => s.state === 'open').length, 0),
    vulnerabilities: {
      total: rows.length,
      critical: count('critical'),
      high: count('high'),
      medium: count('medium'),
      low: count('low'),
      info: count('info'),
    },
    pci: { status: pciFailing ? 'fail' : 'pass', failing: pciFailing },
    changes: {
      new: now.size - persisting,
      fixed,
      persisting,
      reopened,
      previous_history_id: previousId,
    },
  };
}

/** What a user may read about a failure: our own errors' messages; anything else is summarized. */
function failureMessage(err: unknown): string {
  if (err instanceof AppError)
    return err.entries
      .map((e) => e.message)
      .join('; ')
      .slice(0, 500);
  const message = err instanceof Error ? err.message : String(err);
  // Engine errors are written for users ("nmap is not installed"); keep them short and single-line.
  return `Scan engine error: ${message.replace(/\s+/g, ' ').slice(0, 450)}`;
}

/**
 * Rows of an `UPDATE ... RETURNING`: TypeORM answers UPDATE and DELETE with `[rows, affected]` instead of the rows.
 */
export async function updateReturning<T>(
  db: Pick<EntityManager, 'query'>,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const result = await db.query(sql, params);
  return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number'
    ? result[0]
    : result;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Writes progress and heartbeat of a running run once per interval, with at most one write in flight, and reports
 * a stop request (from any process) or the loss of the run (recovery took it over).
 */
class Heartbeat {
  private timer?: NodeJS.Timeout;
  private inFlight: Promise<void> = Promise.resolve();
  private percent = 0;
  private written = -1;

  constructor(
    private readonly dataSource: DataSource,
    private readonly historyId: string,
    private readonly scanId: string,
    private readonly attempt: number,
    private readonly onAbort: (reason: 'stop' | 'lost') => void,
  ) {}

  start() {
    this.timer = setInterval(() => {
      this.inFlight = this.inFlight.then(() => this.beat()).catch(() => undefined);
    }, HEARTBEAT_INTERVAL_MS);
    this.timer.unref();
  }

  /** Progress below 100 while running: 100 is written when the results are stored. */
  progress(percent: number) {
    this.percent = Math.max(this.percent, Math.min(99, Math.max(0, percent)));
  }

  async stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.inFlight;
  }

  private async beat() {
    const rows = await updateReturning<{ stop_requested_at: Date | null }>(
      this.dataSource,
      `UPDATE scan_histories SET heartbeat_at = now(), progress = $3 WHERE id = $1 AND attempt = $2 AND status = 'running'
       RETURNING stop_requested_at`,
      [this.historyId, this.attempt, this.percent],
    );
    if (!rows[0]) return this.onAbort('lost');
    if (this.percent !== this.written) {
      this.written = this.percent;
      await this.dataSource.query(`UPDATE scans SET progress = $2 WHERE id = $1 AND last_history_id = $3`, [
        this.scanId,
        this.percent,
        this.historyId,
      ]);
    }
    if (rows[0].stop_requested_at) this.onAbort('stop');
  }
}
