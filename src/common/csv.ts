import { ParameterError } from './errors/app-error';

/**
 * RFC 4180 CSV, small and strict: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF; a
 * leading BOM is ignored. Throws a 422 naming the line of a malformed quote.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new ParameterError([`row ${line}: a closing quote must end the field`]);
        }
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line++;
    } else {
      field += c;
    }
  }
  if (quoted) throw new ParameterError([`row ${line}: a quoted field is not closed`]);
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. Text that a spreadsheet would run as a
 * formula (starting with = + - @, tab or CR) gets a leading apostrophe, so that a scanned banner or a user's name
 * cannot become code on a reader's machine. Numbers, bigints and booleans are written as they are: they cannot carry
 * a formula, and `-5` must stay the number -5. Dates are ISO-8601; null and undefined are empty cells.
 */
export function csvCell(value: unknown): string {
  if (typeof value === 'string') return textCell(value);
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return textCell(value instanceof Date ? value.toISOString() : String(value));
}

const NEEDS_QUOTES = /[",\r\n]/;

function textCell(text: string): string {
  if (text === '') return text;
  const first = text.charCodeAt(0);
  // Characters that make a spreadsheet treat a cell as a formula (CSV injection, OWASP): = + - @ tab CR.
  if (first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with its CRLF. */
export const csvLine = (values: unknown[]) => `${values.map(csvCell).join(',')}\r\n`;

/** Undoes the apostrophe that `csvCell` put in front of a formula-like value. */
export const unescapeCell = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);
