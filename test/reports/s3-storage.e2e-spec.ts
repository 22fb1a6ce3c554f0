import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
// s3rver ships no types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver');
import { PeriodicTasks } from '../../src/jobs/periodic-tasks.service';
import type { Organization } from '../../src/modules/organizations/organization.entity';
import { expectError, TestApp, type SignedIn } from '../helpers/test-app';
import { download, generate, sha256, waitForReport } from './helpers';

jest.setTimeout(120_000);

const BUCKET = 'cg-reports';
/** Enough findings for a CSV of more than one 8 MiB multipart part. */
const FINDINGS = 26_000;

describe('reports on an S3-compatible store (s3rver on 127.0.0.1)', () => {
  let t: TestApp;
  let s3rver: { run(): Promise<{ port: number }>; close(): Promise<void> };
  let dir: string;
  let s3: S3Client;
  let org: Organization;
  let alice: SignedIn;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-s3rver-'));
    s3rver = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: dir,
      configureBuckets: [{ name: BUCKET }],
    });
    const { port } = await s3rver.run();
    const endpoint = `http://127.0.0.1:${port}`;
    t = await TestApp.start({
      REPORTS_STORAGE: 's3',
      REPORTS_S3_ENDPOINT: endpoint,
      REPORTS_S3_BUCKET: BUCKET,
      REPORTS_S3_REGION: 'us-east-1',
      REPORTS_S3_ACCESS_KEY_ID: 'S3RVER',
      REPORTS_S3_SECRET_ACCESS_KEY: 'S3RVER',
      REPORTS_S3_FORCE_PATH_STYLE: 'true',
      REPORTS_S3_PREFIX: 'test/',
    });
    s3 = new S3Client({
      endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    org = await t.createOrganization('Bucketeers');
    alice = await t.createUser(org, 'User');
    // Findings as a completed run would have stored them (the organization-wide store that reports read).
    await t.dataSource.query(
      `INSERT INTO vulnerabilities (organization_id, host, port, protocol, check_id, title, description, solution, cvss_vector,
         cvss_score, severity, severity_rank, cve, cwe, evidence, pci_fail, status, first_seen_at, last_seen_at)
       SELECT $1, '10.0.' || (i / 250) || '.' || (i % 250), 443, 'tcp', 'test.check-' || (i % 40), 'Check ' || (i % 40),
              'A description long enough to make the rows realistic: ' || repeat('x', 150), 'Upgrade the software.',
              'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N', 5.3, 'medium', 2, ARRAY['CVE-2024-1234'], ARRAY['CWE-200'],
              'Server: test/' || i, true, 'open', now() - interval '3 days', now()
         FROM generate_series(1, $2) AS i`,
      [org.id, FINDINGS],
    );
  });

  afterAll(async () => {
    await t?.close();
    await s3rver?.close();
    s3?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes the file to the bucket as a stream, serves it back, and deletes it with the report and on retention', async () => {
    const id = await generate(t, alice.headers, { kind: 'detailed', format: 'csv' });
    const { attributes } = await waitForReport(t, alice.headers, id);
    expect(attributes.status).toBe('completed');
    expect(attributes.size).toBeGreaterThan(8 * 1024 * 1024);
    const { res, body } = await download(t, alice.headers, id);
    expect(res.status).toBe(200);
    expect(sha256(body)).toBe(attributes.sha256);
    expect(body.toString('utf8').split('\r\n').length - 2).toBe(FINDINGS);

    const key = `test/${org.id}/${id}/${attributes.file_name}`;
    const object = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    expect(sha256(Buffer.from(await object.Body!.transformToByteArray()))).toBe(attributes.sha256);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM report_file_chunks');
    expect(n).toBe(0);

    // Retention removes the object; the report keeps its hash.
    await t.dataSource.query(`UPDATE reports SET expires_at = now() - interval '1 hour' WHERE id = $1`, [id]);
    await t.get(PeriodicTasks).tick('reports.retention');
    await expect(s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }))).rejects.toThrow();
    expectError(await t.http.get(`/v2/reports/${id}/download`).set(alice.headers), 410, 'report.expired');

    // Deleting a report deletes its object.
    const pdfId = await generate(t, alice.headers, { kind: 'executive', format: 'pdf' });
    const pdf = await waitForReport(t, alice.headers, pdfId);
    const pdfKey = `test/${org.id}/${pdfId}/${pdf.attributes.file_name}`;
    await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: pdfKey }));
    await t.http.delete(`/v2/reports/${pdfId}`).set(alice.headers).expect(204);
    await expect(s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: pdfKey }))).rejects.toThrow();
  });
});
