import { SEVERITIES } from '../../../common/severity';
import type { ReportData, ReportFinding } from '../data/report-model';

export interface CheckSummary {
  checkId: string;
  title: string;
  severity: string;
  severityRank: number;
  cvssScore: number;
  solution: string;
  cve: Set<string>;
  findings: number;
  hosts: Set<string>;
  pciFail: boolean;
}

export interface HostSummary {
  address: string;
  hostname: string | null;
  bySeverity: Record<string, number>;
  total: number;
  maxCvss: number;
  pciFailing: number;
  riskScore: number;
}

export interface Summary {
  total: number;
  bySeverity: Record<string, number>;
  byStatus: Record<string, number>;
  byChange: Record<string, number>;
  pciFailing: number;
  checks: Map<string, CheckSummary>;
  hosts: Map<string, HostSummary>;
  exceptions: ReportFinding[];
}

const zeroSeverities = () => Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<string, number>;

/**
 * One walk over the findings for the aggregates a report opens with (counts, top issues, hosts, exceptions). Memory
 * grows with distinct checks and hosts, not with findings.
 */
export async function summarize(data: ReportData, onFinding?: () => void): Promise<Summary> {
  const s: Summary = {
    total: 0,
    bySeverity: zeroSeverities(),
    byStatus: {},
    byChange: { new: 0, reopened: 0, fixed: 0, persisting: 0 },
    pciFailing: 0,
    checks: new Map(),
    hosts: new Map(),
    exceptions: [],
  };
  for await (const batch of data.findings()) {
    for (const f of batch) {
      onFinding?.();
      s.total++;
      if (f.change) s.byChange[f.change] = (s.byChange[f.change] ?? 0) + 1;
      // Fixed findings of a delta are counted by change only: they are not part of the current risk.
      if (f.change === 'fixed') continue;
      s.bySeverity[f.severity] = (s.bySeverity[f.severity] ?? 0) + 1;
      s.byStatus[f.status] = (s.byStatus[f.status] ?? 0) + 1;
      if (f.pciFail) s.pciFailing++;
      if (f.exception) s.exceptions.push(f);
      const c = s.checks.get(f.checkId) ?? {
        checkId: f.checkId,
        title: f.title,
        severity: f.severity,
        severityRank: f.severityRank,
        cvssScore: f.cvssScore,
        solution: f.solution,
        cve: new Set<string>(),
        findings: 0,
        hosts: new Set<string>(),
        pciFail: false,
      };
      c.findings++;
      c.hosts.add(f.host);
      f.cve.forEach((x) => c.cve.add(x));
      c.pciFail ||= f.pciFail;
      if (f.severityRank > c.severityRank) Object.assign(c, { severity: f.severity, severityRank: f.severityRank });
      c.cvssScore = Math.max(c.cvssScore, f.cvssScore);
      s.checks.set(f.checkId, c);
      const h = s.hosts.get(f.host) ?? {
        address: f.host,
        hostname: f.hostname,
        bySeverity: zeroSeverities(),
        total: 0,
        maxCvss: 0,
        pciFailing: 0,
        riskScore: 0,
      };
      h.total++;
      h.bySeverity[f.severity]++;
      h.maxCvss = Math.max(h.maxCvss, f.cvssScore);
      if (f.pciFail) h.pciFailing++;
      h.riskScore += [0, 1, 10, 100, 1000][f.severityRank] ?? 0;
      s.hosts.set(f.host, h);
    }
  }
  return s;
}

export const topChecks = (s: Summary, n: number) =>
  [...s.checks.values()]
    .sort((a, b) => b.severityRank - a.severityRank || b.hosts.size - a.hosts.size || b.findings - a.findings)
    .slice(0, n);

export const topHosts = (s: Summary, n: number) =>
  [...s.hosts.values()]
    .filter((h) => h.riskScore > 0)
    .sort((a, b) => b.riskScore - a.riskScore)
    .slice(0, n);
