import fs from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { buildOpenApi, createApp } from './app.factory';
import { AppModule } from './app.module';
import { FirstStartService } from './bootstrap/first-start.service';
import { loadEnv } from './config/env';
import { createDataSource, databaseTargetFromEnv } from './database/data-source';
import { findStoredMail, listStoredMails } from './modules/mail/mail-files';
import { ApiKeysService } from './modules/api-keys/api-keys.service';
import { OrganizationsService } from './modules/organizations/organizations.service';
import { UsersService } from './modules/users/users.service';
import { readFeedFile, ThreatIntelService } from './modules/vulnerabilities/threat-intel.service';

const HELP = `usage: npm run cli -- <command> [options]

  migrate                                  run pending migrations (also done on every start)
  migration:show                           list migrations and whether they ran
  migration:generate <Name>                write migrations/<ts>-<Name>.ts from entity changes
  create-super-admin <username> <email>    password from CG_PASSWORD or generated and printed
  create-api-key <name>                    prints the new key once
  revoke-api-key <id>
  list-api-keys
  openapi                                  print the OpenAPI document (JSON)
  mail:list [--to <address>]               mails kept in DATA_DIR/mail (SMTP_URL unset), oldest first
  mail:show <id|latest>                    one mail decoded: headers, text, links
  sms:list [--to <number>] [--limit <n>]   SMS messages kept in sms_outbox (SMS_API_URL unset), newest last
  kev:import <file>                        import the CISA KEV catalogue (known_exploited_vulnerabilities.json);
                                           replaces the stored one, updates known_exploited / kev_due_date on findings
  epss:import <file> [--date YYYY-MM-DD]   import one day of FIRST EPSS scores (epss_scores-YYYY-MM-DD.csv[.gz]);
                                           kept as history, findings show the latest epss_score / epss_percentile
  epss:history <CVE-ID>                    the stored EPSS scores of a CVE, oldest first

Uses the same configuration as the server (DATABASE_URL or the embedded database in DATA_DIR). While the API runs
on the embedded database, commands reach it through the API's socket (DATA_DIR/.s.PGSQL.5432).`;

/** `--name value` from the arguments. */
function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** The database alone, without the application (fast; used by read-only commands). */
async function database(): Promise<DataSource> {
  const env = loadEnv(process.env);
  const ds = await createDataSource(
    databaseTargetFromEnv(env),
    { migrationsRun: false },
    { shareEmbedded: true, serveBridge: false },
  );
  return ds.initialize();
}

async function context(envOverrides: Record<string, string> = {}) {
  const env = loadEnv({ ...process.env, RUN_WORKERS_IN_API: 'false', RUN_PERIODIC_TASKS: 'false', ...envOverrides });
  return NestFactory.createApplicationContext(AppModule.forRoot({ env, shareEmbedded: true }), {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
}

async function main(argv: string[]) {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const [command, ...args] = argv;
  switch (command) {
    case 'migrate': {
      const app = await context(); // migrations run while the DataSource starts
      const ds = app.get(DataSource);
      console.log(
        `Migrations up to date (${(await ds.query('SELECT count(*)::int AS n FROM migrations'))[0].n} applied)`,
      );
      await app.close();
      return;
    }
    case 'migration:show': {
      const app = await context();
      const ds = app.get(DataSource);
      const ran = new Set((await ds.query('SELECT name FROM migrations')).map((r: { name: string }) => r.name));
      for (const m of ds.migrations) console.log(`${ran.has(m.name) ? '[X]' : '[ ]'} ${m.name}`);
      await app.close();
      return;
    }
    case 'migration:generate': {
      const name = args[0];
      if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error('migration:generate needs a CamelCase name');
      // Against a throw-away database with every existing migration applied.
      const app = await context({ DATABASE_URL: process.env.MIGRATION_DATABASE_URL ?? '', DATA_DIR: 'memory://' });
      const ds = app.get(DataSource);
      const sql = await ds.driver.createSchemaBuilder().log();
      await app.close();
      if (!sql.upQueries.length) {
        console.log('No changes: entities and migrations agree.');
        return;
      }
      const ts = Date.now();
      const esc = (q: string) => q.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
      const up = sql.upQueries.map(
        (q) =>
          `    await queryRunner.query(\`${esc(q.query)}\`${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`,
      );
      const down = sql.downQueries
        .reverse()
        .map(
          (q) =>
            `    await queryRunner.query(\`${esc(q.query)}\`${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`,
        );
      const file = path.join('migrations', `${ts}-${name}.ts`);
      fs.writeFileSync(
        file,
        `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${ts} implements MigrationInterface {\n  name = '${name}${ts}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${up.join('\n')}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${down.join('\n')}\n  }\n}\n`,
      );
      console.log(`Wrote ${file}; add ${name}${ts} to migrations/index.ts`);
      return;
    }
    case 'kev:import': {
      if (!args[0]) throw new Error('kev:import <file>');
      const text = readFeedFile(args[0]);
      const app = await context();
      const r = await app.get(ThreatIntelService).importKev(text);
      console.log(
        `KEV catalogue ${r.catalogVersion}: ${r.entries} entries imported, ${r.findingsUpdated} findings updated`,
      );
      await app.close();
      return;
    }
    case 'epss:import': {
      if (!args[0]) throw new Error('epss:import <file> [--date YYYY-MM-DD]');
      const text = readFeedFile(args[0]);
      const app = await context();
      const r = await app.get(ThreatIntelService).importEpss(text, option(args, 'date'));
      console.log(
        `EPSS ${r.scoreDate}${r.modelVersion ? ` (model ${r.modelVersion})` : ''}: ${r.scores} scores imported, ${r.findingsUpdated} findings updated`,
      );
      await app.close();
      return;
    }
    case 'epss:history': {
      if (!args[0]) throw new Error('epss:history <CVE-ID>');
      const app = await context();
      for (const h of await app.get(ThreatIntelService).epssHistory(args[0]))
        console.log(`${h.score_date}  epss ${h.epss.toFixed(5)}  percentile ${h.percentile.toFixed(5)}`);
      await app.close();
      return;
    }
    case 'create-super-admin': {
      const [username, email] = args;
      if (!username || !email) throw new Error('create-super-admin <username> <email>');
      const app = await context();
      const password = process.env.CG_PASSWORD ?? (await import('node:crypto')).randomBytes(15).toString('base64url');
      const org = await app.get(OrganizationsService).create({ name: 'Administration', companyName: 'Administration' });
      await app
        .get(UsersService)
        .create({ organizationId: org.id, username, email, password, role: 'Super Admin', confirmed: true });
      console.log(`Super admin ${username} created${process.env.CG_PASSWORD ? '' : ` with password: ${password}`}`);
      await app.close();
      return;
    }
    case 'create-api-key': {
      const app = await context();
      const { key, rawKey } = await app.get(ApiKeysService).create(args[0] ?? 'cli', null);
      console.log(`API key ${key.id} (${key.name}): ${rawKey}`);
      await app.close();
      return;
    }
    case 'revoke-api-key': {
      if (!args[0]) throw new Error('revoke-api-key <id>');
      const app = await context();
      await app.get(ApiKeysService).revoke(args[0]);
      console.log(`API key ${args[0]} revoked`);
      await app.close();
      return;
    }
    case 'list-api-keys': {
      const app = await context();
      for (const k of await app.get(ApiKeysService).list()) {
        console.log(
          `${k.id}  ${k.prefix}…  ${k.name}  ${k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active'}  last used ${k.lastUsedAt?.toISOString() ?? 'never'}`,
        );
      }
      await app.close();
      return;
    }
    case 'bootstrap': {
      const app = await context();
      await app.get(FirstStartService).run();
      await app.close();
      return;
    }
    case 'openapi': {
      const { app } = await createApp({
        logger: false,
        envOverrides: { DATA_DIR: 'memory://', DATABASE_URL: '', RUN_WORKERS_IN_API: 'false' },
      });
      process.stdout.write(`${JSON.stringify(buildOpenApi(app), null, 2)}\n`);
      await app.close();
      return;
    }
    case 'mail:list': {
      const to = option(args, 'to')?.toLowerCase();
      const mails = listStoredMails(path.resolve(loadEnv(process.env).DATA_DIR, 'mail')).filter(
        (m) => !to || m.to.toLowerCase().includes(to),
      );
      for (const m of mails) console.log(`${m.id}  ${m.date}  ${m.to}  ${m.subject}`);
      if (!mails.length) console.log('No mail.');
      return;
    }
    case 'mail:show': {
      if (!args[0]) throw new Error('mail:show <id|latest> (ids from mail:list; a unique prefix is enough)');
      const mail = findStoredMail(path.resolve(loadEnv(process.env).DATA_DIR, 'mail'), args[0]);
      if (!mail) throw new Error(`No mail ${args[0]} (see mail:list)`);
      console.log(`Id:      ${mail.id}\nDate:    ${mail.date}\nFrom:    ${mail.from}\nTo:      ${mail.to}`);
      console.log(`Subject: ${mail.subject}\n\n${mail.text}\n`);
      if (mail.links.length) console.log(`Links:\n${mail.links.map((l) => `  ${l}`).join('\n')}`);
      return;
    }
    case 'sms:list': {
      const ds = await database();
      try {
        const to = option(args, 'to');
        const limit = Math.min(Math.max(Number(option(args, 'limit') ?? 20) || 20, 1), 1000);
        const rows: { to: string; body: string; created_at: Date }[] = await ds.query(
          `SELECT "to", body, created_at FROM (SELECT * FROM sms_outbox WHERE ($1::text IS NULL OR "to" = $1)
             ORDER BY created_at DESC LIMIT $2) latest ORDER BY created_at`,
          [to ?? null, limit],
        );
        for (const r of rows) console.log(`${new Date(r.created_at).toISOString()}  ${r.to}  ${r.body}`);
        if (!rows.length) console.log('No SMS.');
      } finally {
        await ds.destroy();
      }
      return;
    }
    default:
      console.log(HELP);
      if (command && command !== 'help') process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  const entries = (err as { entries?: { message: string }[] }).entries;
  process.stderr.write(
    `${entries?.length ? entries.map((e) => e.message).join('\n') : err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(1);
});
