import type { Writable } from 'node:stream';
import { csvLine } from '../../../common/csv';
import type { ReportData, ReportFinding } from '../data/report-model';
import { type Progress, TextOut } from './output';

/** Columns of the detailed and delta CSV (delta adds `change` first). Dates are ISO-8601 UTC. */
export const CSV_COLUMNS = [
  'host',
  'hostname',
  'port',
  'protocol',
  'service',
  'check_id',
  'title',
  'severity',
  'cvss_score',
  'cvss_vector',
  'cve',
  'cwe',
  'status',
  'pci_status',
  'pci_reason',
  'first_seen_at',
  'last_seen_at',
  'fixed_at',
  'exception_status',
  'exception_reason',
  'description',
  'solution',
  'evidence',
  'vulnerability_id',
] as const;

const row = (f: ReportFinding) => [
  f.host,
  f.hostname,
  f.port,
  f.protocol,
  f.service,
  f.checkId,
  f.title,
  f.severity,
  f.cvssScore,
  f.cvssVector,
  f.cve.join(' '),
  f.cwe.join(' '),
  f.status,
  f.pciFail ? 'fail' : 'pass',
  f.pciReason,
  f.firstSeenAt,
  f.lastSeenAt,
  f.fixedAt,
  f.exception?.status,
  f.exception?.reason,
  f.description,
  f.solution,
  f.evidence,
  f.id,
];

/** One CSV line per finding (RFC 4180, formula injection escaped), streamed. */
export async function renderCsv(data: ReportData, out: Writable, progress: Progress): Promise<void> {
  const text = new TextOut(out);
  const delta = data.report.kind === 'delta';
  await text.write(csvLine(delta ? ['change', ...CSV_COLUMNS] : [...CSV_COLUMNS]));
  let done = 0;
  for await (const batch of data.findings()) {
    for (const f of batch) if (text.add(csvLine(delta ? [f.change, ...row(f)] : row(f)))) await text.flush();
    done += batch.length;
    progress(done);
  }
  await text.end();
}
