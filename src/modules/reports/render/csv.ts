import type { Writable } from 'node:stream';
import { csvCell, csvLine } from '../../../common/csv';
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

/**
 * One finding's line, the cells of CSV_COLUMNS in order: the same as `csvLine(values)`, built by concatenation (no
 * arrays per row: this runs a million times for a large report).
 */
const c = csvCell;
/** A date column's cell; findings of one scan share their dates, so the last one's text is kept. */
const dateCell = () => {
  let time = NaN;
  let text = '';
  return (d: Date | null) => {
    if (!d) return '';
    const t = d.getTime();
    if (t !== time) {
      time = t;
      text = csvCell(d);
    }
    return text;
  };
};
const firstSeen = dateCell();
const lastSeen = dateCell();
const fixed = dateCell();
const line = (f: ReportFinding) =>
  `${c(f.host)},${c(f.hostname)},${c(f.port)},${c(f.protocol)},${c(f.service)},${c(f.checkId)},${c(f.title)},` +
  `${c(f.severity)},${c(f.cvssScore)},${c(f.cvssVector)},${c(f.cve.join(' '))},${c(f.cwe.join(' '))},${c(f.status)},` +
  `${f.pciFail ? 'fail' : 'pass'},${c(f.pciReason)},${firstSeen(f.firstSeenAt)},${lastSeen(f.lastSeenAt)},${fixed(f.fixedAt)},` +
  `${c(f.exception?.status)},${c(f.exception?.reason)},${c(f.description)},${c(f.solution)},${c(f.evidence)},` +
  `${c(f.id)}\r\n`;

/** One CSV line per finding (RFC 4180, formula injection escaped), streamed. */
export async function renderCsv(data: ReportData, out: Writable, progress: Progress): Promise<void> {
  const text = new TextOut(out);
  const delta = data.report.kind === 'delta';
  await text.write(csvLine(delta ? ['change', ...CSV_COLUMNS] : [...CSV_COLUMNS]));
  let done = 0;
  for await (const batch of data.findings()) {
    for (const f of batch) if (text.add(delta ? `${c(f.change)},${line(f)}` : line(f))) await text.flush();
    done += batch.length;
    progress(done);
  }
  await text.end();
}
