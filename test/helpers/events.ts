import type { TestApp } from './test-app';

/** The payloads of the domain events of that name the outbox holds (published in the transactions of the changes). */
export async function eventsNamed(t: TestApp, name: string): Promise<Record<string, unknown>[]> {
  const rows: { payload: Record<string, unknown> }[] = await t.dataSource.query(
    `SELECT payload FROM domain_events WHERE name = $1 ORDER BY occurred_at`,
    [name],
  );
  return rows.map((r) => r.payload);
}
