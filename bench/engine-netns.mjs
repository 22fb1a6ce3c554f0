// Builtin engine vs `nmap -sT -T4` over a real-looking network: 16 test hosts in network namespaces behind a bridge,
// each link shaped with `tc netem delay 50ms 10ms loss 1%`, a few listeners per host; both engines scan the same
// 16 hosts × 1,000 ports in the same run. Prints time to complete and open ports found against the truth (every open
// port found, no closed port reported open). Needs root, iproute2 (ip, tc) and, for the comparison, nmap.
// Usage: npm run build && sudo node bench/engine-netns.mjs [--hosts 16] [--ports 1-1000] [--rounds 3]
//          [--concurrency 200] [--timeout 2000]
// Only addresses of the namespaces it creates are touched (198.18.13.0/24, the RFC 2544 benchmarking range); they
// are deleted at the end, also on errors and Ctrl-C. Not part of the tests or CI.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
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
const hostCount = Number(arg('hosts', '16'));
const [first, last] = arg('ports', '1-1000').split('-').map(Number);
const rounds = Number(arg('rounds', '3'));
const concurrency = Number(arg('concurrency', '200'));
const timeoutMs = Number(arg('timeout', '2000'));
const NETEM = ['delay', '50ms', '10ms', 'loss', '1%'];
const PREFIX = 'cgbn';
const BRIDGE = `${PREFIX}br0`;
const NET = '198.18.13';
const address = (i) => `${NET}.${10 + i}`;
const ns = (i) => `${PREFIX}-h${i}`;

const sh = (cmd, args, { quiet = false } = {}) => {
  try {
    return execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  } catch (error) {
    if (!quiet) throw new Error(`${cmd} ${args.join(' ')}: ${error.stderr?.toString().trim() || error.message}`);
    return '';
  }
};

if (process.getuid?.() !== 0) {
  console.error('engine-netns needs root (ip netns, tc)');
  process.exit(1);
}

// Deterministic listeners: a few common ports and a few spread ones per host, different on each host.
function listenersOf(i) {
  const common = [22, 80, 443, 3306, 8080].filter((_, k) => (i + k) % 2 === 0);
  const spread = [((i * 97) % 900) + 20, ((i * 389) % 900) + 50, ((i * 631) % 950) + 7];
  return [...new Set([...common, ...spread])].filter((p) => p >= first && p <= last).sort((a, b) => a - b);
}

const children = [];
let shaper = null;
function cleanup() {
  for (const child of children) child.kill('SIGKILL');
  children.length = 0;
  shaper?.kill('SIGTERM');
  sh('iptables', ['-D', 'OUTPUT', '-d', `${NET}.0/24`, '-j', IPT_CHAIN], { quiet: true });
  sh('iptables', ['-D', 'INPUT', '-s', `${NET}.0/24`, '-j', IPT_CHAIN], { quiet: true });
  sh('iptables', ['-F', IPT_CHAIN], { quiet: true });
  sh('iptables', ['-X', IPT_CHAIN], { quiet: true });
  for (let i = 1; i <= 64; i++) sh('ip', ['netns', 'del', ns(i)], { quiet: true });
  sh('ip', ['link', 'del', BRIDGE], { quiet: true });
}

const IPT_CHAIN = 'CGBN_NETEM';
const QUEUE = 13;
/** Whether this kernel has sch_netem (`CONFIG_NET_SCH_NETEM`); Firecracker-style kernels are often built without. */
function kernelHasNetem() {
  sh('ip', ['link', 'add', `${PREFIX}-probe`, 'type', 'dummy'], { quiet: true });
  const ok = (() => {
    try {
      execFileSync('tc', ['qdisc', 'add', 'dev', `${PREFIX}-probe`, 'root', 'netem', 'delay', '1ms'], {
        stdio: 'ignore',
      });
      return true;
    } catch {
      return false;
    }
  })();
  sh('ip', ['link', 'del', `${PREFIX}-probe`], { quiet: true });
  return ok;
}

/**
 * Without sch_netem: the same shaping in userspace. iptables queues every packet between this namespace and the
 * test hosts (both directions) to bench/netem-nfqueue.c, which holds each one 50 ± 10 ms and drops 1 %.
 */
async function startUserspaceNetem() {
  const binary = path.join(os.tmpdir(), 'cg-netem-nfqueue');
  sh('gcc', [
    '-O2',
    '-o',
    binary,
    path.join(path.dirname(new URL(import.meta.url).pathname), 'netem-nfqueue.c'),
    '-lnetfilter_queue',
  ]);
  shaper = spawn(binary, [String(QUEUE), '50', '10', '1'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    shaper.stdout.once('data', resolve);
    shaper.once('exit', (code) => reject(new Error(`netem-nfqueue exited (${code})`)));
  });
  // The NFQUEUE target of iptables (xtables; nftables' own `queue` statement is often not built in either).
  sh('iptables', ['-N', IPT_CHAIN]);
  sh('iptables', ['-A', IPT_CHAIN, '-s', `${NET}.1`, '-d', `${NET}.1`, '-j', 'RETURN']);
  for (const direction of ['-d', '-s'])
    sh('iptables', [
      '-A',
      IPT_CHAIN,
      direction,
      `${NET}.0/24`,
      '-j',
      'NFQUEUE',
      '--queue-num',
      String(QUEUE),
      '--queue-bypass',
    ]);
  sh('iptables', ['-I', 'OUTPUT', '-d', `${NET}.0/24`, '-j', IPT_CHAIN]);
  sh('iptables', ['-I', 'INPUT', '-s', `${NET}.0/24`, '-j', IPT_CHAIN]);
}
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

function setUp(netem) {
  cleanup(); // leftovers of an interrupted run
  sh('ip', ['link', 'add', BRIDGE, 'type', 'bridge']);
  sh('ip', ['addr', 'add', `${NET}.1/24`, 'dev', BRIDGE]);
  sh('ip', ['link', 'set', BRIDGE, 'up']);
  for (let i = 1; i <= hostCount; i++) {
    const veth = `${PREFIX}-v${i}`;
    sh('ip', ['netns', 'add', ns(i)]);
    sh('ip', ['link', 'add', veth, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', ns(i)]);
    sh('ip', ['link', 'set', veth, 'master', BRIDGE, 'up']);
    const inNs = (...args) => sh('ip', ['netns', 'exec', ns(i), ...args]);
    inNs('ip', 'addr', 'add', `${address(i)}/24`, 'dev', 'eth0');
    inNs('ip', 'link', 'set', 'lo', 'up');
    inNs('ip', 'link', 'set', 'eth0', 'up');
    if (netem) {
      // Both directions of each link: 50 ms ± 10 ms and 1 % loss each way.
      inNs('tc', 'qdisc', 'add', 'dev', 'eth0', 'root', 'netem', ...NETEM);
      sh('tc', ['qdisc', 'add', 'dev', veth, 'root', 'netem', ...NETEM]);
    }
  }
}

/** One small node process per namespace listening on the host's ports (accepts and closes at once). */
async function startListeners() {
  const truth = new Map();
  await Promise.all(
    Array.from({ length: hostCount }, (_, k) => k + 1).map(
      (i) =>
        new Promise((resolve, reject) => {
          const ports = listenersOf(i);
          truth.set(address(i), ports);
          const code = `const net=require('net');let n=0;for(const p of ${JSON.stringify(ports)}){net.createServer(s=>s.destroy()).listen(p,'${address(i)}',()=>{if(++n===${ports.length})console.log('ready')})}`;
          const child = spawn('ip', ['netns', 'exec', ns(i), process.execPath, '-e', code], {
            stdio: ['ignore', 'pipe', 'inherit'],
          });
          children.push(child);
          child.stdout.once('data', () => resolve());
          child.once('exit', (c) => reject(new Error(`listener of ${ns(i)} exited (${c})`)));
        }),
    ),
  );
  return truth;
}

function accuracy(truth, found) {
  let missed = 0;
  let falseOpen = 0;
  let expected = 0;
  for (const [host, ports] of truth) {
    const seen = new Set(found.get(host) ?? []);
    expected += ports.length;
    missed += ports.filter((p) => !seen.has(p)).length;
    falseOpen += [...seen].filter((p) => !ports.includes(p)).length;
  }
  const total = [...found.values()].reduce((n, p) => n + p.length, 0);
  return { expected, found: total, missed, falseOpen };
}

const engine = new BuiltinEngine();
const hosts = Array.from({ length: hostCount }, (_, k) => address(k + 1));

async function builtinOnce() {
  const started = process.hrtime.bigint();
  const result = await engine.scan({
    hosts,
    ports: [{ protocol: 'tcp', start: first, end: last }],
    options: { timeoutMs, concurrency, checks: [] },
    signal: new AbortController().signal,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, found: new Map(result.hosts.map((h) => [h.address, h.services.map((s) => s.port)])) };
}

async function nmapOnce() {
  const started = process.hrtime.bigint();
  const { stdout } = await run('nmap', ['-sT', '-T4', '-Pn', '-n', '-p', `${first}-${last}`, '-oX', '-', ...hosts], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, found: new Map(parseNmapXml(stdout).hosts.map((h) => [h.address, h.services.map((s) => s.port)])) };
}

const nmapAvailable = nmapInstalled();

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

try {
  const netem = kernelHasNetem();
  setUp(netem);
  if (!netem) await startUserspaceNetem();
  const truth = await startListeners();
  const rtt = sh('ping', ['-c', '3', '-i', '0.2', '-q', address(1)], { quiet: true }).match(/= [\d.]+\/([\d.]+)/)?.[1];
  console.log(
    `${hostCount} hosts × ${last - first + 1} ports (${NET}.11-${10 + hostCount}), ${NETEM.join(' ')} each way ` +
      `(${netem ? 'tc netem on both ends of each link' : 'this kernel has no sch_netem: iptables NFQUEUE + bench/netem-nfqueue.c'})` +
      `${rtt ? `, ping RTT ${rtt} ms` : ''}; ${[...truth.values()].reduce((n, p) => n + p.length, 0)} open ports; ` +
      `builtin concurrency ${concurrency}, timeout ${timeoutMs} ms, ${SweepThreads.shared() ? 'sweep threads' : 'in-process sweep'}; ` +
      `${os.cpus().length} CPUs, load ${load()}`,
  );
  const results = { builtin: [], nmap: [] };
  for (let r = 0; r < rounds; r++) {
    const b = await builtinOnce();
    results.builtin.push({ ...b, ...accuracy(truth, b.found) });
    if (nmapAvailable) {
      const n = await nmapOnce();
      results.nmap.push({ ...n, ...accuracy(truth, n.found) });
    }
  }
  for (const [name, list] of Object.entries(results)) {
    if (!list.length) continue;
    const line = list
      .map(
        (x) =>
          `${x.seconds.toFixed(2)} s (${x.found}/${x.expected} open, ${x.missed} missed, ${x.falseOpen} false open)`,
      )
      .join('; ');
    console.log(`${name.padEnd(7)} median ${median(list.map((x) => x.seconds)).toFixed(2)} s — ${line}`);
  }
  if (results.nmap.length) {
    const ratio = median(results.nmap.map((x) => x.seconds)) / median(results.builtin.map((x) => x.seconds));
    console.log(`builtin is ${ratio.toFixed(2)}× as fast as nmap -sT -T4 (target ≥ 1×); load after: ${load()}`);
  }
} finally {
  cleanup();
  SweepThreads.shared()?.close?.();
}
process.exit(0);
