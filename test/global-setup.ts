import fs from 'node:fs';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { pgliteOf } from '../src/database/data-source';
import { adminUrl, templateDbName, templateFile, usingPostgres, withAdminClient } from './helpers/database';

/** Migrates one template database per run (PGlite dump or PostgreSQL template) that every test file copies. */
export default async function globalSetup() {
  process.env.CG_TEST_RUN_ID = `${process.pid}_${Date.now().toString(36)}`;
  process.env.LOG_LEVEL = 'silent';
  if (usingPostgres()) {
    await withAdminClient(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${templateDbName()}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${templateDbName()}"`);
    });
    const { app } = await createApp({ logger: false, database: { kind: 'postgres', url: adminUrl(templateDbName()) } });
    await app.close();
    return;
  }
  const { app } = await createApp({ logger: false, database: { kind: 'pglite', dataDir: 'memory://' } });
  const dump = await pgliteOf(app.get(DataSource))!.dumpDataDir('none');
  fs.writeFileSync(templateFile(), Buffer.from(await dump.arrayBuffer()));
  await app.close();
}
