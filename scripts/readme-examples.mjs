#!/usr/bin/env node
// Runs the README's executable examples against a fresh server, as a newcomer pasting them in order would:
// the ```sh blocks preceded by `<!-- ci: run ... -->` (the `npm install` one is skipped: CI has installed), with the
// `export API=`, `KEY=` and `PASSWORD=` lines set to the fresh server's address and first-start credentials.
// Every curl must succeed (--fail-with-body: a non-2xx answer stops the run with the answer printed).
// usage: npm run build && node scripts/readme-examples.mjs            (embedded PGlite in a temporary DATA_DIR)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

const blocks = [];
const marker = /<!-- ci: run[^>]*-->\s*\n```sh\n([\s\S]*?)\n```/g;
for (let m; (m = marker.exec(readme));) blocks.push(m[1]);
const runnable = blocks.filter((b) => !/^npm (install|ci)\b/m.test(b));
if (!runnable.length) throw new Error('README.md has no <!-- ci: run --> blocks');

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-readme-'));
const server = spawn(process.execPath, [path.join(root, 'dist/src/main.js')], {
  cwd: root,
  env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info', LOG_FORMAT: 'json', DATABASE_URL: '' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let out = '';
server.stdout.on('data', (d) => (out += d));
const stop = () => {
  server.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
};
try {
  const deadline = Date.now() + 90_000;
  while (!/API on http:\/\/127\.0\.0\.1:\d+/.test(out)) {
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const port = /API on http:\/\/127\.0\.0\.1:(\d+)/.exec(out)[1];
  const key = /API key \(x-api-key\): +(\S+)/.exec(out)[1];
  const password = /super admin password: +(\S+)/.exec(out)[1];
  const script = [
    'set -euo pipefail',
    'curl() { command curl --fail-with-body --show-error "$@"; }',
    ...runnable.map((block) =>
      block
        .replace(/^export API=.*$/m, `export API=http://127.0.0.1:${port}`)
        .replace(/^export KEY=.*$/m, `export KEY='${key}'`)
        .replace(/^export PASSWORD=.*$/m, `export PASSWORD='${password}'`),
    ),
  ].join('\n');
  const started = Date.now();
  const run = spawnSync('bash', ['-e', '-c', script], { cwd: dataDir, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = run.stdout.toString().split('\n').filter(Boolean).length;
  if (run.status !== 0) {
    process.stderr.write(run.stdout.toString().slice(-4000));
    throw new Error(`README examples failed (exit ${run.status})`);
  }
  console.log(
    `README examples: ${runnable.length} blocks ran (${lines} lines of answers) in ${Date.now() - started} ms`,
  );
} finally {
  stop();
}
