import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { DatabaseTarget } from '../../src/database/data-source';

/**
 * Each test file gets a database of its own, copied from a template migrated once per run (global-setup.ts):
 * PGlite loads a dump of the template; PostgreSQL uses CREATE DATABASE ... TEMPLATE.
 */
export const usingPostgres = () => !!process.env.DATABASE_URL;

export const templateFile = () => path.join(os.tmpdir(), `cg-test-template-${process.env.CG_TEST_RUN_ID}.tar`);
export const templateDbName = () => `cg_tpl_${process.env.CG_TEST_RUN_ID}`;

export function adminUrl(database?: string): string {
  const url = new URL(process.env.DATABASE_URL!);
  if (database) url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file, and how to drop it. */
export async function freshDatabase(): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  if (!usingPostgres()) {
    const blob = new Blob([fs.readFileSync(templateFile())]);
    return { target: { kind: 'pglite', dataDir: 'memory://', loadDataDir: blob }, drop: async () => undefined };
  }
  const name = `cg_t_${process.env.CG_TEST_RUN_ID}_${Math.random().toString(36).slice(2, 10)}`;
  await withAdminClient((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDbName()}"`));
  return {
    target: { kind: 'postgres', url: adminUrl(name) },
    drop: () => withAdminClient((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
