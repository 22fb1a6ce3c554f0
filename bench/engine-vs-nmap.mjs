// Builtin engine vs `nmap -sT` on the same loopback port range, same run, same listeners.
// Usage: npm run build && node bench/engine-vs-nmap.mjs [--ports 1-10000] [--listeners 25] [--rounds 3] [--concurrency 256]
// Prints ports/second for each and the ratio (target: builtin ≥ 1× nmap). Only 127.0.0.1 is touched.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import { promisify } from 'node:util';
import { median, nmapInstalled } from './lib.mjs';

const require = createRequire(import.meta.url);
const { BuiltinEngine } = require('../dist/src/modules/scan-engines/builtin/builtin.engine.js');
const { parseNmapXml } = require('../dist/src/modules/scan-engines/nmap/nmap-xml.js');
const { SweepThreads } = require('../dist/src/modules/scan-engines/builtin/sweep-threads.js');
const run = promisify(execFile);

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const [first, last] = arg('ports', '1-10000').split('-').map(Number);
const listenerCount = Number(arg('listeners', '25'));
const rounds = Number(arg('rounds', '3'));
const concurrency = Number(arg('concurrency', '256'));
const portCount = last - first + 1;

async function listenOn(port) {
  const server = net.createServer((socket) => socket.destroy());
  server.on('error', () => undefined);
  const ok = await new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => resolve(true));
  });
  return ok ? server : null;
}

// Listeners spread evenly over the range (ports already taken by other software are skipped, and still found open).
const servers = [];
for (let i = 0; i < listenerCount; i++) {
  const server = await listenOn(first + Math.floor(((i + 0.5) * portCount) / listenerCount));
  if (server) servers.push(server);
}

const engine = new BuiltinEngine();
async function builtinOnce() {
  const started = process.hrtime.bigint();
  const result = await engine.scan({
    hosts: ['127.0.0.1'],
    ports: [{ protocol: 'tcp', start: first, end: last }],
    options: { timeoutMs: 1000, concurrency, checks: [] },
    signal: new AbortController().signal,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, open: result.hosts[0].services.map((s) => s.port) };
}

async function nmapOnce() {
  const started = process.hrtime.bigint();
  const { stdout } = await run('nmap', ['-sT', '-Pn', '-n', '-p', `${first}-${last}`, '-oX', '-', '127.0.0.1'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, open: parseNmapXml(stdout).hosts[0].services.map((s) => s.port) };
}

const nmapAvailable = nmapInstalled();

// One uncounted run of each first: the engine runs in a long-lived worker process, so it is measured with its code
// compiled by the JIT (a cold first sweep is ~30% slower), and nmap with its binary and data files in the page cache.
await builtinOnce();
if (nmapAvailable) await nmapOnce();
const builtinTimes = [];
const nmapTimes = [];
let builtinOpen = [];
let nmapOpen = [];
for (let round = 0; round < rounds; round++) {
  // Alternate the order so neither always runs on a warmer machine.
  const order = round % 2 === 0 ? ['builtin', 'nmap'] : ['nmap', 'builtin'];
  for (const which of order) {
    if (which === 'builtin') {
      const r = await builtinOnce();
      builtinTimes.push(r.seconds);
      builtinOpen = r.open;
    } else if (nmapAvailable) {
      const r = await nmapOnce();
      nmapTimes.push(r.seconds);
      nmapOpen = r.open;
    }
  }
}
for (const server of servers) server.close();

const builtinRate = portCount / median(builtinTimes);
const sweepThreads = SweepThreads.shared()?.size ?? 'no (in-process)';
console.log(
  `range 127.0.0.1:${first}-${last} (${portCount} ports), ${servers.length} listeners started, ${rounds} rounds, median times`,
);
console.log(
  `builtin engine (TCP connect, concurrency ${concurrency}, ${sweepThreads} sweep threads): ${median(builtinTimes).toFixed(3)} s, ${Math.round(builtinRate)} ports/s, ${builtinOpen.length} open`,
);
if (nmapAvailable) {
  const nmapRate = portCount / median(nmapTimes);
  console.log(
    `nmap -sT (default timing):                 ${median(nmapTimes).toFixed(3)} s, ${Math.round(nmapRate)} ports/s, ${nmapOpen.length} open`,
  );
  const same = builtinOpen.length === nmapOpen.length && builtinOpen.every((p, i) => p === nmapOpen[i]);
  console.log(
    `same open ports found: ${same ? 'yes' : `NO (builtin ${builtinOpen.join(',')} / nmap ${nmapOpen.join(',')})`}`,
  );
  console.log(
    `machine: ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} (the builtin engine sweeps on one thread per core, up to 4; nmap on one)`,
  );
  console.log(`ratio builtin/nmap: ${(builtinRate / nmapRate).toFixed(2)}× (target ≥ 1×)`);
}
