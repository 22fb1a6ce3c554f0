import type { TestApp } from '../helpers/test-app';
import { eventually } from '../helpers/eventually';

/** Creates a port list of single TCP ports for the caller's organization; returns its id. */
export async function createPortList(t: TestApp, headers: Record<string, string>, ports: number[]): Promise<string> {
  const res = await t.http
    .post('/v2/port_lists')
    .set(headers)
    .send({
      port_list: {
        name: `ports ${ports.join(',')}`.slice(0, 250),
        port_ranges: ports.map((p) => ({ protocol: 'tcp', start: p, end: p })),
      },
    });
  if (res.status !== 201) throw new Error(`port list: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.id;
}

export async function createTarget(
  t: TestApp,
  headers: Record<string, string>,
  hosts: string[],
  name = 'loopback',
): Promise<string> {
  const res = await t.http.post('/v2/targets').set(headers).send({ target: { name, hosts } });
  if (res.status !== 201) throw new Error(`target: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.id;
}

export async function createScan(
  t: TestApp,
  headers: Record<string, string>,
  attributes: Record<string, unknown>,
): Promise<string> {
  const res = await t.http
    .post('/v2/scans')
    .set(headers)
    .send({ scan: { name: 'scan', ...attributes } });
  if (res.status !== 201) throw new Error(`scan: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.id;
}

/**
 * Polls `GET /v2/scans/{id}` until the latest run reaches `status`; returns every (status, progress) seen, in order.
 */
export async function waitForScan(
  t: TestApp,
  headers: Record<string, string>,
  scanId: string,
  status: string | string[],
  timeoutMs = 90_000,
): Promise<{ status: string; progress: number }[]> {
  const wanted = Array.isArray(status) ? status : [status];
  const seen: { status: string; progress: number }[] = [];
  await eventually(
    async () => {
      const res = await t.http.get(`/v2/scans/${scanId}`).set(headers).expect(200);
      const { status: now, progress } = res.body.data.attributes;
      seen.push({ status: now, progress });
      if (!wanted.includes(now)) throw new Error(`scan is ${now} (${progress}%), waiting for ${wanted.join('|')}`);
    },
    timeoutMs,
    150,
  );
  return seen;
}

/** checkId → [severity, cvss score, pci status] of one port, as the API shows a run's findings. */
export function summaryOf(findings: { attributes: Record<string, unknown> }[], port: number) {
  return Object.fromEntries(
    findings
      .filter((f) => f.attributes.port === port)
      .map((f) => [f.attributes.check_id, [f.attributes.severity, f.attributes.cvss_score, f.attributes.pci_status]]),
  );
}
