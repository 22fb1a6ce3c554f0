import fs from 'node:fs';
import { templateDbName, templateFile, usingPostgres, withAdminClient } from './helpers/database';

export default async function globalTeardown() {
  if (usingPostgres()) {
    await withAdminClient(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${templateDbName()}" WITH (FORCE)`);
      // Files that crashed before dropping their database leave it behind: clean up this run's leftovers.
      const { rows } = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
        `cg_t_${process.env.CG_TEST_RUN_ID}_%`,
      ]);
      for (const row of rows) await c.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    });
  } else {
    fs.rmSync(templateFile(), { force: true });
  }
}
