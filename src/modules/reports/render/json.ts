import type { Writable } from 'node:stream';
import { SEVERITIES } from '../../../common/severity';
import type { ReportData, ReportFinding, ReportRun } from '../data/report-model';
import { type Progress, TextOut } from './output';

/** Identifies the layout of JSON reports (`docs/reports/report.schema.json`). */
export const JSON_REPORT_FORMAT = 'cg-scanning-report/1';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const run = (r: ReportRun) => ({
  id: r.id,
  scan_id: r.scanId,
  scan_name: r.scanName,
  target_name: r.targetName,
  started_at: iso(r.startedAt),
  finished_at: iso(r.finishedAt),
  engine: r.engine,
  counts: r.counts,
  pci_status: r.pciStatus,
});

export const findingJson = (f: ReportFinding) => ({
  vulnerability_id: f.id,
  ...(f.change ? { change: f.change } : {}),
  host: f.host,
  hostname: f.hostname,
  port: f.port,
  protocol: f.protocol,
  service: f.service,
  check_id: f.checkId,
  title: f.title,
  severity: f.severity,
  cvss_score: f.cvssScore,
  cvss_vector: f.cvssVector,
  cve: f.cve,
  cwe: f.cwe,
  status: f.status,
  pci_status: f.pciFail ? 'fail' : 'pass',
  pci_reason: f.pciReason,
  first_seen_at: f.firstSeenAt.toISOString(),
  last_seen_at: f.lastSeenAt.toISOString(),
  fixed_at: iso(f.fixedAt),
  description: f.description,
  solution: f.solution,
  evidence: f.evidence,
  exception: f.exception
    ? {
        id: f.exception.id,
        reason: f.exception.reason,
        status: f.exception.status,
        recast_severity: f.exception.recastSeverity ?? null,
      }
    : null,
});

/**
 * `{format, report, hosts, findings: [...], summary}`: the findings array is streamed one element at a time; the
 * summary, counted on the way, comes last.
 */
export async function renderJson(data: ReportData, out: Writable, progress: Progress): Promise<void> {
  const text = new TextOut(out);
  const r = data.report;
  const head = {
    format: JSON_REPORT_FORMAT,
    report: {
      id: r.id,
      name: r.name,
      kind: r.kind,
      generated_at: r.generatedAt.toISOString(),
      time_zone: r.timeZone,
      requested_by: r.requestedBy,
      organization: { id: data.organization.id, name: data.organization.name },
      scope: data.scopeLabel,
      filters: r.filtersText,
      runs: data.runs.map(run),
      base_run: data.baseRun ? run(data.baseRun) : null,
    },
    hosts: data.hosts.map((h) => ({
      address: h.address,
      hostname: h.hostname,
      os: h.os,
      status: h.status,
      services: h.services,
    })),
  };
  const opening = JSON.stringify(head);
  await text.write(`${opening.slice(0, -1)},"findings":[`);
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<string, number>;
  const byChange: Record<string, number> = {};
  let total = 0;
  let pciFailing = 0;
  for await (const batch of data.findings()) {
    for (const f of batch) {
      await text.write(`${total ? ',' : ''}\n${JSON.stringify(findingJson(f))}`);
      total++;
      bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
      if (f.change) byChange[f.change] = (byChange[f.change] ?? 0) + 1;
      if (f.pciFail && f.change !== 'fixed') pciFailing++;
    }
    progress(total);
  }
  const summary = {
    total,
    by_severity: bySeverity,
    pci_failing: pciFailing,
    ...(r.kind === 'delta' ? { by_change: byChange } : {}),
  };
  await text.write(`\n],"summary":${JSON.stringify(summary)}}\n`);
  await text.end();
}
