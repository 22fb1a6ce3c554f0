import PDFDocument from 'pdfkit';
import { CCW_FIELDS, CCW_LABELS, summarize, type SaqAnswer } from './saq-answers';
import { saqCatalog, type SaqResponse } from './saq-catalog';
import type { Saq, SaqAsvEvidence } from './saq.entity';

/** Whitelabel branding as the PDF uses it (a subset of `WhitelabelService.brandingFor`). */
export interface SaqPdfBranding {
  companyName: string | null;
  logo: { contentType: string; bytes: Buffer } | null;
  primaryColor: string | null;
  secondaryColor: string | null;
  supportEmail: string | null;
  portalDomain: string | null;
}

export interface SaqPdfInput {
  saq: Saq;
  evidence: SaqAsvEvidence | null;
  branding: SaqPdfBranding;
  generatedAt: Date;
  /** Product name when the organization has no whitelabel company name. */
  productName?: string;
}

// ---------------------------------------------------------------- layout constants

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { top: 64, bottom: 60, left: 50, right: 50 };
const CONTENT = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = PAGE.height - MARGIN.bottom;
const INK = '#1f2933';
const MUTED = '#616e7c';
const RULE = '#d9dee3';
const ZEBRA = '#f5f7f9';
const DEFAULT_PRIMARY = '#1d4ed8';
const DEFAULT_SECONDARY = '#0f766e';

const RESPONSE_LABEL: Record<SaqResponse, string> = {
  in_place: 'In Place',
  in_place_ccw: 'In Place with CCW',
  not_applicable: 'Not Applicable',
  not_tested: 'Not Tested',
  not_in_place: 'Not in Place',
};
const RESPONSE_COLOR: Record<SaqResponse, string> = {
  in_place: '#15803d',
  in_place_ccw: '#b45309',
  not_applicable: '#52606d',
  not_tested: '#52606d',
  not_in_place: '#b91c1c',
};
const STATUS_LABEL = {
  compliant: 'Compliant',
  non_compliant: 'Non-compliant',
  compliant_with_legal_exception: 'Compliant but with legal exception',
} as const;
const CHANNEL_LABEL: Record<string, string> = {
  ecommerce: 'E-commerce',
  moto: 'Mail order / telephone order (MOTO)',
  card_present: 'Card-present',
};

/**
 * The standard PDF fonts encode text as WinAnsi: characters outside it would print as garbage, so they become "?".
 * Control characters go too.
 */
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
export function pdfSafe(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (ch === '\n' || ch === '\t') out += ch === '\t' ? ' ' : ch;
    else if (code < 32 || (code >= 127 && code < 160)) continue;
    else if (code < 256 || WIN_ANSI_EXTRA.includes(ch)) out += ch;
    else out += '?';
  }
  return out;
}

/** `Requirement 8: ...`; appendix titles already name their appendix. */
const groupName = (g: { number: string; title: string }) =>
  /^\d/.test(g.number) ? `Requirement ${g.number}: ${g.title}` : g.title;
const isColor = (c: string | null | undefined): c is string => !!c && /^#[0-9a-f]{6}$/i.test(c);
const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '—');
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

type Doc = PDFKit.PDFDocument;

/** The text cut (with an ellipsis) to fit one line of `width` in the current font. */
function fitLine(doc: Doc, value: string, width: number): string {
  const text = pdfSafe(value).replace(/\s+/g, ' ');
  if (doc.widthOfString(text) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${text.slice(0, mid)}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

/** Up to `lines` lines of `width`: a longer text is cut with an ellipsis. */
function fitLines(doc: Doc, value: string, width: number, lines: number): string {
  const text = pdfSafe(value);
  const lineHeight = doc.currentLineHeight(true);
  if (doc.heightOfString(text, { width }) <= lineHeight * lines + 0.5) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.heightOfString(`${text.slice(0, mid)}…`, { width }) <= lineHeight * lines + 0.5) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

interface Column {
  header: string;
  width: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  color?: (row: string[]) => string | undefined;
}

/** Draws the questionnaire and its Attestation of Compliance; the caller pipes the document and it ends itself. */
export function renderSaqPdf(input: SaqPdfInput): Doc {
  const { saq, evidence, branding, generatedAt } = input;
  const entry = saqCatalog.get(saq.type);
  const summary = summarize(entry, saq.answers);
  const primary = isColor(branding.primaryColor) ? branding.primaryColor : DEFAULT_PRIMARY;
  const secondary = isColor(branding.secondaryColor) ? branding.secondaryColor : DEFAULT_SECONDARY;
  const provider = branding.companyName?.trim() || input.productName || 'CG Scanning';
  const merchant = saq.part1.company_name?.trim() || 'Unnamed organization';
  const def = entry.definition;

  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    info: {
      Title: pdfSafe(`${def.name} and Attestation of Compliance - ${merchant}`),
      Author: pdfSafe(merchant),
      Subject: `PCI DSS v${def.pci_dss_version} self-assessment questionnaire`,
      Creator: pdfSafe(provider),
      CreationDate: generatedAt,
    },
  });
  doc.addPage();

  const text = (value: string, opts: PDFKit.Mixins.TextOptions = {}) => doc.text(pdfSafe(value), opts);
  const ensure = (height: number) => {
    if (doc.y + height > BOTTOM) doc.addPage();
  };
  const heading = (title: string, level: 1 | 2 | 3 = 2) => {
    const size = level === 1 ? 17 : level === 2 ? 13 : 11;
    // Keep a heading with the start of what follows it.
    ensure(size * 2 + 70);
    if (level === 1) doc.moveDown(0.3);
    doc.x = MARGIN.left;
    doc
      .font('Helvetica-Bold')
      .fontSize(size)
      .fillColor(level === 3 ? INK : primary);
    text(title, { width: CONTENT });
    if (level === 1) {
      const y = doc.y + 2;
      doc
        .moveTo(MARGIN.left, y)
        .lineTo(MARGIN.left + CONTENT, y)
        .lineWidth(1.2)
        .strokeColor(primary)
        .stroke();
      doc.y = y + 8;
    } else doc.moveDown(0.35);
    doc.font('Helvetica').fontSize(9.5).fillColor(INK);
  };
  const paragraph = (value: string, opts: { color?: string; size?: number; gap?: number } = {}) => {
    doc.x = MARGIN.left;
    doc
      .font('Helvetica')
      .fontSize(opts.size ?? 9.5)
      .fillColor(opts.color ?? INK);
    text(value, { width: CONTENT, lineGap: 1.5 });
    doc.moveDown(opts.gap ?? 0.5);
  };

  /** Label/value pairs in two columns, each row as tall as its longer cell. */
  const fields = (rows: [string, string | null | undefined][]) => {
    const labelWidth = 150;
    for (const [label, raw] of rows) {
      const value = pdfSafe(raw?.trim() ? raw : '—');
      doc.font('Helvetica').fontSize(9.5);
      const valueHeight = doc.heightOfString(value, { width: CONTENT - labelWidth - 8 });
      doc.font('Helvetica-Bold');
      const labelHeight = doc.heightOfString(pdfSafe(label), { width: labelWidth });
      const h = Math.max(valueHeight, labelHeight, 11) + 6;
      ensure(h);
      const y = doc.y;
      doc
        .font('Helvetica-Bold')
        .fillColor(MUTED)
        .text(pdfSafe(label), MARGIN.left, y + 3, { width: labelWidth });
      doc
        .font('Helvetica')
        .fillColor(raw?.trim() ? INK : MUTED)
        .text(value, MARGIN.left + labelWidth + 8, y + 3, { width: CONTENT - labelWidth - 8 });
      doc
        .moveTo(MARGIN.left, y + h)
        .lineTo(MARGIN.left + CONTENT, y + h)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke();
      doc.y = y + h;
    }
    doc.x = MARGIN.left;
    doc.moveDown(0.8);
  };

  /** A table whose rows never split: a row that does not fit starts a new page, where the header is repeated. */
  const table = (columns: Column[], rows: string[][], opts: { size?: number; continued?: string } = {}) => {
    const size = opts.size ?? 8.5;
    const pad = 4;
    const drawHeader = (continued = false) => {
      if (continued && opts.continued) {
        doc.font('Helvetica-Oblique').fontSize(8).fillColor(MUTED);
        text(`${opts.continued} (continued)`, { width: CONTENT });
        doc.moveDown(0.25);
      }
      doc.font('Helvetica-Bold').fontSize(size);
      const h = Math.max(...columns.map((c) => doc.heightOfString(c.header, { width: c.width - 2 * pad }))) + 2 * pad;
      const y = doc.y;
      doc.rect(MARGIN.left, y, CONTENT, h).fill(primary);
      let x = MARGIN.left;
      for (const c of columns) {
        doc
          .fillColor('#ffffff')
          .text(pdfSafe(c.header), x + pad, y + pad, { width: c.width - 2 * pad, align: c.align ?? 'left' });
        x += c.width;
      }
      doc.y = y + h;
    };
    ensure(40);
    drawHeader();
    rows.forEach((row, index) => {
      const cells = row.map((c) => pdfSafe(c));
      let h =
        Math.max(
          ...columns.map((c, i) => {
            doc.font(c.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
            return doc.heightOfString(cells[i] || ' ', { width: c.width - 2 * pad, lineGap: 1 });
          }),
        ) +
        2 * pad;
      // A row never splits; one taller than a page (long free text) is cut to what fits.
      const maxRow = BOTTOM - MARGIN.top - 60;
      if (h > maxRow) {
        columns.forEach((c, i) => {
          doc.font(c.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
          cells[i] = fitLines(doc, cells[i], c.width - 2 * pad, Math.floor((maxRow - 2 * pad) / (size * 1.25)));
        });
        h = maxRow;
      }
      if (doc.y + h > BOTTOM) {
        doc.addPage();
        drawHeader(true);
      }
      const y = doc.y;
      if (index % 2 === 1) doc.rect(MARGIN.left, y, CONTENT, h).fill(ZEBRA);
      let x = MARGIN.left;
      columns.forEach((c, i) => {
        doc
          .font(c.bold ? 'Helvetica-Bold' : 'Helvetica')
          .fontSize(size)
          .fillColor(c.color?.(row) ?? INK)
          .text(cells[i], x + pad, y + pad, { width: c.width - 2 * pad, lineGap: 1, align: c.align ?? 'left' });
        x += c.width;
      });
      doc
        .moveTo(MARGIN.left, y + h)
        .lineTo(MARGIN.left + CONTENT, y + h)
        .lineWidth(0.4)
        .strokeColor(RULE)
        .stroke();
      doc.y = y + h;
    });
    doc.x = MARGIN.left;
    doc.moveDown(0.8);
  };

  const checkbox = (checked: boolean, x: number, y: number) => {
    doc
      .lineWidth(0.8)
      .strokeColor(checked ? primary : MUTED)
      .rect(x, y, 9, 9)
      .stroke();
    if (checked) {
      doc
        .lineWidth(1.6)
        .strokeColor(primary)
        .moveTo(x + 2, y + 4.8)
        .lineTo(x + 3.9, y + 7)
        .lineTo(x + 7.4, y + 2.2)
        .stroke();
    }
  };
  /** A checklist line: box, then wrapped text. */
  const checkItem = (checked: boolean, label: string, opts: { bold?: boolean } = {}) => {
    doc.font(opts.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9.5);
    const value = pdfSafe(label);
    const h = doc.heightOfString(value, { width: CONTENT - 18, lineGap: 1.5 }) + 5;
    ensure(h);
    const y = doc.y;
    checkbox(checked, MARGIN.left, y + 1);
    doc.fillColor(INK).text(value, MARGIN.left + 18, y, { width: CONTENT - 18, lineGap: 1.5 });
    doc.y = Math.max(doc.y, y + 11) + 4;
    doc.x = MARGIN.left;
  };

  /** A bold label and a free-text paragraph, flowing across pages (long explanations). */
  const block = (label: string, value: string | null) => {
    ensure(36);
    doc.x = MARGIN.left;
    doc.font('Helvetica-Bold').fontSize(9).fillColor(MUTED);
    text(label, { width: CONTENT });
    doc.moveDown(0.1);
    doc
      .font('Helvetica')
      .fontSize(9.5)
      .fillColor(value ? INK : MUTED);
    text(value || '—', { width: CONTENT, lineGap: 1.5 });
    doc.moveDown(0.5);
  };

  // ---------------------------------------------------------------- cover

  const coverTop = MARGIN.top - 14;
  let logoDrawn = false;
  if (branding.logo && /^image\/(png|jpeg)$/.test(branding.logo.contentType)) {
    try {
      doc.image(branding.logo.bytes, MARGIN.left, coverTop, { fit: [150, 48] });
      logoDrawn = true;
    } catch {
      logoDrawn = false; // an unreadable image falls back to the name
    }
  }
  if (!logoDrawn) {
    doc.font('Helvetica-Bold').fontSize(15).fillColor(primary);
    doc.text(fitLine(doc, provider, 290), MARGIN.left, coverTop + 12, { width: 300, lineBreak: false });
  }
  doc.font('Helvetica').fontSize(8.5).fillColor(MUTED);
  const contact = [branding.supportEmail, branding.portalDomain].filter(Boolean).join('  ·  ');
  doc.text(pdfSafe(`Prepared with ${provider}${contact ? `\n${contact}` : ''}`), MARGIN.left + 300, coverTop + 10, {
    width: CONTENT - 300,
    align: 'right',
  });
  doc.y = coverTop + 78;
  doc.x = MARGIN.left;
  doc.font('Helvetica').fontSize(10).fillColor(secondary);
  text(`Payment Card Industry Data Security Standard v${def.pci_dss_version}`, { width: CONTENT });
  doc.moveDown(0.2);
  doc.font('Helvetica-Bold').fontSize(22).fillColor(INK);
  text(`${def.name} and Attestation of Compliance`, { width: CONTENT });
  doc.moveDown(0.2);
  doc.font('Helvetica').fontSize(11.5).fillColor(MUTED);
  text(def.title, { width: CONTENT });
  doc.moveDown(1.2);

  // Summary card
  const cardY = doc.y;
  const cardH = 98;
  doc.roundedRect(MARGIN.left, cardY, CONTENT, cardH, 6).fill(ZEBRA);
  doc.rect(MARGIN.left, cardY, 5, cardH).fill(primary);
  const cell = (label: string, value: string, x: number, y: number, width: number, color = INK) => {
    doc.font('Helvetica').fontSize(8).fillColor(MUTED).text(pdfSafe(label.toUpperCase()), x, y, { width });
    doc.font('Helvetica-Bold').fontSize(11).fillColor(color);
    doc.text(fitLines(doc, value, width, 2), x, y + 11, { width });
  };
  const statusColor =
    summary.status === 'compliant' ? '#15803d' : summary.status === 'non_compliant' ? '#b91c1c' : '#b45309';
  const colW = (CONTENT - 30) / 3;
  cell('Assessed entity', merchant, MARGIN.left + 18, cardY + 14, colW - 6);
  cell('Assessment period', `${saq.periodStart} to ${saq.periodEnd}`, MARGIN.left + 18 + colW, cardY + 14, colW - 6);
  cell(
    'State',
    saq.state === 'approved' ? `Approved ${day(saq.approvedAt?.toISOString())}` : 'Draft (not attested)',
    MARGIN.left + 18 + 2 * colW,
    cardY + 14,
    colW - 6,
  );
  cell(
    saq.state === 'approved' ? 'Result' : 'Result of the answers so far',
    STATUS_LABEL[summary.status],
    MARGIN.left + 18,
    cardY + 58,
    colW - 6,
    statusColor,
  );
  cell(
    'Requirements answered',
    `${summary.answered} of ${summary.total} (${summary.progress}%)`,
    MARGIN.left + 18 + colW,
    cardY + 58,
    colW - 6,
  );
  cell(
    'ASV scan (11.3.2)',
    !entry.needsAsvScan
      ? 'Not part of this SAQ'
      : evidence
        ? `Pass, ${day(evidence.completed_at)}`
        : 'None within 90 days',
    MARGIN.left + 18 + 2 * colW,
    cardY + 58,
    colW - 6,
    entry.needsAsvScan && !evidence ? '#b91c1c' : INK,
  );
  doc.y = cardY + cardH + 18;
  doc.x = MARGIN.left;

  paragraph(
    `This document records ${merchant}'s self-assessment against the PCI DSS v${def.pci_dss_version} requirements that ` +
      `${def.name} contains, and its Attestation of Compliance. Section 1 describes the entity and its payment ` +
      'environment (AOC Parts 1 and 2), Section 2 gives the answer to every requirement, the appendices hold the ' +
      'compensating controls worksheets and the explanations each answer needs, and Section 3 is the validation and ' +
      'attestation (AOC Parts 3 and 4). The requirement descriptions are summaries; the PCI DSS document is ' +
      'authoritative.',
    { color: MUTED },
  );
  if (def.provenance === 'derived') paragraph(`Requirement list: ${def.provenance_note}`, { color: MUTED, size: 8.5 });
  fields([
    ['SAQ', `${def.name} (${def.source.document}, ${def.source.revision}, ${def.source.published})`],
    ['Who this SAQ is for', def.audience],
    ['Generated', `${generatedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC`],
    ['Document reference', saq.id],
  ]);

  // ---------------------------------------------------------------- Section 1

  doc.addPage();
  heading('Section 1: Assessment information', 1);
  heading('Part 1. Contact information');
  fields([
    ['Company name', saq.part1.company_name],
    ['Doing business as', saq.part1.dba],
    ['Mailing address', saq.part1.mailing_address],
    ['Main website', saq.part1.website],
    ['Contact name', saq.part1.contact_name],
    ['Contact title', saq.part1.contact_title],
    ['Contact phone', saq.part1.contact_phone],
    ['Contact e-mail', saq.part1.contact_email],
    ['Internal Security Assessor(s)', saq.part1.isa_names ?? 'Not applicable'],
    [
      'Qualified Security Assessor',
      saq.part1.qsa_company
        ? `${saq.part1.qsa_company}${saq.part1.qsa_lead_assessor ? ` (lead: ${saq.part1.qsa_lead_assessor})` : ''}`
        : 'Not applicable',
    ],
  ]);

  heading('Part 2. Executive summary');
  heading('2a. Payment channels', 3);
  for (const channel of ['moto', 'ecommerce', 'card_present'])
    checkItem(saq.part2.payment_channels.includes(channel as never), CHANNEL_LABEL[channel]);
  if (saq.part2.excluded_channels_explanation)
    block('Channels not included in this assessment', saq.part2.excluded_channels_explanation);
  doc.moveDown(0.3);
  block('2b. How the business stores, processes and transmits account data', saq.part2.channel_description);
  block('Business description', saq.part2.business_description);
  block('2c. Payment card environment', saq.part2.environment_description);
  fields([
    [
      'Segmentation used to reduce scope',
      saq.part2.segmentation_used === null ? 'Not stated' : saq.part2.segmentation_used ? 'Yes' : 'No',
    ],
  ]);
  heading('2d. In-scope locations and facilities', 3);
  if (saq.part2.locations.length)
    table(
      [
        { header: 'Facility type', width: 170 },
        { header: 'Number', width: 60 },
        { header: 'Location(s)', width: CONTENT - 230 },
      ],
      saq.part2.locations.map((l) => [l.facility_type, String(l.count), l.location]),
      { size: 9 },
    );
  else paragraph('No locations listed.', { color: MUTED });
  heading('2f. Third-party service providers', 3);
  if (saq.part2.service_providers.length)
    table(
      [
        { header: 'Service provider', width: 170 },
        { header: 'Services provided', width: CONTENT - 170 },
      ],
      saq.part2.service_providers.map((p) => [p.name, p.services]),
      { size: 9 },
    );
  else paragraph('No service providers listed.', { color: MUTED });

  heading('2g. Summary of the assessment', 3);
  const responses = def.responses;
  const countWidth = (CONTENT - 200) / responses.length;
  table(
    [
      { header: 'PCI DSS requirement', width: 200 },
      ...responses.map((r) => ({ header: RESPONSE_LABEL[r], width: countWidth, align: 'center' as const })),
    ],
    def.principal_requirements.map((g) => [
      groupName(g),
      ...responses.map((r) => String(g.requirements.filter((q) => saq.answers[q.id]?.response === r).length || '')),
    ]),
    { size: 8.5 },
  );
  if (summary.unanswered.length)
    paragraph(`${summary.unanswered.length} of ${summary.total} requirements are not answered yet.`, {
      color: '#b91c1c',
    });

  heading(`2h. Eligibility to complete ${def.name}`, 3);
  paragraph(
    saq.part2.eligibility_confirmed
      ? 'The entity confirms that, for the channels assessed, all of the following are true:'
      : 'Eligibility has NOT been confirmed yet. For the channels assessed, all of the following must be true:',
    { color: saq.part2.eligibility_confirmed ? INK : '#b91c1c' },
  );
  for (const c of def.eligibility) checkItem(saq.part2.eligibility_confirmed, c.text);

  // ---------------------------------------------------------------- Section 2

  doc.addPage();
  heading(`Section 2: ${def.name}`, 1);
  paragraph(
    `Answers recorded for each requirement of ${def.name}. Response options of this SAQ: ` +
      `${def.responses.map((r) => RESPONSE_LABEL[r]).join(', ')}. Explanations and worksheets referred to in the last ` +
      'column are in the appendices.',
    { color: MUTED },
  );
  for (const note of def.scope_notes ?? []) paragraph(note, { color: MUTED, size: 8.5 });
  const answerNote = (a: SaqAnswer | undefined, note?: string): string => {
    const parts: string[] = [];
    if (a?.response === 'in_place_ccw') parts.push('Compensating controls: see Appendix B.');
    if (a?.response === 'not_applicable') parts.push(`Reason: ${clip(a.explanation ?? '', 220)}`);
    if (a?.response === 'not_tested') parts.push(`Excluded: ${clip(a.explanation ?? '', 220)}`);
    if (a?.response === 'not_in_place')
      parts.push(
        a.legal_exception
          ? `Legal restriction: ${clip(a.explanation ?? '', 200)}`
          : `Target date ${a.remediation_date}${a.explanation ? `. ${clip(a.explanation, 160)}` : ''}`,
      );
    if ((a?.response === 'in_place' || a?.response === 'in_place_ccw') && a.explanation)
      parts.push(clip(a.explanation, 220));
    if (note && !a) parts.push(note);
    return parts.join(' ');
  };
  for (const group of def.principal_requirements) {
    const groupTitle = groupName(group);
    heading(groupTitle);
    table(
      [
        { header: 'PCI DSS', width: 50, bold: true },
        { header: 'What is asked (summary)', width: 230 },
        {
          header: 'Response',
          width: 82,
          bold: true,
          color: (row) => (row[4] ? RESPONSE_COLOR[row[4] as SaqResponse] : '#b91c1c'),
        },
        { header: 'Notes', width: CONTENT - 362 },
      ],
      group.requirements.map((r) => {
        const a = saq.answers[r.id];
        return [
          r.id,
          `${r.text}${r.asv_scan ? ' [ASV scan]' : ''}`,
          a ? RESPONSE_LABEL[a.response] : 'Unanswered',
          answerNote(a, r.note),
          a?.response ?? '',
        ];
      }),
      { size: 8, continued: groupTitle },
    );
  }

  // ---------------------------------------------------------------- appendices

  const answered = entry.requirements.map((r) => ({ r, a: saq.answers[r.id] })).filter((x) => x.a);
  const withResponse = (response: SaqResponse) => answered.filter((x) => x.a!.response === response);

  doc.addPage();
  heading('Appendix B: Compensating controls worksheets', 1);
  const ccw = withResponse('in_place_ccw');
  if (!ccw.length) paragraph('No requirement is answered In Place with CCW.', { color: MUTED });
  for (const { r, a } of ccw) {
    heading(`Requirement ${r.id}`, 3);
    paragraph(r.text, { color: MUTED, size: 8.5, gap: 0.3 });
    for (const field of CCW_FIELDS) block(CCW_LABELS[field], a!.ccw?.[field] ?? null);
    doc.moveDown(0.4);
  }

  const explanations = (title: string, response: SaqResponse, empty: string, label: string) => {
    heading(title, 1);
    const list = withResponse(response);
    if (!list.length) paragraph(empty, { color: MUTED });
    for (const { r, a } of list) block(`Requirement ${r.id}: ${label}`, a!.explanation);
  };
  explanations(
    'Appendix C: Requirements noted as Not Applicable',
    'not_applicable',
    'No requirement is answered Not Applicable.',
    'reason it does not apply',
  );
  if (def.responses.includes('not_tested'))
    explanations(
      'Appendix D: Requirements noted as Not Tested',
      'not_tested',
      'Every requirement was tested: this is a full assessment.',
      'why it was excluded',
    );

  // ---------------------------------------------------------------- Section 3

  doc.addPage();
  heading('Section 3: Validation and attestation details', 1);
  heading('Part 3. PCI DSS validation');
  paragraph(
    `Based on the answers in Section 2 (${saq.attestation ? `self-assessment completed ${saq.attestation.date}` : 'a draft, not attested yet'}), ` +
      `the overall result for ${merchant} is:`,
  );
  if (def.responses.includes('not_tested'))
    paragraph(
      summary.partial
        ? 'Partial assessment: one or more requirements are noted as Not Tested and were excluded.'
        : 'Full assessment: no requirement is noted as Not Tested.',
      { size: 9 },
    );
  checkItem(
    summary.status === 'compliant',
    'Compliant: every requirement is answered In Place, In Place with CCW or Not Applicable' +
      (def.responses.includes('not_tested') ? ' (except those noted as Not Tested)' : '') +
      '; the entity has shown compliance with all requirements of this SAQ.',
    { bold: summary.status === 'compliant' },
  );
  checkItem(
    summary.status === 'non_compliant',
    'Non-compliant: the questionnaire is incomplete or one or more requirements are Not in Place; the entity has not ' +
      `shown compliance.${saq.attestation?.target_date ? ` Target date for compliance: ${saq.attestation.target_date}.` : ''}`,
    { bold: summary.status === 'non_compliant' },
  );
  checkItem(
    summary.status === 'compliant_with_legal_exception',
    'Compliant but with legal exception: the only requirements Not in Place are prevented by a legal restriction; ' +
      'everything else is In Place, In Place with CCW or Not Applicable. This needs review by the entity receiving the AOC.',
    { bold: summary.status === 'compliant_with_legal_exception' },
  );
  doc.moveDown(0.4);
  if (summary.legalExceptions.length) {
    heading('Requirements affected by a legal restriction', 3);
    for (const id of summary.legalExceptions) block(`Requirement ${id}`, saq.answers[id].explanation);
  }

  if (entry.needsAsvScan) {
    heading('External vulnerability scan evidence (Requirement 11.3.2)', 3);
    if (evidence)
      fields([
        ['Scan', evidence.scan_name],
        ['Completed', evidence.completed_at.replace('T', ' ').slice(0, 16) + ' UTC'],
        ['PCI result', 'Pass'],
        ['Valid until', day(evidence.expires_at)],
        ['Scan run reference', evidence.history_id],
        ['ASV report', evidence.report_id ?? 'Not linked'],
      ]);
    else
      paragraph(
        'No passing external vulnerability scan completed within the last 90 days is on record. Submit the passing ASV ' +
          'scan report with this attestation.',
        { color: '#b91c1c' },
      );
  }

  heading('Part 3a. Acknowledgement', 3);
  const approved = saq.state === 'approved';
  checkItem(approved, `${def.name} (PCI DSS v${def.pci_dss_version}) was completed following its instructions.`);
  checkItem(approved, 'The information in this SAQ and attestation fairly represents the assessment results.');
  checkItem(approved, 'PCI DSS controls will be maintained at all times, as they apply to the environment.');
  doc.moveDown(0.3);

  heading('Part 3b. Attestation', 3);
  if (saq.attestation) {
    fields([
      ['Executive officer', saq.attestation.name],
      ['Title', saq.attestation.title],
      ['Date', saq.attestation.date],
      [
        'Signed electronically',
        `By ${saq.attestation.username} with a fresh second factor, ${saq.attestation.approved_at
          .replace('T', ' ')
          .slice(0, 16)} UTC`,
      ],
    ]);
  } else {
    paragraph('Not attested yet: this is a draft.', { color: '#b91c1c' });
    ensure(60);
    const y = doc.y + 26;
    doc.lineWidth(0.6).strokeColor(MUTED);
    doc
      .moveTo(MARGIN.left, y)
      .lineTo(MARGIN.left + 230, y)
      .stroke();
    doc
      .moveTo(MARGIN.left + 270, y)
      .lineTo(MARGIN.left + CONTENT, y)
      .stroke();
    doc.font('Helvetica').fontSize(8).fillColor(MUTED);
    doc.text('Signature of executive officer, name and title', MARGIN.left, y + 4, { width: 230 });
    doc.text('Date', MARGIN.left + 270, y + 4, { width: 150 });
    doc.y = y + 24;
    doc.x = MARGIN.left;
  }

  const open = withResponse('not_in_place').filter((x) => !x.a!.legal_exception);
  heading('Part 4. Action plan for requirements not in place', 3);
  if (!open.length) paragraph('No requirement is Not in Place.', { color: MUTED });
  else
    table(
      [
        { header: 'PCI DSS', width: 50, bold: true },
        { header: 'Requirement (summary)', width: 250 },
        { header: 'Target date', width: 70 },
        { header: 'Actions', width: CONTENT - 370 },
      ],
      open.map(({ r, a }) => [r.id, r.text, a!.remediation_date ?? '—', clip(a!.explanation ?? '—', 400)]),
      { size: 8, continued: 'Part 4' },
    );
  for (const { r, a } of open.filter((x) => (x.a!.explanation ?? '').length > 400))
    block(`Requirement ${r.id}: actions (full text)`, a!.explanation);

  decoratePages(doc, {
    primary,
    provider,
    merchant,
    name: def.name,
    support: branding.supportEmail,
    state: saq.state === 'approved' ? STATUS_LABEL[summary.status] : `Draft · ${STATUS_LABEL[summary.status]}`,
  });
  doc.end();
  return doc;
}

/** Running header (from page 2), footer with the provider's support contact, and "Page n of m" on every page. */
function decoratePages(
  doc: Doc,
  o: { primary: string; provider: string; merchant: string; name: string; support: string | null; state: string },
) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Drawing inside the margins must not trigger an automatic page break.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (i > range.start) {
      doc.font('Helvetica').fontSize(8).fillColor(MUTED);
      doc.text(
        fitLine(doc, `${o.name} and Attestation of Compliance  ·  ${o.merchant}`, CONTENT - 170),
        MARGIN.left,
        30,
        {
          width: CONTENT - 170,
          lineBreak: false,
        },
      );
      doc.text(pdfSafe(o.state), MARGIN.left + CONTENT - 160, 30, {
        width: 160,
        align: 'right',
        lineBreak: false,
      });
      doc
        .moveTo(MARGIN.left, 43)
        .lineTo(MARGIN.left + CONTENT, 43)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke();
    }
    const y = PAGE.height - 40;
    doc
      .moveTo(MARGIN.left, y - 6)
      .lineTo(MARGIN.left + CONTENT, y - 6)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.font('Helvetica').fontSize(7.5).fillColor(MUTED);
    doc.text(
      fitLine(doc, `Prepared with ${o.provider}${o.support ? `  ·  Support: ${o.support}` : ''}`, CONTENT - 90),
      MARGIN.left,
      y,
      {
        width: CONTENT - 90,
        lineBreak: false,
      },
    );
    doc.fillColor(o.primary).text(`Page ${i - range.start + 1} of ${range.count}`, MARGIN.left + CONTENT - 90, y, {
      width: 90,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

/** `saq-a-ep-acme-coffee-2026-01-01.pdf` */
export function saqPdfFileName(saq: Saq): string {
  const slug = (saq.part1.company_name ?? 'saq')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `saq-${saq.type.toLowerCase()}-${slug || 'organization'}-${saq.periodStart}.pdf`;
}
