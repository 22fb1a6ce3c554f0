import fs from 'node:fs';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { ConfigError, loadEnv } from './config/env';
import { AppLogger, BootLogger } from './config/logging';
import { StartupError } from './database/connection-errors';
import { JobsService } from './jobs/jobs.service';

/**
 * Job workers without the HTTP server: `npm run worker`. Run as many as needed, on any machine that reaches the same
 * PostgreSQL (with the embedded database only one process may open it, so the API runs the workers itself).
 * Periodic tasks (schedule dispatcher, recovery) run here too unless RUN_PERIODIC_TASKS=false.
 */
async function main() {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const env = loadEnv({ ...process.env, RUN_WORKERS_IN_API: 'false' });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ env, shareEmbedded: true }), {
    bufferLogs: true,
    logger: new BootLogger(),
    abortOnError: false,
  });
  app.useLogger(app.get(AppLogger));
  app.enableShutdownHooks();
  await app.get(JobsService).startWorkers();
  new Logger('Worker').log(`Worker running (${env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'})`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof StartupError) process.stderr.write(`${err.message}\n`);
  else
    process.stderr.write(
      `Worker failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
  process.exit(1);
});
