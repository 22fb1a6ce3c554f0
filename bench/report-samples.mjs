// Writes one sample PDF of each report kind to docs/samples/, from real scans of loopback services.
//
// usage: npm run build && node bench/report-samples.mjs [out-dir]
//
// Starts the built server (embedded PGlite in a temp dir), brands the organization (logo, name, colours, support
// address), scans vulnerable look-alikes on 127.0.0.1 twice (the second time SSH is gone and an open Redis and an
// anonymous-FTP server appeared), then generates executive, detailed, remediation, pci_asv (latest run) and delta
// (second run against the first) reports and downloads them.
import fs from 'node:fs';
import path from 'node:path';
import { root, signIn, startServer } from './lib.mjs';
import { expiredTls, ftp, openRedis, ssh, vulnerableHttp } from './loopback-services.mjs';

const out = path.resolve(process.argv[2] ?? path.join(root, 'docs/samples'));
fs.mkdirSync(out, { recursive: true });
const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="48" viewBox="0 0 200 48">' +
  '<rect width="48" height="48" rx="10" fill="#0A7C66"/><path d="M12 25 l8 8 l16 -18" stroke="#fff" stroke-width="6" fill="none" stroke-linecap="round"/>' +
  '<text x="58" y="32" font-family="sans-serif" font-size="22" font-weight="bold" fill="#0A7C66">Northwind</text></svg>';

const server = await startServer({ env: { APP_BASE_URL: 'https://scanning.northwind.example' } });
const services = [];
try {
  const token = await signIn(server.base, server.apiKey, 'admin', server.password);
  const headers = { 'x-api-key': server.apiKey, authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const call = async (method, url, body, expect = [200, 201, 202]) => {
    const { 'content-type': _, ...plain } = headers;
    const res = await fetch(`${server.base}${url}`, {
      method,
      headers: body ? headers : plain,
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (!expect.includes(res.status)) throw new Error(`${method} ${url}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  await call('PUT', '/v2/user/me', { user: { first_name: 'Dana', last_name: 'Reyes', timezone: 'Europe/Paris' } });
  await call('PUT', '/v2/user/organization', {
    organization: { name: 'Northwind Retail', company_name: 'Northwind Retail Ltd' },
  }).catch(() => undefined);
  await call('PUT', '/v2/whitelabel/settings', {
    whitelabel: {
      company_name: 'Northwind Security',
      support_email: 'soc@northwind.example',
      primary_color: '#0A5C4E',
      secondary_color: '#F2A900',
      logo_base64: Buffer.from(LOGO).toString('base64'),
    },
  });
  const [web, sshd, https] = await Promise.all([vulnerableHttp(), ssh(), expiredTls()]);
  services.push(web, sshd, https);
  const [redis, ftpd] = await Promise.all([openRedis(), ftp()]);
  services.push(redis, ftpd);
  const ports = [web.port, sshd.port, https.port, redis.port, ftpd.port];
  const portList = await call('POST', '/v2/port_lists', {
    port_list: { name: 'Shop services', port_ranges: ports.map((p) => ({ protocol: 'tcp', start: p, end: p })) },
  });
  const target = await call('POST', '/v2/targets', { target: { name: 'Shop front (loopback)', hosts: ['127.0.0.1'] } });
  const scan = await call('POST', '/v2/scans', {
    scan: { name: 'Shop weekly', target_id: target.data.id, port_list_id: portList.data.id },
  });
  const run = async () => {
    const started = await call('POST', `/v2/scans/${scan.data.id}/start`);
    for (;;) {
      const s = await call('GET', `/v2/scans/${scan.data.id}`);
      if (s.data.attributes.status === 'completed') return started.data.id;
      if (['failed', 'stopped'].includes(s.data.attributes.status)) throw new Error(`scan ${s.data.attributes.status}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  // First run: Redis and FTP are not up yet.
  await redis.close();
  await ftpd.close();
  const first = await run();
  // Second run: SSH is gone; Redis and FTP came up on the same ports.
  await sshd.close();
  const { openRedisOn, ftpOn } = await import('./loopback-services-on.mjs');
  services.push(await openRedisOn(redis.port), await ftpOn(ftpd.port));
  const second = await run();

  const kinds = [
    ['executive', { scan_id: scan.data.id }],
    ['detailed', { scan_id: scan.data.id }],
    ['remediation', { scan_id: scan.data.id }],
    ['pci_asv', { scan_id: scan.data.id }],
    ['delta', { history_id: second, base_history_id: first }],
  ];
  for (const [kind, scope] of kinds) {
    const t0 = Date.now();
    const report = await call('POST', '/v2/reports/generate', {
      report: { kind, format: 'pdf', name: 'Shop front', ...scope },
    });
    let a;
    for (;;) {
      a = (await call('GET', `/v2/reports/${report.data.id}`)).data.attributes;
      if (a.status === 'completed' || a.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 200));
    }
    if (a.status !== 'completed') throw new Error(`${kind}: ${a.error_message}`);
    const res = await fetch(`${server.base}/v2/reports/${report.data.id}/download`, { headers });
    const file = path.join(out, `${kind}.pdf`);
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    console.log(`${kind}: ${file} (${a.size} bytes, ${Date.now() - t0} ms, sha256 ${a.sha256})`);
  }
} finally {
  await Promise.all(services.map((s) => s.close().catch(() => undefined)));
  await server.stop();
}
