import fs from 'node:fs';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { FirstStartService } from './bootstrap/first-start.service';
import { ConfigError } from './config/env';
import { StartupError } from './database/connection-errors';

async function main() {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const { app, env } = await createApp();
  await app.get(FirstStartService).run();
  await app.listen({ port: env.PORT, host: env.HOST });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : env.PORT; // PORT=0: the one the OS chose
  new Logger('Main').log(
    `API on http://${env.HOST}:${port} (docs: /docs) using ${env.DATABASE_URL ? 'PostgreSQL' : `embedded PGlite in ${env.DATA_DIR}`}`,
  );
}

main().catch((err: unknown) => {
  // Configuration and lock problems are the operator's to fix: print them plainly, without a stack.
  if (err instanceof ConfigError || err instanceof StartupError) process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`Failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
