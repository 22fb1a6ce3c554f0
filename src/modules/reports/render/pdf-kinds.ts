import type { Writable } from 'node:stream';
import { SEVERITIES, severityRank } from '../../../common/severity';
import type { ReportData, ReportFinding, ReportHost } from '../data/report-model';
import { KIND_TITLES } from '../report-kinds';
import { donut, horizontalBars, SEVERITY_COLORS, severityBars, trendBars } from './charts';
import { type Column, FAIL, MUTED, PASS, ReportPdf, RULE, TEXT } from './pdf-document';
import { type CheckSummary, summarize, type Summary, topChecks, topHosts } from './summary';

export interface PdfContext {
  data: ReportData;
  /** Where the PDF bytes go (the document is piped into it as pages are finished). */
  out: Writable;
  pdf?: ReportPdf;
  /** Called with findings walked so far (all walks together). */
  tick: () => void;
  apiBase: string;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const n = (x: number) => x.toLocaleString('en-US');
const where = (f: Pick<ReportFinding, 'host' | 'port' | 'protocol'>) =>
  f.port ? `${f.host}:${f.port}/${f.protocol}` : f.host;
const has = (data: ReportData, section: string) => data.report.sections.has(section);

/** Findings between two `breathe()`s (output drained, text layout cache dropped), whatever the batch size. */
const BREATHE_EVERY = 1000;

/** Findings of every walk, one at a time (tables and cards take rows, not batches). */
async function* each(ctx: PdfContext, keep: (f: ReportFinding) => boolean = () => true) {
  let since = 0;
  for await (const batch of ctx.data.findings()) {
    for (const f of batch) {
      ctx.tick();
      if (keep(f)) yield f;
      if (++since === BREATHE_EVERY) {
        since = 0;
        await ctx.pdf?.breathe();
      }
    }
  }
  await ctx.pdf?.breathe();
}

function coverFacts(pdf: ReportPdf, data: ReportData): [string, string][] {
  const org = data.organization.companyName ?? data.organization.name;
  const runs = data.runs.length
    ? data.runs
        .slice(0, 6)
        .map((r) => `${r.scanName}${r.targetName ? ` (${r.targetName})` : ''}, completed ${pdf.date(r.finishedAt)}`)
        .join('\n') + (data.runs.length > 6 ? `\n… and ${data.runs.length - 6} more` : '')
    : 'Latest state of every host and finding';
  return [
    ['Organization', org],
    ['Scope', data.scopeLabel],
    [
      data.baseRun ? 'Compared' : 'Scans',
      data.baseRun ? `${runs}\nagainst ${data.baseRun.scanName}, completed ${pdf.date(data.baseRun.finishedAt)}` : runs,
    ],
    ['Generated', `${pdf.date(data.report.generatedAt)} (${data.report.timeZone})`],
    ['Requested by', data.report.requestedBy ?? 'Scheduled delivery'],
    ...(data.report.filtersText.length
      ? ([['Filters', data.report.filtersText.join('\n')]] as [string, string][])
      : []),
    ['Prepared by', data.branding.companyName ?? data.productName],
    ...(data.branding.supportEmail ? ([['Support', data.branding.supportEmail]] as [string, string][]) : []),
  ];
}

function start(ctx: PdfContext): ReportPdf {
  const { data } = ctx;
  const pdf = new ReportPdf(data, KIND_TITLES[data.report.kind]);
  pdf.doc.pipe(ctx.out);
  ctx.pdf = pdf;
  pdf.cover(data.report.name, coverFacts(pdf, data));
  pdf.newPage();
  return pdf;
}

const severityFigures = (pdf: ReportPdf, s: Summary) => [
  { label: 'Findings', value: n(s.total - (s.byChange.fixed ?? 0)), color: pdf.primary },
  { label: 'Critical', value: n(s.bySeverity.critical), color: SEVERITY_COLORS.critical },
  { label: 'High', value: n(s.bySeverity.high), color: SEVERITY_COLORS.high },
  { label: 'Medium', value: n(s.bySeverity.medium), color: SEVERITY_COLORS.medium },
  { label: 'Low / info', value: n(s.bySeverity.low + s.bySeverity.info), color: SEVERITY_COLORS.low },
];

function severityCell<R>(get: (r: R) => string): Pick<Column<R>, 'text' | 'color' | 'font'> {
  return { text: (r) => cap(get(r)), color: (r) => SEVERITY_COLORS[get(r)], font: () => 'bold' };
}

const hostColumns: Column<ReturnType<typeof topHosts>[number]>[] = [
  { header: 'Host', width: 0.34, text: (h) => (h.hostname ? `${h.address}\n${h.hostname}` : h.address) },
  {
    header: 'Critical',
    width: 0.1,
    align: 'right',
    text: (h) => n(h.bySeverity.critical),
    color: () => SEVERITY_COLORS.critical,
  },
  { header: 'High', width: 0.1, align: 'right', text: (h) => n(h.bySeverity.high), color: () => SEVERITY_COLORS.high },
  { header: 'Medium', width: 0.1, align: 'right', text: (h) => n(h.bySeverity.medium) },
  { header: 'Low', width: 0.1, align: 'right', text: (h) => n(h.bySeverity.low) },
  { header: 'Max CVSS', width: 0.12, align: 'right', text: (h) => h.maxCvss.toFixed(1) },
  {
    header: 'PCI ASV',
    width: 0.14,
    align: 'center',
    text: (h) => (h.pciFailing ? 'FAIL' : 'PASS'),
    color: (h) => (h.pciFailing ? FAIL : PASS),
    font: () => 'bold',
  },
];

const checkColumns: Column<CheckSummary>[] = [
  {
    header: 'Issue',
    width: 0.46,
    text: (c) => `${c.title}\n${c.checkId}${c.cve.size ? ` · ${[...c.cve].slice(0, 3).join(', ')}` : ''}`,
  },
  { header: 'Severity', width: 0.14, ...severityCell((c) => c.severity) },
  { header: 'CVSS', width: 0.1, align: 'right', text: (c) => c.cvssScore.toFixed(1) },
  { header: 'Hosts', width: 0.1, align: 'right', text: (c) => n(c.hosts.size) },
  { header: 'Findings', width: 0.1, align: 'right', text: (c) => n(c.findings) },
  {
    header: 'PCI',
    width: 0.1,
    align: 'center',
    text: (c) => (c.pciFail ? 'FAIL' : 'PASS'),
    color: (c) => (c.pciFail ? FAIL : PASS),
    font: () => 'bold',
  },
];

// ---- executive ---------------------------------------------------------------------------------------------------

export async function executivePdf(ctx: PdfContext): Promise<ReportPdf> {
  const { data } = ctx;
  const s = await summarize(data, ctx.tick);
  const pdf = start(ctx);
  const hostsAffected = s.hosts.size;
  const pciPass = s.pciFailing === 0;
  if (has(data, 'summary')) {
    pdf.heading('Risk posture at a glance');
    pdf.keyFigures([
      { label: 'Open findings', value: n(s.total), color: pdf.primary },
      {
        label: 'Critical and high',
        value: n(s.bySeverity.critical + s.bySeverity.high),
        color: SEVERITY_COLORS.critical,
      },
      { label: `Hosts affected (of ${n(data.hosts.length)})`, value: n(hostsAffected), color: pdf.secondary },
      { label: 'PCI ASV status', value: pciPass ? 'PASS' : 'FAIL', color: pciPass ? PASS : FAIL },
    ]);
    const urgent = s.bySeverity.critical + s.bySeverity.high;
    pdf.paragraph(
      s.total === 0
        ? 'No open findings: every host in scope passed every check that ran.'
        : `${n(s.total)} open finding${s.total === 1 ? '' : 's'} on ${n(hostsAffected)} host${hostsAffected === 1 ? '' : 's'}. ` +
            (urgent
              ? `${n(urgent)} ${urgent === 1 ? 'is' : 'are'} critical or high and should be fixed first; the remediation plan lists the fixes in that order.`
              : 'None is critical or high.') +
            (pciPass
              ? ' No finding fails PCI ASV.'
              : ` ${n(s.pciFailing)} finding${s.pciFailing === 1 ? '' : 's'} fail${s.pciFailing === 1 ? 's' : ''} PCI ASV (CVSS 4.0 or more, or an automatic failure).`),
    );
  }
  if (has(data, 'severity_chart')) {
    const components = data.hosts.length;
    const failing = [...s.hosts.values()].filter((h) => h.pciFailing > 0).length;
    pdf.chartPair(
      { svg: await severityBars(s.bySeverity, 240, 150), caption: 'Open findings by severity' },
      {
        svg: await donut(
          [
            { label: 'fail', value: failing, color: FAIL },
            { label: 'pass', value: Math.max(0, components - failing), color: PASS },
          ],
          `${Math.max(0, components - failing)}/${components}`,
          130,
        ),
        caption: 'Hosts passing PCI ASV',
      },
      150,
    );
  }
  if (has(data, 'trend') && data.trend.length >= 2) {
    pdf.heading('Trend over the last runs', 2);
    pdf.chart(
      await trendBars(
        data.trend.map((r) => ({ label: pdf.shortDate(r.finishedAt), counts: r.counts })),
        440,
        140,
      ),
      pdf.width,
      165,
    );
    pdf.paragraph('Findings each completed run reported, by severity (oldest run on the left).', {
      size: 8.5,
      color: MUTED,
    });
  }
  if (has(data, 'top_hosts')) {
    pdf.heading('Most vulnerable hosts', 2);
    await pdf.table(hostColumns, topHosts(s, 10), { empty: 'No host has an open finding.' });
  }
  if (has(data, 'top_issues')) {
    pdf.heading('Top issues', 2);
    await pdf.table(checkColumns, topChecks(s, 10), { empty: 'No open issue.' });
  }
  if (has(data, 'pci_status')) {
    pdf.heading('PCI DSS external scan status', 2);
    pdf.paragraph(
      pciPass
        ? 'PASS: no open finding has a CVSS base score of 4.0 or more or an automatic failure (ASV Program Guide). ' +
            'An ASV scan is valid for 90 days; the PCI ASV report of this scope has the attestation and details.'
        : `FAIL: ${n(s.pciFailing)} open finding${s.pciFailing === 1 ? '' : 's'} fail PCI ASV. Fix them (or dispute them with evidence) ` +
            'and scan again to obtain a passing attestation.',
    );
  }
  pdf.verification(ctx.apiBase);
  return pdf;
}

// ---- detailed ----------------------------------------------------------------------------------------------------

function findingCard(pdf: ReportPdf, f: ReportFinding) {
  const doc = pdf.doc;
  pdf.ensureSpace(95);
  const y0 = doc.y;
  const color = pdf.severityColor(f.severity);
  // Title bar.
  const label = `${f.severity.toUpperCase()} ${f.cvssScore.toFixed(1)}`;
  pdf.font('bold', 7.5);
  const pillW = doc.widthOfString(label) + 10;
  pdf.font('bold', 10.5, TEXT);
  const titleH = doc.heightOfString(f.title, { width: pdf.width - pillW - 20 });
  doc.rect(pdf.left, y0, 3, titleH + 4).fill(color);
  pdf.font('bold', 10.5, TEXT).text(f.title, pdf.left + 10, y0 + 1, { width: pdf.width - pillW - 20 });
  pdf.pill(label, pdf.left + pdf.width - pillW, y0 + 1, color);
  doc.y = y0 + titleH + 8;
  const meta = [
    `${where(f)}${f.service ? ` · ${f.service}` : ''} · check ${f.checkId}`,
    [f.cve.join(', '), f.cwe.join(', '), f.cvssVector].filter(Boolean).join(' · '),
    `First seen ${pdf.date(f.firstSeenAt)} · last seen ${pdf.date(f.lastSeenAt)} · ${f.status}` +
      ` · PCI ASV ${f.pciFail ? `FAIL${f.pciReason ? ` (${f.pciReason})` : ''}` : 'pass'}`,
  ];
  pdf.font('body', 8, MUTED).text(meta.join('\n'), pdf.left + 10, doc.y, { width: pdf.width - 10, lineGap: 1 });
  if (f.exception) {
    doc.moveDown(0.2);
    pdf
      .font('bold', 8, pdf.secondary)
      .text(
        `Exception: ${f.exception.reason.replace(/_/g, ' ')} (${f.exception.status})` +
          (f.exception.recastSeverity ? ` · recast to ${f.exception.recastSeverity}` : ''),
        pdf.left + 10,
        doc.y,
        { width: pdf.width - 10 },
      );
  }
  const block = (title: string, text: string, font: 'body' | 'mono' = 'body') => {
    if (!text) return;
    doc.moveDown(0.35);
    pdf.ensureSpace(30);
    pdf
      .font('bold', 8, MUTED)
      .text(title.toUpperCase(), pdf.left + 10, doc.y, { width: pdf.width - 10, characterSpacing: 0.4 });
    const clipped =
      text.length > 1500 ? `${text.slice(0, 1500)}… (shortened; the CSV and JSON reports have it whole)` : text;
    pdf
      .font(font, font === 'mono' ? 7.5 : 9, TEXT)
      .text(clipped, pdf.left + 10, doc.y + 1, { width: pdf.width - 10, lineGap: 1 });
  };
  block('Description', f.description);
  block('Evidence', f.evidence, 'mono');
  block('Solution', f.solution);
  doc.moveDown(0.5);
  doc
    .moveTo(pdf.left, doc.y)
    .lineTo(pdf.left + pdf.width, doc.y)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  doc.moveDown(0.8);
}

async function hostHeader(pdf: ReportPdf, host: ReportHost | undefined, address: string, s: Summary) {
  pdf.ensureSpace(pdf.doc.page.height * 0.45);
  const hs = s.hosts.get(address);
  pdf.heading(host?.hostname ? `${address} · ${host.hostname}` : address);
  pdf.facts([
    ['Status', host ? `${host.status}${host.os ? ` · ${host.os}` : ''}` : 'not in the scanned hosts'],
    [
      'Findings',
      hs
        ? SEVERITIES.slice()
            .reverse()
            .filter((sev) => hs.bySeverity[sev])
            .map((sev) => `${hs.bySeverity[sev]} ${sev}`)
            .join(' · ')
        : 'none',
    ],
    ['PCI ASV', hs?.pciFailing ? `FAIL (${hs.pciFailing} failing)` : 'PASS'],
  ]);
  if (host?.services.length) {
    pdf.heading('Open ports and services', 3);
    type Svc = ReportHost['services'][number];
    await pdf.table<Svc>(
      [
        { header: 'Port', width: 0.14, text: (x) => `${x.port}/${x.protocol}` },
        { header: 'Service', width: 0.2, text: (x) => x.service ?? 'unknown' },
        {
          header: 'Product and version',
          width: 0.54,
          text: (x) => [x.product, x.version].filter(Boolean).join(' ') || '—',
        },
        { header: 'TLS', width: 0.12, align: 'center', text: (x) => (x.tls ? 'yes' : 'no') },
      ],
      host.services,
    );
  }
  pdf.heading('Findings', 3);
}

export async function detailedPdf(ctx: PdfContext): Promise<ReportPdf> {
  const { data } = ctx;
  const s = await summarize(data, ctx.tick);
  const pdf = start(ctx);
  const hosts = new Map(data.hosts.map((h) => [h.address, h]));
  if (has(data, 'summary')) {
    pdf.heading('Summary');
    pdf.keyFigures(severityFigures(pdf, s));
    pdf.facts([
      ['Hosts', `${n(data.hosts.length)} scanned · ${n(s.hosts.size)} with findings`],
      ['Open ports', n(data.hosts.reduce((a, h) => a + h.services.length, 0))],
      ['PCI ASV', s.pciFailing ? `FAIL: ${n(s.pciFailing)} failing finding(s)` : 'PASS'],
      ['Exceptions', n(s.exceptions.length)],
    ]);
    pdf.chartPair(
      { svg: await severityBars(s.bySeverity, 240, 130), caption: 'Findings by severity' },
      {
        svg: await horizontalBars(
          topChecks(s, 6).map((c) => ({
            label: c.title.slice(0, 34),
            value: c.hosts.size,
            color: SEVERITY_COLORS[c.severity] ?? MUTED,
          })),
          240,
          22,
        ),
        caption: 'Top issues (hosts affected)',
      },
      140,
    );
    pdf.heading('Hosts', 2);
    await pdf.table(
      [
        {
          header: 'Host',
          width: 0.3,
          text: (h: ReportHost) => (h.hostname ? `${h.address}\n${h.hostname}` : h.address),
        },
        { header: 'Open ports', width: 0.3, text: (h: ReportHost) => h.services.map((x) => x.port).join(', ') || '—' },
        {
          header: 'Findings',
          width: 0.14,
          align: 'right',
          text: (h: ReportHost) => n(s.hosts.get(h.address)?.total ?? 0),
        },
        {
          header: 'Max CVSS',
          width: 0.13,
          align: 'right',
          text: (h: ReportHost) => (s.hosts.get(h.address)?.maxCvss ?? 0).toFixed(1),
        },
        {
          header: 'PCI ASV',
          width: 0.13,
          align: 'center',
          text: (h: ReportHost) => (s.hosts.get(h.address)?.pciFailing ? 'FAIL' : 'PASS'),
          color: (h: ReportHost) => (s.hosts.get(h.address)?.pciFailing ? FAIL : PASS),
          font: () => 'bold',
        },
      ],
      data.hosts,
      { empty: 'No host in scope.' },
    );
  }
  if (has(data, 'findings') || has(data, 'hosts')) {
    // Findings arrive host by host; each host's are shown most severe first (one host's findings at a time in memory).
    const described = new Set<string>();
    let group: ReportFinding[] = [];
    const flush = async () => {
      if (!group.length) return;
      const address = group[0].host;
      described.add(address);
      if (has(data, 'hosts')) await hostHeader(pdf, hosts.get(address), address, s);
      else pdf.heading(address, 2);
      if (has(data, 'findings'))
        for (const f of group.sort((a, b) => b.severityRank - a.severityRank || b.cvssScore - a.cvssScore))
          findingCard(pdf, f);
      group = [];
    };
    for await (const f of each(ctx)) {
      if (group.length && f.host !== group[0].host) await flush();
      group.push(f);
    }
    await flush();
    const quiet = data.hosts.filter((h) => !described.has(h.address));
    if (has(data, 'hosts') && quiet.length) {
      pdf.newPage();
      pdf.heading('Hosts without findings');
      await pdf.table(
        [
          {
            header: 'Host',
            width: 0.35,
            text: (h: ReportHost) => (h.hostname ? `${h.address}\n${h.hostname}` : h.address),
          },
          { header: 'Status', width: 0.15, text: (h: ReportHost) => h.status },
          {
            header: 'Open ports and services',
            width: 0.5,
            text: (h: ReportHost) =>
              h.services.map((x) => `${x.port}/${x.protocol} ${x.service ?? ''}`.trim()).join(', ') || '—',
          },
        ],
        quiet,
      );
    }
  }
  if (has(data, 'exceptions')) {
    pdf.heading('Exceptions and disputes');
    await exceptionsTable(pdf, s.exceptions);
  }
  pdf.verification(ctx.apiBase);
  return pdf;
}

async function exceptionsTable(pdf: ReportPdf, rows: ReportFinding[]) {
  await pdf.table(
    [
      { header: 'Where', width: 0.2, text: (f: ReportFinding) => where(f) },
      { header: 'Finding', width: 0.34, text: (f: ReportFinding) => `${f.title}\n${f.checkId}` },
      { header: 'Reason', width: 0.18, text: (f: ReportFinding) => f.exception!.reason.replace(/_/g, ' ') },
      { header: 'Status', width: 0.12, text: (f: ReportFinding) => f.exception!.status },
      { header: 'Recast', width: 0.16, text: (f: ReportFinding) => f.exception!.recastSeverity ?? '—' },
    ],
    rows,
    { empty: 'No exception, false positive or dispute covers a finding in this report.' },
  );
}

// ---- remediation -------------------------------------------------------------------------------------------------

interface Fix {
  solution: string;
  severity: string;
  severityRank: number;
  checks: CheckSummary[];
  hosts: Set<string>;
  findings: number;
}

function fixesOf(s: Summary): Fix[] {
  const fixes = new Map<string, Fix>();
  for (const c of s.checks.values()) {
    const key = c.solution.trim().replace(/\s+/g, ' ').toLowerCase() || `check:${c.checkId}`;
    const fix = fixes.get(key) ?? {
      solution: c.solution.trim() || 'No fix is known yet: contact the vendor.',
      severity: c.severity,
      severityRank: c.severityRank,
      checks: [],
      hosts: new Set<string>(),
      findings: 0,
    };
    fix.checks.push(c);
    c.hosts.forEach((h) => fix.hosts.add(h));
    fix.findings += c.findings;
    if (c.severityRank > fix.severityRank) Object.assign(fix, { severity: c.severity, severityRank: c.severityRank });
    fixes.set(key, fix);
  }
  return [...fixes.values()].sort(
    (a, b) => b.severityRank - a.severityRank || b.hosts.size - a.hosts.size || b.findings - a.findings,
  );
}

export async function remediationPdf(ctx: PdfContext): Promise<ReportPdf> {
  const { data } = ctx;
  const s = await summarize(data, ctx.tick);
  const pdf = start(ctx);
  const fixes = fixesOf(s);
  if (has(data, 'summary')) {
    pdf.heading('What to fix, in order');
    pdf.keyFigures([
      { label: 'Fixes to apply', value: n(fixes.length), color: pdf.primary },
      {
        label: 'Critical or high fixes',
        value: n(fixes.filter((f) => f.severityRank >= 3).length),
        color: SEVERITY_COLORS.critical,
      },
      { label: 'Findings they close', value: n(s.total - (s.byChange.fixed ?? 0)), color: pdf.secondary },
      { label: 'Hosts affected', value: n(s.hosts.size), color: SEVERITY_COLORS.low },
    ]);
    pdf.paragraph(
      'Findings are grouped by the fix that closes them and ordered by severity, then by the number of hosts affected: ' +
        'start at the top. Tick each item when it is done, then scan again to confirm.',
    );
  }
  if (has(data, 'chart') && fixes.length) {
    pdf.heading('Fixes by hosts affected', 2);
    const top = fixes.slice(0, 10);
    pdf.chart(
      await horizontalBars(
        top.map((f) => ({
          label: f.checks[0].title.slice(0, 60),
          value: f.hosts.size,
          color: SEVERITY_COLORS[f.severity] ?? MUTED,
        })),
        470,
        20,
      ),
      pdf.width,
      top.length * 20 + 10,
    );
  }
  if (has(data, 'actions')) {
    pdf.heading('Action list');
    if (!fixes.length) pdf.paragraph('Nothing to fix.', { color: MUTED });
    const doc = pdf.doc;
    fixes.forEach((fix, i) => {
      pdf.ensureSpace(80);
      const y = doc.y;
      const color = SEVERITY_COLORS[fix.severity] ?? MUTED;
      doc
        .rect(pdf.left, y + 1, 10, 10)
        .lineWidth(1)
        .strokeColor(TEXT)
        .stroke();
      pdf.font('bold', 10.5, TEXT).text(`${i + 1}. ${fix.solution}`, pdf.left + 18, y, { width: pdf.width - 100 });
      const after = doc.y;
      pdf.pill(fix.severity.toUpperCase(), pdf.left + pdf.width - 70, y, color);
      doc.y = after + 3;
      const hosts = [...fix.hosts];
      const cves = [...new Set(fix.checks.flatMap((c) => [...c.cve]))];
      pdf
        .font('body', 8.5, MUTED)
        .text(
          [
            `Closes: ${fix.checks.map((c) => c.title).join('; ')}`,
            `Hosts affected (${n(hosts.length)}): ${hosts.slice(0, 12).join(', ')}${hosts.length > 12 ? ` and ${n(hosts.length - 12)} more` : ''}`,
            `Findings: ${n(fix.findings)} · highest CVSS ${Math.max(...fix.checks.map((c) => c.cvssScore)).toFixed(1)}` +
              (cves.length ? ` · ${cves.slice(0, 8).join(', ')}${cves.length > 8 ? ' …' : ''}` : ''),
          ].join('\n'),
          pdf.left + 18,
          doc.y,
          { width: pdf.width - 18, lineGap: 1.5 },
        );
      doc.moveDown(0.6);
      doc
        .moveTo(pdf.left + 18, doc.y)
        .lineTo(pdf.left + pdf.width, doc.y)
        .lineWidth(0.4)
        .strokeColor(RULE)
        .stroke();
      doc.moveDown(0.6);
    });
  }
  pdf.verification(ctx.apiBase);
  return pdf;
}

// ---- PCI ASV -----------------------------------------------------------------------------------------------------

/** A finding still fails after its exception: accepted disputes (false positive, compensating control) pass. */
export function pciFails(f: ReportFinding): boolean {
  if (!f.pciFail) return false;
  const e = f.exception;
  if (!e || e.status !== 'active') return true;
  if (e.reason === 'disputed_severity')
    return !e.recastSeverity || severityRank(e.recastSeverity) >= severityRank('medium');
  return e.reason === 'accepted_risk';
}

const REMOTE_ACCESS = new Set(['ssh', 'telnet', 'rdp', 'ms-wbt-server', 'vnc', 'ftp']);
const DATABASES = new Set([
  'mysql',
  'postgresql',
  'redis',
  'mongodb',
  'ms-sql-s',
  'oracle',
  'memcached',
  'elasticsearch',
]);

function specialNotes(data: ReportData): { host: string; note: string; item: string }[] {
  const notes: { host: string; note: string; item: string }[] = [];
  for (const h of data.hosts)
    for (const s of h.services) {
      const name = (s.service ?? '').toLowerCase();
      const item = `${s.port}/${s.protocol} ${[s.service, s.product, s.version].filter(Boolean).join(' ')}`;
      if (REMOTE_ACCESS.has(name)) notes.push({ host: h.address, note: 'Remote access', item });
      else if (DATABASES.has(name)) notes.push({ host: h.address, note: 'Database reachable from the scanner', item });
      else if (!name) notes.push({ host: h.address, note: 'Unknown service', item });
    }
  return notes;
}

export async function pciAsvPdf(ctx: PdfContext): Promise<ReportPdf> {
  const { data } = ctx;
  const s = await summarize(data, ctx.tick);
  // Components: every host scanned; failing when one of its findings still fails after exceptions.
  const failingByHost = new Map<string, number>();
  const maxCvss = new Map<string, number>();
  for await (const f of each(ctx)) {
    maxCvss.set(f.host, Math.max(maxCvss.get(f.host) ?? 0, f.cvssScore));
    if (pciFails(f)) failingByHost.set(f.host, (failingByHost.get(f.host) ?? 0) + 1);
  }
  const components = data.hosts.length ? data.hosts.map((h) => h.address) : [...s.hosts.keys()];
  const failing = components.filter((c) => failingByHost.get(c));
  const pass = failing.length === 0 && components.length > 0;
  const scanDate = data.runs.length
    ? new Date(Math.max(...data.runs.map((r) => (r.finishedAt ?? data.report.generatedAt).getTime())))
    : data.report.generatedAt;
  const expires = new Date(scanDate.getTime() + 90 * 86_400_000);
  const pdf = start(ctx);
  const customer = data.organization.companyName ?? data.organization.name;
  const vendor = data.branding.companyName ?? data.productName;

  if (has(data, 'attestation')) {
    pdf.heading('Part 1. Attestation of Scan Compliance');
    const doc = pdf.doc;
    const y = doc.y;
    doc.roundedRect(pdf.left, y, pdf.width, 70, 6).fill(pass ? '#E8F5EC' : '#FDECEA');
    pdf.font('bold', 26, pass ? PASS : FAIL).text(pass ? 'PASS' : 'FAIL', pdf.left + 18, y + 18, { lineBreak: false });
    pdf
      .font('body', 10, TEXT)
      .text(
        pass
          ? `All ${components.length} component(s) in scope are compliant with the PCI DSS external vulnerability scan requirements.`
          : components.length
            ? `${failing.length} of ${components.length} component(s) have vulnerabilities that fail PCI ASV. The scan customer must fix them and rescan.`
            : 'No component was scanned: a scan with results is needed for an attestation.',
        pdf.left + 120,
        y + 16,
        { width: pdf.width - 140 },
      );
    doc.y = y + 84;
    pdf.facts(
      [
        ['Scan customer', `${customer}${data.report.requestedBy ? `\nContact: ${data.report.requestedBy}` : ''}`],
        ['Scan vendor', `${vendor}${data.branding.supportEmail ? `\nContact: ${data.branding.supportEmail}` : ''}`],
        ['Scan completed', pdf.date(scanDate)],
        ['Scan expires', `${pdf.date(expires, false)} (90 days after the scan)`],
        [
          'Components',
          `${components.length} scanned · ${components.length - failing.length} passing · ${failing.length} failing`,
        ],
        [
          'Failing findings',
          `${[...failingByHost.values()].reduce((a, b) => a + b, 0)} (CVSS 4.0 or more, or an automatic failure, after accepted disputes)`,
        ],
      ],
      130,
    );
    pdf.heading('Attestations', 3);
    pdf.paragraph(
      `Scan customer attestation: ${customer} attests that this scan includes all components that should be in scope ` +
        'for PCI DSS, that any components excluded are segmented from the cardholder data environment, and that the ' +
        'evidence submitted for disputes and exceptions is accurate and complete.',
      { size: 9 },
    );
    pdf.paragraph(
      `Scan vendor attestation: this scan and report were prepared by ${vendor} from the results listed in Parts 2 and ` +
        '3. The result is PASS only when no component has a failing vulnerability (ASV Program Guide: CVSS base score ' +
        '4.0 or higher, or an automatic failure such as unsupported software, SQL injection or cross-site scripting).',
      { size: 9 },
    );
  }
  if (has(data, 'components')) {
    pdf.heading('Part 2. ASV Scan Report Summary');
    pdf.chart(
      await donut(
        [
          { label: 'fail', value: failing.length, color: FAIL },
          { label: 'pass', value: components.length - failing.length, color: PASS },
        ],
        `${components.length - failing.length}/${components.length}`,
        96,
      ),
      96,
      96,
    );
    await pdf.table(
      [
        { header: 'Component', width: 0.36, text: (c: string) => c },
        {
          header: 'Failing vulnerabilities',
          width: 0.24,
          align: 'right',
          text: (c: string) => n(failingByHost.get(c) ?? 0),
        },
        { header: 'Highest CVSS', width: 0.2, align: 'right', text: (c: string) => (maxCvss.get(c) ?? 0).toFixed(1) },
        {
          header: 'Compliance',
          width: 0.2,
          align: 'center',
          text: (c: string) => (failingByHost.get(c) ? 'FAIL' : 'PASS'),
          color: (c: string) => (failingByHost.get(c) ? FAIL : PASS),
          font: () => 'bold',
        },
      ],
      components,
      { empty: 'No component in scope.' },
    );
  }
  if (has(data, 'vulnerabilities')) {
    pdf.heading('Part 3. Vulnerabilities noted for each component');
    pdf.paragraph('Every finding of severity low or above. Informational items are left out.', {
      size: 9,
      color: MUTED,
    });
    await pdf.table(
      [
        { header: 'Component', width: 0.19, text: (f: ReportFinding) => where(f) },
        {
          header: 'Vulnerability',
          width: 0.35,
          text: (f: ReportFinding) => `${f.title}${f.cve.length ? `\n${f.cve.join(', ')}` : ''}`,
        },
        { header: 'Severity', width: 0.1, ...severityCell((f: ReportFinding) => f.severity) },
        { header: 'CVSS', width: 0.07, align: 'right', text: (f: ReportFinding) => f.cvssScore.toFixed(1) },
        {
          header: 'Result',
          width: 0.08,
          align: 'center',
          text: (f: ReportFinding) => (pciFails(f) ? 'FAIL' : 'PASS'),
          color: (f: ReportFinding) => (pciFails(f) ? FAIL : PASS),
          font: () => 'bold',
        },
        {
          header: 'Notes',
          width: 0.21,
          text: (f: ReportFinding) =>
            [
              f.pciReason && !/^CVSS base score/i.test(f.pciReason) ? f.pciReason : null,
              f.exception ? `${f.exception.reason.replace(/_/g, ' ')} (${f.exception.status})` : null,
            ]
              .filter(Boolean)
              .join('; ') || '—',
        },
      ],
      each(ctx, (f) => f.severityRank >= 1),
      { empty: 'No vulnerability of severity low or above.' },
    );
  }
  if (has(data, 'special_notes')) {
    pdf.heading('Special notes');
    pdf.paragraph(
      "Items that need the scan customer's written declaration (business need and the controls around them) even when the scan passes.",
      { size: 9, color: MUTED },
    );
    await pdf.table(
      [
        { header: 'Component', width: 0.2, text: (x: { host: string }) => x.host },
        { header: 'Special note', width: 0.26, text: (x: { note: string }) => x.note },
        { header: 'Item noted', width: 0.3, text: (x: { item: string }) => x.item },
        { header: "Scan customer's declaration", width: 0.24, text: () => '\n\n' },
      ],
      specialNotes(data),
      { empty: 'No special note.' },
    );
  }
  if (has(data, 'exceptions')) {
    pdf.heading('Exceptions, false positives and disputes');
    await exceptionsTable(pdf, s.exceptions);
  }
  pdf.verification(ctx.apiBase);
  return pdf;
}

// ---- delta -------------------------------------------------------------------------------------------------------

const CHANGE_COLORS: Record<string, string> = {
  new: '#B42318',
  reopened: '#D9480F',
  fixed: '#1E7B3C',
  persisting: '#5B6472',
};
const CHANGE_TEXT: Record<string, string> = {
  new: 'New: found now, not in the base run',
  reopened: 'Reopened: fixed before, found again',
  fixed: 'Fixed: in the base run, gone now',
  persisting: 'Persisting: in both runs',
};

export async function deltaPdf(ctx: PdfContext): Promise<ReportPdf> {
  const { data } = ctx;
  const s = await summarize(data, ctx.tick);
  const pdf = start(ctx);
  if (has(data, 'summary')) {
    pdf.heading('What changed');
    pdf.keyFigures(
      (['new', 'reopened', 'fixed', 'persisting'] as const).map((c) => ({
        label: cap(c),
        value: n(s.byChange[c] ?? 0),
        color: CHANGE_COLORS[c],
      })),
    );
    const [current] = data.runs;
    pdf.facts([
      ['Base run', data.baseRun ? `${data.baseRun.scanName}, completed ${pdf.date(data.baseRun.finishedAt)}` : '—'],
      ['Compared run', current ? `${current.scanName}, completed ${pdf.date(current.finishedAt)}` : '—'],
    ]);
    pdf.chart(
      await horizontalBars(
        (['new', 'reopened', 'fixed', 'persisting'] as const).map((c) => ({
          label: cap(c),
          value: s.byChange[c] ?? 0,
          color: CHANGE_COLORS[c],
        })),
        470,
        24,
      ),
      pdf.width,
      110,
    );
  }
  for (const change of ['new', 'reopened', 'fixed', 'persisting'] as const) {
    if (!has(data, change)) continue;
    pdf.heading(CHANGE_TEXT[change], 2);
    await pdf.table(
      [
        { header: 'Where', width: 0.2, text: (f: ReportFinding) => where(f) },
        { header: 'Finding', width: 0.42, text: (f: ReportFinding) => `${f.title}\n${f.checkId}` },
        { header: 'Severity', width: 0.12, ...severityCell((f: ReportFinding) => f.severity) },
        { header: 'CVSS', width: 0.08, align: 'right', text: (f: ReportFinding) => f.cvssScore.toFixed(1) },
        {
          header: change === 'fixed' ? 'Last seen' : 'First seen',
          width: 0.18,
          text: (f: ReportFinding) => pdf.date(change === 'fixed' ? f.lastSeenAt : f.firstSeenAt, false),
        },
      ],
      each(ctx, (f) => f.change === change),
      { empty: `No ${change} finding.` },
    );
  }
  pdf.verification(ctx.apiBase);
  return pdf;
}

export const PDF_WALKS: Record<string, number> = { executive: 1, detailed: 2, remediation: 1, pci_asv: 3, delta: 5 };

export const PDF_RENDERERS = {
  executive: executivePdf,
  detailed: detailedPdf,
  remediation: remediationPdf,
  pci_asv: pciAsvPdf,
  delta: deltaPdf,
};
