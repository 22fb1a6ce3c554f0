import type { Organization } from './organization.entity';

const COLUMNS: [string, (o: Organization) => string | boolean | null][] = [
  ['id', (o) => o.id],
  ['name', (o) => o.name],
  ['company_name', (o) => o.companyName],
  ['partner', (o) => o.partner],
  ['parent_id', (o) => o.parentId],
  ['email', (o) => o.email],
  ['phone', (o) => o.phone],
  ['website', (o) => o.website],
  ['address', (o) => o.address],
  ['city', (o) => o.city],
  ['state', (o) => o.state],
  ['zipcode', (o) => o.zipcode],
  ['country', (o) => o.country],
  ['contact_name', (o) => o.contactName],
  ['contact_email', (o) => o.contactEmail],
  ['created_at', (o) => o.createdAt.toISOString()],
  ['updated_at', (o) => o.updatedAt.toISOString()],
];

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading
 * apostrophe, so an organization name cannot become code on an admin's machine (OWASP CSV injection).
 */
export function csvCell(value: string | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The export as lines, produced while the rows are read, so that a large export is never held in memory. */
export async function* organizationsCsv(rows: AsyncIterable<Organization>): AsyncGenerator<string> {
  yield `${COLUMNS.map(([name]) => name).join(',')}\r\n`;
  for await (const org of rows) yield `${COLUMNS.map(([, get]) => csvCell(get(org))).join(',')}\r\n`;
}
