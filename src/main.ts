import fs from 'node:fs';
import v8 from 'node:v8';
import vm from 'node:vm';
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
  collectStartupGarbage();
  new Logger('Main').log(
    `API on http://${env.HOST}:${port} (docs: /docs) using ${env.DATABASE_URL ? 'PostgreSQL' : `embedded PGlite in ${env.DATA_DIR}`}`,
  );
}

/**
 * One full garbage collection once the server is up. A first start on the embedded database runs PGlite's initdb in
 * a WebAssembly instance of its own, whose memory (hundreds of MB of ArrayBuffer) is garbage as soon as the cluster
 * exists, but an idle server allocates too little for V8 to collect it soon: without this the process sat at 500+ MB
 * RSS until its first busy minute. `gc` is exposed for this one call only (there is no other way to ask for it
 * without starting node with --expose-gc).
 */
function collectStartupGarbage() {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as (() => void) | undefined;
  gc?.();
}

main().catch((err: unknown) => {
  // Configuration and lock problems are the operator's to fix: print them plainly, without a stack.
  if (err instanceof ConfigError || err instanceof StartupError) process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`Failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
