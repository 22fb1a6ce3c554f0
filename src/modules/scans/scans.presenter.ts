import { ApiProperty } from '@nestjs/swagger';
import { resource } from '../../common/http/resource';
import { HostServiceDto } from '../hosts/host.presenter';
import type { Vulnerability } from '../vulnerabilities/vulnerabilities.service';
import {
  ExceptionCountsDto,
  shownRating,
  VulnerabilityAttributesDto,
  vulnerabilityAttributes,
} from '../vulnerabilities/vulnerability.presenter';
import type { ScanFinding } from './scan-finding.entity';
import type { RunStatistics, ScanHistory } from './scan-history.entity';
import type { ScanHost } from './scan-host.entity';
import { RUN_STATUSES } from './scan-state';
import type { Scan } from './scan.entity';

export const SCAN_TYPE = 'scan';
export const HISTORY_TYPE = 'scan_history';
export const SCAN_HOST_TYPE = 'scan_host';
export const SCAN_VULNERABILITY_TYPE = 'scan_vulnerability';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export class ScanAttributesDto {
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ format: 'uuid' }) target_id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) scanner_id: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) scan_profile_id: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: "null: the scan profile's port list" })
  port_list_id: string | null;
  @ApiProperty({ enum: ['never_run', ...RUN_STATUSES], description: 'Status of the latest run' }) status: string;
  @ApiProperty({ minimum: 0, maximum: 100, description: 'Progress of the latest run, percent' }) progress: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) last_history_id: string | null;
  @ApiProperty({ type: String, nullable: true }) last_started_at: string | null;
  @ApiProperty({ type: String, nullable: true }) last_finished_at: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: "The latest run's last sign of life from its worker (as in the histories); null before it starts",
  })
  heartbeat_at: string | null;
  @ApiProperty({ format: 'uuid' }) user_id: string;
  @ApiProperty({ format: 'uuid' }) organization_id: string;
  @ApiProperty() created_at: string;
  @ApiProperty() updated_at: string;
}

/** `heartbeats`: the latest runs' heartbeats by history id (`ScansService.heartbeats`). */
export const presentScan = (s: Scan, heartbeats?: Map<string, Date | null>) =>
  resource<ScanAttributesDto>(
    SCAN_TYPE,
    s.id,
    {
      name: s.name,
      description: s.description,
      target_id: s.targetId,
      scanner_id: s.scannerId,
      scan_profile_id: s.scanProfileId,
      port_list_id: s.portListId,
      status: s.status,
      progress: s.progress,
      last_history_id: s.lastHistoryId,
      last_started_at: iso(s.lastStartedAt),
      last_finished_at: iso(s.lastFinishedAt),
      heartbeat_at: iso((s.lastHistoryId && heartbeats?.get(s.lastHistoryId)) || null),
      user_id: s.userId,
      organization_id: s.organizationId,
      created_at: s.createdAt.toISOString(),
      updated_at: s.updatedAt.toISOString(),
    },
    {
      target: { data: { id: s.targetId, type: 'target' } },
      scanner: { data: s.scannerId ? { id: s.scannerId, type: 'scanner' } : null },
      scan_profile: { data: s.scanProfileId ? { id: s.scanProfileId, type: 'scan_profile' } : null },
      port_list: { data: s.portListId ? { id: s.portListId, type: 'port_list' } : null },
      last_history: { data: s.lastHistoryId ? { id: s.lastHistoryId, type: HISTORY_TYPE } : null },
    },
  );

class SeverityTotalsDto {
  @ApiProperty({
    description:
      'Findings of the run, without those an active false positive, compensating control or accepted risk covers now (disputed ones at their recast severity)',
  })
  total: number;
  @ApiProperty() critical: number;
  @ApiProperty() high: number;
  @ApiProperty() medium: number;
  @ApiProperty() low: number;
  @ApiProperty() info: number;
}
class PciStatusDto {
  @ApiProperty({ enum: ['pass', 'fail'] }) status: string;
  @ApiProperty({ description: 'Findings failing PCI ASV' }) failing: number;
}
class ChangesDto {
  @ApiProperty({ description: 'Found now, not by the previous run' }) new: number;
  @ApiProperty({ description: 'Found by the previous run, not now' }) fixed: number;
  @ApiProperty({ description: 'Found by both' }) persisting: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) previous_history_id: string | null;
}
export class RunStatisticsDto {
  @ApiProperty() hosts_total: number;
  @ApiProperty() hosts_up: number;
  @ApiProperty() open_ports: number;
  @ApiProperty({ type: SeverityTotalsDto }) vulnerabilities: SeverityTotalsDto;
  @ApiProperty({ type: PciStatusDto }) pci: PciStatusDto;
  @ApiProperty({ type: ChangesDto }) changes: ChangesDto;
  @ApiProperty({
    required: false,
    description: 'Findings of the run known exploited (CISA KEV) when it completed; absent on runs stored before it',
  })
  known_exploited?: number;
  @ApiProperty({
    type: ExceptionCountsDto,
    required: false,
    description: 'Findings of the run under an active exception now',
  })
  exceptions?: ExceptionCountsDto;
}

export class HistoryAttributesDto {
  @ApiProperty({ format: 'uuid' }) scan_id: string;
  @ApiProperty({ enum: RUN_STATUSES }) status: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress: number;
  @ApiProperty({ enum: ['manual', 'schedule'] }) trigger: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) schedule_id: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) user_id: string | null;
  @ApiProperty({ description: 'Attempt number; a run whose worker died is retried once' }) attempt: number;
  @ApiProperty({ type: String, nullable: true }) started_at: string | null;
  @ApiProperty({ type: String, nullable: true }) finished_at: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Last sign of life of the worker running it' })
  heartbeat_at: string | null;
  @ApiProperty({ type: String, nullable: true }) stop_requested_at: string | null;
  @ApiProperty({ type: String, nullable: true }) error_message: string | null;
  @ApiProperty({ nullable: true, enum: ['builtin', 'nmap'] }) engine: string | null;
  @ApiProperty({ type: String, nullable: true }) engine_version: string | null;
  @ApiProperty({ type: String, nullable: true }) target_name: string | null;
  @ApiProperty({ type: Number, nullable: true }) host_count: number | null;
  @ApiProperty({ type: RunStatisticsDto, nullable: true, description: 'Set when the run completed' })
  statistics: RunStatistics | null;
  @ApiProperty({
    type: () => RunCoverageDto,
    nullable: true,
    description:
      'Set when the run completed: the checks it ran and the ports it probed. It closed (marked fixed) only findings ' +
      'of these checks, on these ports of the hosts it reached; every other finding kept its status.',
  })
  coverage: RunCoverageDto | null;
  @ApiProperty() created_at: string;
}

export class CoveredPortRangeDto {
  @ApiProperty({ enum: ['tcp', 'udp'] }) protocol: string;
  @ApiProperty() start: number;
  @ApiProperty() end: number;
}

export class RunCoverageDto {
  @ApiProperty({ enum: ['builtin', 'nmap'] }) engine: string;
  @ApiProperty({
    type: [String],
    description: "Check ids the run ran: the engine's capabilities for the profile's check families",
  })
  check_ids: string[];
  @ApiProperty({ type: [CoveredPortRangeDto] }) ports: CoveredPortRangeDto[];
  @ApiProperty({ description: 'Hosts the run reached' }) hosts_up: number;
}

export const presentHistory = (h: ScanHistory) =>
  resource<HistoryAttributesDto>(
    HISTORY_TYPE,
    h.id,
    {
      scan_id: h.scanId,
      status: h.status,
      progress: h.progress,
      trigger: h.trigger,
      schedule_id: h.scheduleId,
      user_id: h.userId,
      attempt: h.attempt,
      started_at: iso(h.startedAt),
      finished_at: iso(h.finishedAt),
      heartbeat_at: iso(h.heartbeatAt),
      stop_requested_at: iso(h.stopRequestedAt),
      error_message: h.errorMessage,
      engine: h.engine,
      engine_version: h.engineVersion,
      target_name: h.targetName,
      host_count: h.hostCount,
      statistics: h.statistics,
      coverage: h.coverage
        ? {
            engine: h.coverage.engine,
            check_ids: h.coverage.check_ids,
            ports: h.coverage.ports,
            hosts_up: h.coverage.hosts.length,
          }
        : null,
      created_at: h.createdAt.toISOString(),
    },
    { scan: { data: { id: h.scanId, type: SCAN_TYPE } } },
  );

export class ScanHostAttributesDto {
  @ApiProperty({ format: 'uuid' }) scan_id: string;
  @ApiProperty({ format: 'uuid' }) history_id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The organization-wide host (/v2/hosts)' })
  host_id: string | null;
  @ApiProperty() address: string;
  @ApiProperty({ type: String, nullable: true }) hostname: string | null;
  @ApiProperty({ enum: ['up', 'down'] }) status: string;
  @ApiProperty({ type: String, nullable: true }) os: string | null;
  @ApiProperty({ type: [HostServiceDto] }) services: HostServiceDto[];
  @ApiProperty() vulnerability_count: number;
  @ApiProperty({ nullable: true, enum: ['info', 'low', 'medium', 'high', 'critical'] }) max_severity: string | null;
  @ApiProperty() scanned_at: string;
}

const SEVERITY_BY_RANK = ['info', 'low', 'medium', 'high', 'critical'];

export const presentScanHost = (h: ScanHost) =>
  resource<ScanHostAttributesDto>(
    SCAN_HOST_TYPE,
    h.id,
    {
      scan_id: h.scanId,
      history_id: h.historyId,
      host_id: h.hostId,
      address: h.address,
      hostname: h.hostname,
      status: h.status,
      os: h.os,
      services: h.services,
      vulnerability_count: h.vulnerabilityCount,
      max_severity: h.maxSeverityRank === null ? null : SEVERITY_BY_RANK[h.maxSeverityRank],
      scanned_at: h.scannedAt.toISOString(),
    },
    {
      scan: { data: { id: h.scanId, type: SCAN_TYPE } },
      host: { data: h.hostId ? { id: h.hostId, type: 'host' } : null },
    },
  );

export class ScanVulnerabilityAttributesDto extends VulnerabilityAttributesDto {
  @ApiProperty({ format: 'uuid' }) scan_id: string;
  @ApiProperty({ format: 'uuid' }) history_id: string;
  @ApiProperty({ format: 'uuid' }) scan_host_id: string;
  @ApiProperty({ format: 'uuid', description: 'The deduplicated finding (/v2/vulnerabilities/{id})' })
  vulnerability_id: string;
  @ApiProperty({ enum: ['new', 'persisting'], description: 'Compared with the previous run of this scan' })
  change: string;
}

/**
 * A finding of one run: what the run observed (severity, evidence, PCI) over the deduplicated record's texts and
 * lifecycle (status, first/last seen).
 */
export const presentScanFinding = (f: ScanFinding, v: Vulnerability | undefined) => {
  const base = v ? vulnerabilityAttributes(v) : ({} as VulnerabilityAttributesDto);
  return resource<ScanVulnerabilityAttributesDto>(
    SCAN_VULNERABILITY_TYPE,
    f.id,
    {
      ...base,
      check_id: f.checkId,
      title: f.title,
      ...shownRating(v, { severity: f.severity, pciFail: f.pciFail }),
      cvss_score: f.cvssScore,
      evidence: f.evidence,
      host: f.host,
      port: f.port,
      protocol: f.protocol,
      scan_id: f.scanId,
      history_id: f.historyId,
      scan_host_id: f.scanHostId,
      vulnerability_id: f.vulnerabilityId,
      change: f.change,
    },
    {
      scan: { data: { id: f.scanId, type: SCAN_TYPE } },
      vulnerability: { data: { id: f.vulnerabilityId, type: 'vulnerability' } },
    },
  );
};
