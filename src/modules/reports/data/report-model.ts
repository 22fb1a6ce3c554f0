import type { Branding } from '../../whitelabel/whitelabel.service';
import type { ReportFormat, ReportKind } from '../report-kinds';

/**
 * An exception or dispute covering a finding (issue 14 adds them to vulnerabilities: `exception: {id, reason,
 * status}` and a recast severity for disputed ones). Reports show it per finding and list them in a section.
 */
export interface ReportException {
  id: string;
  /** false_positive, accepted_risk, compensating_control, disputed_severity. */
  reason: string;
  /** pending, active, rejected, expired, reset. */
  status: string;
  /** The severity a disputed_severity exception recasts the finding to. */
  recastSeverity?: string | null;
  justification?: string | null;
}

/** One finding as every renderer sees it. */
export interface ReportFinding {
  /** The deduplicated vulnerability's id. */
  id: string;
  host: string;
  hostname: string | null;
  port: number | null;
  protocol: string | null;
  /** The service on the port, when the scan identified it. */
  service: string | null;
  checkId: string;
  title: string;
  description: string;
  solution: string;
  severity: string;
  severityRank: number;
  cvssScore: number;
  cvssVector: string;
  cve: string[];
  cwe: string[];
  evidence: string;
  pciFail: boolean;
  pciReason: string | null;
  /** open, fixed, reopened (the deduplicated record's status). */
  status: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
  fixedAt: Date | null;
  /** Delta reports: how the finding compares with the base run. */
  change?: 'new' | 'fixed' | 'persisting' | 'reopened';
  exception: ReportException | null;
}

export interface ReportService {
  port: number;
  protocol: string;
  service: string | null;
  product: string | null;
  version: string | null;
  tls: boolean;
}

export interface ReportHost {
  address: string;
  hostname: string | null;
  os: string | null;
  status: string;
  services: ReportService[];
}

/** A run the report covers (run-based scopes), or a run of the trend. */
export interface ReportRun {
  id: string;
  scanId: string;
  scanName: string;
  targetName: string | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  engine: string | null;
  counts: { critical: number; high: number; medium: number; low: number; info: number; total: number };
  pciStatus: 'pass' | 'fail' | null;
}

/** Everything a renderer needs; `findings()` can be walked several times, each walk a fresh cursor. */
export interface ReportData {
  report: {
    id: string;
    name: string;
    kind: ReportKind;
    format: ReportFormat;
    generatedAt: Date;
    timeZone: string;
    requestedBy: string | null;
    sections: Set<string>;
    filtersText: string[];
  };
  organization: { id: string; name: string; companyName: string | null };
  branding: Branding;
  /** A line saying what was covered: "Scan “Web” — run of 2 Dec 2026", "Whole organization". */
  scopeLabel: string;
  runs: ReportRun[];
  /** Delta: the run compared against. */
  baseRun: ReportRun | null;
  trend: ReportRun[];
  hosts: ReportHost[];
  /** Number of findings the walk yields (for progress). */
  findingCount: number;
  findings(): AsyncIterable<ReportFinding[]>;
  /** Where the product links to (support, portal). */
  productName: string;
}
