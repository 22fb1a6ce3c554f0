import path from 'node:path';
import { DateTime } from 'luxon';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { ReportData } from '../data/report-model';
import { SEVERITY_COLORS } from './charts';

const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = {
  body: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  mono: 'DejaVuSansMono.ttf',
  light: 'DejaVuSans-ExtraLight.ttf',
} as const;
export type FontName = keyof typeof FONTS;

const DEFAULT_PRIMARY = '#1F3A5F';
const DEFAULT_SECONDARY = '#3B82C4';
export const TEXT = '#1F2328';
export const MUTED = '#5B6472';
export const RULE = '#D8DCE3';
export const ZEBRA = '#F4F6F9';
export const PASS = '#1E7B3C';
export const FAIL = '#B42318';

/** Longest text put in one table cell; longer values are cut with an ellipsis (the CSV/JSON keep them whole). */
const CELL_MAX = 600;

export interface Column<R> {
  header: string;
  /** Share of the content width. */
  width: number;
  align?: 'left' | 'right' | 'center';
  text: (row: R) => string;
  color?: (row: R) => string | undefined;
  font?: (row: R) => FontName | undefined;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A branded A4 report on pdfkit: cover, running header (logo, company, title) and footer (support contact, page
 * number), headings, paragraphs, key figures, tables that break across pages and repeat their header, and Vega
 * charts drawn as vectors. Pages are written out as they are finished (no page buffering), so a long report does not
 * accumulate in memory; that is also why the footer says "Page n" without a total.
 */
export class ReportPdf {
  readonly doc: PDFKit.PDFDocument;
  readonly primary: string;
  readonly secondary: string;
  private page = 0;
  private readonly company: string;

  constructor(
    private readonly data: ReportData,
    private readonly title: string,
  ) {
    const b = data.branding;
    this.primary = b.primaryColor ?? DEFAULT_PRIMARY;
    this.secondary = b.secondaryColor ?? DEFAULT_SECONDARY;
    this.company = b.companyName ?? data.productName;
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: 70, bottom: 60, left: 50, right: 50 },
      autoFirstPage: false,
      bufferPages: false,
      info: {
        Title: `${title} — ${data.report.name}`,
        Author: this.company,
        Subject: data.scopeLabel,
        Creator: data.productName,
        Producer: data.productName,
        CreationDate: data.report.generatedAt,
      },
      pdfVersion: '1.7',
    });
    for (const [name, file] of Object.entries(FONTS)) this.doc.registerFont(name, path.join(FONT_DIR, file));
    this.doc.on('pageAdded', () => this.decorate());
  }

  get left() {
    return this.doc.page.margins.left;
  }
  get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** A date in the requester's time zone, e.g. "2 Dec 2026, 14:05 CET". */
  date(d: Date | null, withTime = true): string {
    if (!d) return '—';
    const dt = DateTime.fromJSDate(d).setZone(this.data.report.timeZone);
    return dt.toFormat(withTime ? 'd LLL yyyy, HH:mm ZZZZ' : 'd LLL yyyy');
  }

  /** "2 Dec 14:05" in the requester's zone (chart labels). */
  shortDate(d: Date | null): string {
    return d ? DateTime.fromJSDate(d).setZone(this.data.report.timeZone).toFormat('d LLL HH:mm') : '—';
  }

  font(name: FontName, size: number, color = TEXT) {
    return this.doc.font(name).fontSize(size).fillColor(color);
  }

  // ---- pages -------------------------------------------------------------------------------------------------------

  /** The cover: brand band with the logo, the title, and the facts a reader checks first. */
  cover(subtitle: string, facts: [string, string][]) {
    const doc = this.doc;
    this.page++;
    doc.addPage({ margins: { top: 0, bottom: 0, left: 50, right: 50 } });
    const w = doc.page.width;
    doc.rect(0, 0, w, 300).fill(this.primary);
    doc.rect(0, 300, w, 6).fill(this.secondary);
    let y = 56;
    if (this.logo(50, y, 180, 60, true)) y += 84;
    this.font('light', 12, '#FFFFFF').text(this.company.toUpperCase(), 50, y, { characterSpacing: 2, width: w - 100 });
    this.font('bold', 30, '#FFFFFF').text(this.title, 50, y + 24, { width: w - 100 });
    this.font('body', 14, '#FFFFFF').text(subtitle, 50, doc.y + 6, { width: w - 100 });
    y = 340;
    for (const [label, value] of facts) {
      this.font('body', 9, MUTED).text(label.toUpperCase(), 50, y, { width: 140, characterSpacing: 0.5 });
      this.font('body', 11, TEXT).text(value || '—', 200, y - 1, { width: w - 250 });
      y = Math.max(doc.y, y + 14) + 10;
      doc
        .moveTo(50, y - 5)
        .lineTo(w - 50, y - 5)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke();
    }
    const support = this.data.branding.supportEmail;
    const note = [
      'Confidential: this report describes security weaknesses. Share it only with those who need it.',
      `The SHA-256 and Ed25519 signature of this file are published by ${this.company}; anyone can check a copy (see "Verifying this report").`,
      support ? `Questions: ${support}` : '',
    ].filter(Boolean);
    this.font('body', 8.5, MUTED).text(note.join('\n'), 50, doc.page.height - 110, { width: w - 100, lineGap: 2 });
    this.font('body', 7.5, MUTED).text(`Report ${this.data.report.id}`, 50, doc.page.height - 40, {
      width: w - 100,
      lineBreak: false,
    });
  }

  /** Starts a new content page (header and footer are drawn by `decorate`). */
  newPage() {
    this.doc.addPage();
  }

  private decorate() {
    const doc = this.doc;
    if (doc.page.margins.top === 0) return; // the cover draws itself
    this.page++;
    const w = doc.page.width;
    const { left, right } = doc.page.margins;
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const logoShown = this.logo(left, 24, 90, 22, false);
    this.font('bold', 9, this.primary).text(this.company, logoShown ? left + 98 : left, 30, {
      width: 220,
      lineBreak: false,
      ellipsis: true,
    });
    this.font('body', 8.5, MUTED).text(`${this.title} · ${this.data.report.name}`, w / 2 - 20, 31, {
      width: w / 2 + 20 - right,
      align: 'right',
      lineBreak: false,
      ellipsis: true,
    });
    doc
      .moveTo(left, 52)
      .lineTo(w - right, 52)
      .lineWidth(1)
      .strokeColor(this.primary)
      .stroke();
    const fy = doc.page.height - 38;
    doc
      .moveTo(left, fy - 6)
      .lineTo(w - right, fy - 6)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    const support = this.data.branding.supportEmail;
    this.font('body', 7.5, MUTED).text(
      `Confidential · ${this.company}${support ? ` · ${support}` : ''} · Generated ${this.date(this.data.report.generatedAt)}`,
      left,
      fy,
      { width: w - left - right - 60, lineBreak: false, ellipsis: true },
    );
    this.font('bold', 8, TEXT).text(`Page ${this.page}`, w - right - 60, fy, {
      width: 60,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottomMargin;
    doc.x = left;
    doc.y = doc.page.margins.top;
    this.font('body', 10);
  }

  /** Draws the organization's logo (PNG, JPEG or SVG) fitted in the box; false when there is none or it is unusable. */
  private logo(x: number, y: number, w: number, h: number, onDark: boolean): boolean {
    const logo = this.data.branding.logo;
    if (!logo) return false;
    try {
      if (onDark) this.doc.roundedRect(x - 8, y - 8, w + 16, h + 16, 6).fill('#FFFFFF');
      if (logo.contentType === 'image/svg+xml') {
        SVGtoPDF(this.doc, logo.bytes.toString('utf8'), x, y, {
          width: w,
          height: h,
          preserveAspectRatio: 'xMinYMid meet',
          fontCallback: () => 'body',
        });
      } else {
        this.doc.image(logo.bytes, x, y, { fit: [w, h], valign: 'center' });
      }
      return true;
    } catch {
      return false;
    }
  }

  /** Moves to a new page when fewer than `height` points are left. */
  ensureSpace(height: number) {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  // ---- text --------------------------------------------------------------------------------------------------------

  heading(text: string, level: 1 | 2 | 3 = 1) {
    const size = level === 1 ? 17 : level === 2 ? 13 : 11;
    this.ensureSpace(level === 1 ? 90 : 60);
    if (this.doc.y > this.doc.page.margins.top + 5) this.doc.moveDown(level === 1 ? 0.8 : 0.5);
    const color = level === 3 ? TEXT : this.primary;
    this.font('bold', size, color).text(text, this.left, this.doc.y, { width: this.width });
    if (level === 1) {
      const y = this.doc.y + 3;
      this.doc
        .moveTo(this.left, y)
        .lineTo(this.left + 40, y)
        .lineWidth(2)
        .strokeColor(this.secondary)
        .stroke();
      this.doc.y = y + 8;
    } else this.doc.moveDown(0.3);
    this.font('body', 10);
  }

  paragraph(text: string, options: { size?: number; color?: string; font?: FontName; gap?: number } = {}) {
    this.font(options.font ?? 'body', options.size ?? 10, options.color ?? TEXT).text(text, this.left, this.doc.y, {
      width: this.width,
      lineGap: 2,
    });
    this.doc.moveDown(options.gap ?? 0.5);
  }

  /** "Label: value" lines, label in muted bold. */
  facts(rows: [string, string][], labelWidth = 120) {
    for (const [label, value] of rows) {
      const h = Math.max(
        this.font('body', 9.5).heightOfString(value || '—', { width: this.width - labelWidth }),
        this.font('bold', 9).heightOfString(label, { width: labelWidth - 8 }),
      );
      this.ensureSpace(h + 4);
      const y = this.doc.y;
      this.font('bold', 9, MUTED).text(label, this.left, y, { width: labelWidth - 8 });
      this.font('body', 9.5, TEXT).text(value || '—', this.left + labelWidth, y, { width: this.width - labelWidth });
      this.doc.y = y + h + 4;
    }
    this.doc.x = this.left;
    this.doc.moveDown(0.3);
  }

  /** A row of boxes with a big number and a label each. */
  keyFigures(items: { label: string; value: string; color?: string }[]) {
    const gap = 10;
    const w = (this.width - gap * (items.length - 1)) / items.length;
    const h = 62;
    this.ensureSpace(h + 10);
    const y = this.doc.y;
    items.forEach((item, i) => {
      const x = this.left + i * (w + gap);
      this.doc.roundedRect(x, y, w, h, 4).fill(ZEBRA);
      this.doc.rect(x, y, 3, h).fill(item.color ?? this.primary);
      this.font('bold', 20, item.color ?? this.primary).text(item.value, x + 12, y + 10, {
        width: w - 16,
        lineBreak: false,
      });
      this.font('body', 8.5, MUTED).text(item.label, x + 12, y + 38, { width: w - 16, height: 22, ellipsis: true });
    });
    this.doc.x = this.left;
    this.doc.y = y + h + 14;
  }

  /** A coloured label with white text (severity, PASS/FAIL), drawn at (x, y); returns its width. */
  pill(text: string, x: number, y: number, color: string, size = 7.5): number {
    this.font('bold', size, '#FFFFFF');
    const w = this.doc.widthOfString(text) + 10;
    this.doc.roundedRect(x, y, w, size + 6, 3).fill(color);
    this.font('bold', size, '#FFFFFF').text(text, x + 5, y + 3, { lineBreak: false });
    return w;
  }

  severityColor(severity: string) {
    return SEVERITY_COLORS[severity] ?? MUTED;
  }

  /** An SVG (a Vega chart) at the current position, `width` wide. */
  chart(svg: string, width: number, height: number, x = this.left) {
    this.ensureSpace(height + 10);
    const y = this.doc.y;
    SVGtoPDF(this.doc, svg, x, y, {
      width,
      height,
      preserveAspectRatio: 'xMinYMin meet',
      fontCallback: (_family, bold) => (bold ? 'bold' : 'body'),
    });
    this.doc.x = this.left;
    this.doc.y = y + height + 10;
  }

  /** Two charts side by side with a caption each. */
  chartPair(a: { svg: string; caption: string }, b: { svg: string; caption: string }, height: number) {
    const w = (this.width - 20) / 2;
    this.ensureSpace(height + 30);
    const y = this.doc.y;
    for (const [i, c] of [a, b].entries()) {
      const x = this.left + i * (w + 20);
      this.font('bold', 9, MUTED).text(c.caption.toUpperCase(), x, y, { width: w, characterSpacing: 0.4 });
      SVGtoPDF(this.doc, c.svg, x, y + 16, {
        width: w,
        height,
        preserveAspectRatio: 'xMinYMin meet',
        fontCallback: (_family, bold) => (bold ? 'bold' : 'body'),
      });
    }
    this.doc.x = this.left;
    this.doc.y = y + height + 26;
  }

  // ---- tables ------------------------------------------------------------------------------------------------------

  /**
   * A table over rows from any (async) iterable. Each row is as tall as its tallest cell; a row that does not fit
   * goes to the next page, where the header is drawn again.
   */
  async table<R>(
    columns: Column<R>[],
    rows: Iterable<R> | AsyncIterable<R>,
    options: { size?: number; empty?: string } = {},
  ) {
    const size = options.size ?? 8.5;
    const pad = 4;
    const widths = columns.map((c) => c.width * this.width);
    const header = () => {
      this.font('bold', size);
      const h =
        Math.max(...columns.map((c, i) => this.doc.heightOfString(c.header, { width: widths[i] - 2 * pad }))) + 2 * pad;
      this.ensureSpace(h + size * 3);
      const y = this.doc.y;
      this.doc.rect(this.left, y, this.width, h).fill(this.primary);
      let x = this.left;
      columns.forEach((c, i) => {
        this.font('bold', size, '#FFFFFF').text(c.header, x + pad, y + pad, {
          width: widths[i] - 2 * pad,
          align: c.align ?? 'left',
        });
        x += widths[i];
      });
      this.doc.y = y + h;
    };
    header();
    let index = 0;
    for await (const row of rows as AsyncIterable<R>) {
      const cells = columns.map((c) => clip(c.text(row) ?? '', CELL_MAX));
      const fonts = columns.map((c) => c.font?.(row) ?? 'body');
      const h =
        Math.max(
          ...cells.map((t, i) =>
            this.font(fonts[i], size).heightOfString(t || ' ', { width: widths[i] - 2 * pad, lineGap: 1 }),
          ),
        ) +
        2 * pad;
      if (this.doc.y + h > this.bottom) {
        this.newPage();
        header();
      }
      const y = this.doc.y;
      if (index % 2 === 1) this.doc.rect(this.left, y, this.width, h).fill(ZEBRA);
      let x = this.left;
      cells.forEach((t, i) => {
        const c = columns[i];
        this.font(fonts[i], size, c.color?.(row) ?? TEXT).text(t, x + pad, y + pad, {
          width: widths[i] - 2 * pad,
          align: c.align ?? 'left',
          lineGap: 1,
        });
        x += widths[i];
      });
      this.doc
        .moveTo(this.left, y + h)
        .lineTo(this.left + this.width, y + h)
        .lineWidth(0.4)
        .strokeColor(RULE)
        .stroke();
      this.doc.y = y + h;
      index++;
    }
    if (!index) {
      this.font('italic', size, MUTED).text(options.empty ?? 'Nothing to show.', this.left + pad, this.doc.y + pad, {
        width: this.width - 2 * pad,
      });
      this.doc.moveDown(0.3);
    }
    this.doc.x = this.left;
    this.doc.moveDown(0.8);
  }

  /** The closing page: how to check that a copy of this file is genuine. */
  verification(apiBase: string) {
    this.heading('Verifying this report');
    this.paragraph(
      `${this.company} publishes the SHA-256 digest of this file and an Ed25519 signature of that digest with the ` +
        'report (API attributes sha256 and signature; headers X-CG-Report-SHA256 and X-CG-Report-Signature on download). ' +
        'A copy that differs by a single byte has another digest, so it fails both checks.',
    );
    this.paragraph('Online: POST the file (or its SHA-256) to /v2/reports/{id}/verify.', { size: 9.5 });
    this.paragraph(
      `Offline, with the installation's public key from ${apiBase}/reports/signing_key (PEM) and the signature saved as report.sig.b64:`,
      { size: 9.5 },
    );
    this.paragraph(
      'openssl dgst -sha256 -binary report.pdf > report.sha256\n' +
        'base64 -d report.sig.b64 > report.sig\n' +
        'openssl pkeyutl -verify -pubin -inkey signing_key.pem -rawin -in report.sha256 -sigfile report.sig',
      { font: 'mono', size: 7.5, color: TEXT },
    );
    this.paragraph('The last command prints "Signature Verified Successfully" for a genuine copy.', {
      size: 9.5,
      color: MUTED,
    });
  }

  /** Lets the destination catch up when finished pages pile up (pdfkit itself ignores backpressure). */
  async breathe() {
    while (this.doc.readableLength > 4 * 1024 * 1024) await new Promise((r) => setTimeout(r, 5));
    // pdfkit caches the layout of every distinct text run per embedded font, which grows with the findings: drop it.
    const families = (this.doc as unknown as { _fontFamilies?: Record<string, { layoutCache?: object }> })
      ._fontFamilies;
    for (const font of Object.values(families ?? {})) if (font.layoutCache) font.layoutCache = Object.create(null);
  }

  end() {
    this.doc.end();
  }
}
