import { csvLine } from '../../common/csv';
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

/** The export as lines, produced while the rows are read, so that a large export is never held in memory. */
export async function* organizationsCsv(rows: AsyncIterable<Organization>): AsyncGenerator<string> {
  yield csvLine(COLUMNS.map(([name]) => name));
  for await (const org of rows) yield csvLine(COLUMNS.map(([, get]) => get(org)));
}
