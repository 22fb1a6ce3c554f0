import { execFileSync } from 'node:child_process';
import { NmapEngine, NmapNotInstalledError } from '../../src/modules/scan-engines/nmap/nmap.engine';
import { parseNmapXml, parseTaskProgress } from '../../src/modules/scan-engines/nmap/nmap-xml';
import { nmapInstalled } from '../helpers/nmap';
import { bannerServer, closedPort, type Started, vulnerableHttpServer } from './servers';

const installed = nmapInstalled();
if (!installed) console.log('nmap engine scans skipped: the nmap binary is not installed (apt-get install -y nmap)');
const describeWithNmap = installed ? describe : describe.skip;

const SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nmaprun>
<nmaprun scanner="nmap" args="nmap -sT -sV -oX - -p 22,80,443 10.0.0.5" version="7.93" xmloutputversion="1.05">
<taskprogress task="Connect Scan" time="1" percent="42.50" remaining="1" etc="2"/>
<host><status state="up" reason="user-set" reason_ttl="0"/>
<address addr="10.0.0.5" addrtype="ipv4"/>
<hostnames><hostname name="web.example.test" type="user"/></hostnames>
<ports>
<port protocol="tcp" portid="22"><state state="open" reason="syn-ack" reason_ttl="0"/><service name="ssh" product="OpenSSH" version="7.2p2 Ubuntu 4ubuntu2.8" extrainfo="Ubuntu Linux; protocol 2.0" ostype="Linux" method="probed" conf="10"/></port>
<port protocol="tcp" portid="80"><state state="closed" reason="conn-refused" reason_ttl="0"/><service name="http" method="table" conf="3"/></port>
<port protocol="tcp" portid="443"><state state="open" reason="syn-ack" reason_ttl="0"/><service name="http" product="nginx" version="1.18.0" tunnel="ssl" method="probed" conf="10"/></port>
</ports>
</host>
<host><status state="up" reason="user-set" reason_ttl="0"/><address addr="10.0.0.6" addrtype="ipv4"/><hostnames></hostnames>
<ports><extraports state="filtered" count="3"/></ports></host>
</nmaprun>`;

describe('nmap XML parsing', () => {
  it('maps hosts, open services, TLS tunnels and OS hints', () => {
    const run = parseNmapXml(SAMPLE);
    expect(run.version).toBe('7.93');
    expect(run.hosts).toEqual([
      {
        address: '10.0.0.5',
        hostname: 'web.example.test',
        status: 'up',
        os: 'Linux',
        findings: [],
        services: [
          {
            port: 22,
            protocol: 'tcp',
            state: 'open',
            service: 'ssh',
            product: 'OpenSSH',
            version: '7.2p2 Ubuntu 4ubuntu2.8',
            banner: 'OpenSSH 7.2p2 Ubuntu 4ubuntu2.8 (Ubuntu Linux; protocol 2.0)',
            tls: false,
          },
          {
            port: 443,
            protocol: 'tcp',
            state: 'open',
            service: 'https',
            product: 'nginx',
            version: '1.18.0',
            banner: 'nginx 1.18.0',
            tls: true,
          },
        ],
      },
      // -Pn assumes every host up: one where no port answered is down.
      { address: '10.0.0.6', hostname: null, status: 'down', os: null, services: [], findings: [] },
    ]);
  });

  it('reads progress lines', () => {
    expect(
      parseTaskProgress('<taskprogress task="Service scan" time="1" percent="50.00" remaining="3" etc="4"/>\n'),
    ).toEqual([{ task: 'Service scan', percent: 50 }]);
  });

  it('rejects output that is not an nmap run', () => {
    expect(() => parseNmapXml('<html></html>')).toThrow(/not an nmaprun/);
  });
});

describe('NmapEngine without the binary', () => {
  const missing = NmapEngine.withBinary('/nonexistent/bin/nmap');
  it('verify says nmap is not installed', async () => {
    const verification = await missing.verify();
    expect(verification).toEqual({
      ok: false,
      appType: 'nmap',
      version: null,
      message: expect.stringMatching(/^nmap is not installed/),
    });
  });
  it('scan rejects with a clear error', async () => {
    const scan = missing.scan({
      hosts: ['127.0.0.1'],
      ports: [{ protocol: 'tcp', start: 80, end: 80 }],
      options: { timeoutMs: 500, concurrency: 5, checks: ['banner'] },
      signal: new AbortController().signal,
    });
    await expect(scan).rejects.toBeInstanceOf(NmapNotInstalledError);
    await expect(scan).rejects.toThrow(/nmap is not installed/);
  });
});

describeWithNmap('NmapEngine against loopback services', () => {
  const engine = new NmapEngine();
  let http: Started;
  let ssh: Started;
  let closed: number;

  beforeAll(async () => {
    [http, ssh, closed] = await Promise.all([
      vulnerableHttpServer(),
      bannerServer('SSH-2.0-OpenSSH_7.2p2 Ubuntu-4ubuntu2.8\r\n'),
      closedPort(),
    ]);
  });
  afterAll(async () => {
    await Promise.all([http?.close(), ssh?.close()]);
  });

  it('verify reports the installed version', async () => {
    const verification = await engine.verify();
    expect(verification).toMatchObject({ ok: true, appType: 'nmap' });
    expect(verification.version).toMatch(/^\d+\.\d+/);
  });

  it('scans with -sV and turns products into rule findings', async () => {
    const progress: number[] = [];
    const result = await engine.scan({
      hosts: ['127.0.0.1'],
      ports: [http.port, ssh.port, closed].map((port) => ({ protocol: 'tcp' as const, start: port, end: port })),
      options: { timeoutMs: 1000, concurrency: 10, checks: ['banner', 'rules'] },
      signal: new AbortController().signal,
      onProgress: (done) => progress.push(done),
    });
    expect(result.engine).toBe('nmap');
    expect(result.engineVersion).toMatch(/^\d+\.\d+/);
    const [host] = result.hosts;
    expect(host).toMatchObject({ address: '127.0.0.1', status: 'up' });
    expect(host.services.map((s) => [s.port, s.service, s.product])).toEqual(
      [
        [http.port, 'http', 'Apache httpd'],
        [ssh.port, 'ssh', 'OpenSSH'],
      ].sort((a, b) => (a[0] as number) - (b[0] as number)),
    );
    expect(host.services.find((s) => s.port === http.port)!.version).toBe('2.4.49');
    expect(host.services.find((s) => s.port === ssh.port)!.version).toMatch(/^7\.2p2/);
    const ids = (port: number) =>
      host.findings
        .filter((f) => f.port === port)
        .map((f) => f.checkId)
        .sort();
    expect(ids(http.port)).toEqual([
      'rules.apache-httpd-cve-2021-41773',
      'rules.apache-httpd-cve-2021-42013',
      'rules.apache-httpd-cve-2021-44790',
    ]);
    expect(ids(ssh.port)).toEqual([
      'rules.openssh-cve-2016-6210',
      'rules.openssh-cve-2016-6515',
      'rules.openssh-cve-2018-15473',
      'rules.openssh-cve-2023-38408',
      'rules.openssh-cve-2023-48795',
    ]);
    expect(ids(closed)).toEqual([]);
    expect(progress[progress.length - 1]).toBe(100);
  });

  it('resolves names itself and never hands nmap a refused address', async () => {
    const result = await engine.scan({
      hosts: ['localhost'],
      ports: [{ protocol: 'tcp', start: http.port, end: http.port }],
      options: { timeoutMs: 1000, concurrency: 10, checks: ['banner', 'rules'] },
      signal: new AbortController().signal,
      allowAddress: (address) => address !== '127.0.0.1',
    });
    expect(result.hosts).toEqual([
      { address: 'localhost', hostname: 'localhost', status: 'down', os: null, services: [], findings: [] },
    ]);
  });

  it('keeps the host name of a resolved target', async () => {
    const result = await engine.scan({
      hosts: ['localhost'],
      ports: [{ protocol: 'tcp', start: http.port, end: http.port }],
      options: { timeoutMs: 1000, concurrency: 10, checks: [] },
      signal: new AbortController().signal,
    });
    expect(result.hosts).toEqual([
      {
        address: '127.0.0.1',
        hostname: 'localhost',
        status: 'up',
        os: null,
        findings: [],
        services: [expect.objectContaining({ port: http.port, state: 'open' })],
      },
    ]);
  });

  it('kills nmap on abort and rejects with AbortError', async () => {
    const controller = new AbortController();
    const scan = engine.scan({
      hosts: ['127.0.0.1'],
      ports: [{ protocol: 'tcp', start: 1, end: 65535 }],
      options: { timeoutMs: 1000, concurrency: 1, checks: ['banner'] },
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 300);
    await expect(scan).rejects.toMatchObject({ name: 'AbortError' });
    // The child is gone: no nmap of ours reads targets from stdin any more.
    const running = execFileSync('ps', ['-eo', 'ppid,args'])
      .toString()
      .split('\n')
      .filter((l) => l.trim().startsWith(`${process.pid} `) && l.includes('nmap'));
    expect(running).toEqual([]);
  });
});
