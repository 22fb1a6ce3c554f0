#!/usr/bin/env node
// Runs a built entry point (`node scripts/run.mjs cli openapi`), compiling first only when a source is newer than
// the last build: `npm start`, `npm run worker` and `npm run cli` start in well under a second when nothing changed
// (a full `tsc` is ~10-20 s on 2 cores; an incremental one with nothing to do still ~3.5 s, so it is skipped).
// The compile writes to stderr, never stdout: `node scripts/run.mjs cli openapi > openapi.json` is clean JSON.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = path.join(root, 'dist', '.build-stamp');
const INPUTS = ['src', 'migrations', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
const ENTRIES = { main: 'dist/src/main.js', worker: 'dist/src/worker.js', cli: 'dist/src/cli.js' };

function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted or renamed file changes its directory's mtime
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** Compiles when a source, migration, tsconfig or the lock file changed since the last successful build. */
export function ensureBuilt({ force = false, quiet = false } = {}) {
  const built = fs.existsSync(STAMP) ? fs.statSync(STAMP).mtimeMs : 0;
  const stale = force || INPUTS.some((input) => newestMtime(path.join(root, input)) > built);
  if (!stale) return;
  const started = Date.now();
  if (!quiet) process.stderr.write('Compiling (sources changed since the last build)...\n');
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const { status } = spawnSync(
    process.execPath,
    [tsc, '-p', 'tsconfig.build.json', '--incremental', '--tsBuildInfoFile', 'dist/.tsbuildinfo'],
    {
      cwd: root,
      stdio: ['ignore', process.stderr, 'inherit'],
    },
  );
  if (status !== 0) process.exit(status ?? 1);
  fs.writeFileSync(STAMP, new Date().toISOString());
  if (!quiet) process.stderr.write(`Compiled in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

const [entry, ...args] = process.argv.slice(2);
if (entry === 'build') {
  ensureBuilt({ force: args.includes('--force'), quiet: true });
} else if (ENTRIES[entry]) {
  ensureBuilt();
  const file = path.join(root, ENTRIES[entry]);
  process.argv = [process.argv[0], file, ...args];
  createRequire(import.meta.url)(file);
} else {
  process.stderr.write(`usage: node scripts/run.mjs ${Object.keys(ENTRIES).join('|')}|build [args...]\n`);
  process.exit(2);
}
