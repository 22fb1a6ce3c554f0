import { execFileSync } from 'node:child_process';
import { createPublicKey, randomBytes, verify as verifySignature } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import AjvDraft04 from 'ajv-draft-04';
import { parseCsv } from '../../src/common/csv';
import { PeriodicTasks } from '../../src/jobs/periodic-tasks.service';
import { JobsService } from '../../src/jobs/jobs.service';
import { GENERATE_REPORT } from '../../src/modules/reports/reports.jobs';
import { CHUNK_BYTES, PostgresReportStorage } from '../../src/modules/reports/storage/postgres-storage';
import type { Organization } from '../../src/modules/organizations/organization.entity';
import { bannerServer, openRedisServer, type Started, vulnerableHttpServer } from '../scan-engines/servers';
import { createPortList, createScan, createTarget, waitForScan } from '../scans/helpers';
import { eventually } from '../helpers/eventually';
import { expectError, TestApp, type SignedIn } from '../helpers/test-app';
import { download, generate, hasOpenssl, hasPdftotext, LOGO_SVG, pdfText, sha256, waitForReport } from './helpers';

jest.setTimeout(240_000);

const SSH_BANNER = 'SSH-2.0-OpenSSH_7.2p2 Ubuntu-4ubuntu2.8\r\n';
describe('reports: generated after a real scan, downloaded, verified by anyone', () => {
  let t: TestApp;
  let orgA: Organization;
  let admin: SignedIn;
  let alice: SignedIn;
  let bob: SignedIn;
  let servers: Started[] = [];
  let scanId: string;
  let targetId: string;
  let firstRun: string;
  let secondRun: string;
  let runFindings: number;
  const made: Record<string, { id: string; body: Buffer; attributes: Record<string, any> }> = {};

  const makeAndDownload = async (key: string, spec: Record<string, unknown>) => {
    const id = await generate(t, alice.headers, spec);
    const { attributes, progress, statuses } = await waitForReport(t, alice.headers, id);
    expect(attributes.status).toBe('completed');
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]);
    expect(progress[progress.length - 1]).toBe(100);
    expect(statuses.every((s) => ['queued', 'running', 'completed'].includes(s))).toBe(true);
    const { res, body } = await download(t, alice.headers, id);
    expect(res.status).toBe(200);
    expect(res.headers['x-cg-report-sha256']).toBe(attributes.sha256);
    expect(res.headers['x-cg-report-signature']).toBe(attributes.signature);
    expect(res.headers['content-disposition']).toContain(`filename="${attributes.file_name}"`);
    expect(sha256(body)).toBe(attributes.sha256);
    expect(body.length).toBe(attributes.size);
    made[key] = { id, body, attributes };
    return made[key];
  };

  beforeAll(async () => {
    if (!hasPdftotext) console.log('pdftotext (poppler-utils) is not installed: the PDF text checks are skipped');
    t = await TestApp.start();
    orgA = await t.createOrganization('Northwind');
    const orgB = await t.createOrganization('Other');
    admin = await t.createUser(orgA, 'Admin');
    alice = await t.createUser(orgA, 'User');
    bob = await t.createUser(orgB, 'Admin');
    await t.http
      .put('/v2/whitelabel/settings')
      .set(admin.headers)
      .send({
        whitelabel: {
          company_name: 'Northwind Security',
          support_email: 'help@northwind.example',
          primary_color: '#0A7C66',
          logo_base64: Buffer.from(LOGO_SVG).toString('base64'),
        },
      })
      .expect(200);
    await t.http
      .put('/v2/user/me')
      .set(alice.headers)
      .send({ user: { timezone: 'Europe/Paris' } })
      .expect(200);

    const [web, ssh] = await Promise.all([vulnerableHttpServer(), bannerServer(SSH_BANNER)]);
    servers = [web, ssh];
    const ports = await createPortList(t, alice.headers, [web.port, ssh.port]);
    targetId = await createTarget(t, alice.headers, ['127.0.0.1'], 'Shop front');
    scanId = await createScan(t, alice.headers, { name: 'Shop weekly', target_id: targetId, port_list_id: ports });
    firstRun = (await t.http.post(`/v2/scans/${scanId}/start`).set(alice.headers).expect(202)).body.data.id;
    await waitForScan(t, alice.headers, scanId, 'completed');
    // Second run: SSH is gone (its findings are fixed), an open Redis appeared (new findings).
    await ssh.close();
    const redis = await openRedisServer();
    servers.push(redis);
    const ports2 = await createPortList(t, alice.headers, [web.port, ssh.port, redis.port]);
    await t.http
      .put(`/v2/scans/${scanId}`)
      .set(alice.headers)
      .send({ scan: { port_list_id: ports2 } })
      .expect(200);
    secondRun = (await t.http.post(`/v2/scans/${scanId}/start`).set(alice.headers).expect(202)).body.data.id;
    await waitForScan(t, alice.headers, scanId, 'completed');
    const list = await t.http.get(`/v2/scans/${scanId}/vulnerabilities?per_page=100`).set(alice.headers).expect(200);
    runFindings = list.body.meta.total;
    expect(runFindings).toBeGreaterThan(5);
  });

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close().catch(() => undefined)));
    await t?.close();
  });

  it('generates every kind as PDF, with progress, branding, and the requester’s time zone', async () => {
    for (const kind of ['executive', 'detailed', 'remediation', 'pci_asv']) {
      const { body, attributes } = await makeAndDownload(`${kind}.pdf`, { kind, format: 'pdf', scan_id: scanId });
      expect(attributes).toMatchObject({
        kind,
        format: 'pdf',
        content_type: 'application/pdf',
        time_zone: 'Europe/Paris',
        file_available: true,
      });
      expect(attributes.file_name).toMatch(new RegExp(`^shop-weekly-${kind.replace('_', '-')}-\\d{8}-\\d{4}\\.pdf$`));
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      expect(body.subarray(-6).toString()).toContain('%%EOF');
      if (hasPdftotext) {
        const text = pdfText(body);
        expect(text).toContain('Northwind Security');
        expect(text).toContain('help@northwind.example');
        expect(text).toMatch(/GMT\+1|CET|GMT\+2|CEST/);
        expect(text).toContain('Page 2');
      }
    }
    const delta = await makeAndDownload('delta.pdf', {
      kind: 'delta',
      format: 'pdf',
      history_id: secondRun,
      base_history_id: firstRun,
    });
    expect(delta.attributes.scope).toMatchObject({ history_id: secondRun, base_history_id: firstRun });
    if (hasPdftotext) {
      const exec = pdfText(made['executive.pdf'].body);
      expect(exec).toContain('Executive Summary');
      expect(exec).toContain('Most vulnerable hosts');
      expect(exec).toContain('127.0.0.1');
      const detailed = pdfText(made['detailed.pdf'].body);
      expect(detailed).toContain('Apache');
      expect(detailed).toContain('CVE-2021-41773');
      expect(detailed).toContain('CVSS:3.1/');
      const pci = pdfText(made['pci_asv.pdf'].body);
      expect(pci).toContain('Attestation of Scan Compliance');
      expect(pci).toContain('FAIL');
      expect(pci).toContain('Scan expires');
      expect(pci).toContain('Exceptions, false positives and disputes');
      const remediation = pdfText(made['remediation.pdf'].body);
      expect(remediation).toContain('Action list');
      expect(remediation).toMatch(/Upgrade/i);
      const d = pdfText(delta.body);
      expect(d).toContain('Fixed: in the base run, gone now');
      expect(d).toMatch(/openssh/i);
      expect(d).toMatch(/redis/i);
    }
  });

  it('writes detailed and delta CSV and JSON, and detailed SARIF 2.1.0 that validates against the schema', async () => {
    const csv = await makeAndDownload('detailed.csv', { kind: 'detailed', format: 'csv', scan_id: scanId });
    expect(csv.attributes.content_type).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(csv.body.toString('utf8'));
    expect(rows[0].slice(0, 4)).toEqual(['host', 'hostname', 'port', 'protocol']);
    expect(rows.length - 1).toBe(runFindings);
    expect(rows.slice(1).every((r) => r[0] === '127.0.0.1')).toBe(true);

    const json = await makeAndDownload('detailed.json', {
      kind: 'detailed',
      format: 'json',
      scan_id: scanId,
      filters: { severity: ['critical', 'high'] },
    });
    const doc: any = JSON.parse(json.body.toString('utf8'));
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../docs/reports/report.schema.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    ajv.addFormat(
      'date-time',
      (v: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(v) && !Number.isNaN(Date.parse(v)),
    );
    const valid = ajv.validate(schema, doc as object);
    if (!valid) throw new Error(JSON.stringify(ajv.errors).slice(0, 2000));
    expect(doc.findings.length).toBeGreaterThan(0);
    expect(doc.findings.every((f: { severity: string }) => ['critical', 'high'].includes(f.severity))).toBe(true);
    expect(doc.summary.total).toBe(doc.findings.length);
    expect(doc.findings[0]).toHaveProperty('exception', null);

    const sarif = await makeAndDownload('detailed.sarif', { kind: 'detailed', format: 'sarif', scan_id: scanId });
    const log: any = JSON.parse(sarif.body.toString('utf8'));
    // The SARIF 2.1.0 JSON schema as shipped by @microsoft/jest-sarif (JSON Schema draft-04).
    const sarifSchema = JSON.parse(
      fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
    );
    const ajv4 = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    ajv4.addFormat('uri', true).addFormat('uri-reference', true).addFormat('date-time', true);
    if (!ajv4.validate(sarifSchema, log as object)) throw new Error(JSON.stringify(ajv4.errors).slice(0, 2000));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results).toHaveLength(runFindings);
    const rules = log.runs[0].tool.driver.rules;
    for (const r of log.runs[0].results) expect(rules[r.ruleIndex].id).toBe(r.ruleId);

    const deltaCsv = await makeAndDownload('delta.csv', {
      kind: 'delta',
      format: 'csv',
      history_id: secondRun,
      base_history_id: firstRun,
    });
    const drows = parseCsv(deltaCsv.body.toString('utf8'));
    expect(drows[0][0]).toBe('change');
    const changes = new Set(drows.slice(1).map((r) => r[0]));
    expect(changes).toEqual(new Set(['new', 'fixed', 'persisting']));
    const fixed = drows
      .slice(1)
      .filter((r) => r[0] === 'fixed')
      .map((r) => r[6]);
    expect(fixed.length).toBeGreaterThan(0);
    expect(fixed.every((c) => c.startsWith('rules.openssh'))).toBe(true);
    const deltaJson = await makeAndDownload('delta.json', {
      kind: 'delta',
      format: 'json',
      history_id: secondRun,
      base_history_id: firstRun,
    });
    const ddoc: any = JSON.parse(deltaJson.body.toString('utf8'));
    expect(ajv.validate(schema, ddoc as object)).toBe(true);
    expect(ddoc.summary.by_change.fixed).toBe(fixed.length);
    expect(ddoc.summary.by_change.new).toBeGreaterThan(0);
  });

  it('verifies by hash, by raw file, by multipart upload and offline with the public key; an edited copy fails', async () => {
    const { id, body, attributes } = made['executive.pdf'];
    const edited = Buffer.from(body);
    edited[Math.floor(edited.length / 2)] ^= 0x01;

    const byHash = await t.http
      .post(`/v2/reports/${id}/verify`)
      .set(alice.headers)
      .send({ sha256: attributes.sha256 })
      .expect(200);
    expect(byHash.body).toEqual({
      match: true,
      report_id: id,
      generated_at: attributes.generated_at,
      sha256: attributes.sha256,
      size: null,
    });
    const wrong = await t.http
      .post(`/v2/reports/${id}/verify`)
      .set(alice.headers)
      .send({ sha256: sha256(edited) })
      .expect(200);
    expect(wrong.body.match).toBe(false);
    expectError(
      await t.http.post(`/v2/reports/${id}/verify`).set(alice.headers).send({ sha256: 'abc' }),
      422,
      'parameter_error',
    );

    const raw = await t.http
      .post(`/v2/reports/${id}/verify`)
      .set(alice.headers)
      .set('content-type', 'application/pdf')
      .send(body)
      .expect(200);
    expect(raw.body).toMatchObject({ match: true, report_id: id, size: body.length });
    const rawEdited = await t.http
      .post(`/v2/reports/${id}/verify`)
      .set(alice.headers)
      .set('content-type', 'application/pdf')
      .send(edited)
      .expect(200);
    expect(rawEdited.body.match).toBe(false);
    const octet = await t.http
      .post(`/v2/reports/${id}/verify`)
      .set(alice.headers)
      .set('content-type', 'application/octet-stream')
      .send(body)
      .expect(200);
    expect(octet.body.match).toBe(true);
    const multipart = await t.http
      .post(`/v2/reports/${id}/verify`)
      .set(alice.headers)
      .attach('file', body, 'report.pdf')
      .expect(200);
    expect(multipart.body).toMatchObject({ match: true, size: body.length });
    const multipartEdited = await t.http
      .post(`/v2/reports/${id}/verify`)
      .set(alice.headers)
      .attach('file', edited, 'report.pdf')
      .expect(200);
    expect(multipartEdited.body.match).toBe(false);

    const csv = made['detailed.csv'];
    const csvRaw = await t.http
      .post(`/v2/reports/${csv.id}/verify`)
      .set(alice.headers)
      .set('content-type', 'text/csv')
      .send(csv.body.toString('utf8'))
      .expect(200);
    expect(csvRaw.body.match).toBe(true);
    const json = made['detailed.json'];
    const jsonRaw = await t.http
      .post(`/v2/reports/${json.id}/verify`)
      .set(alice.headers)
      .set('content-type', 'application/json')
      .send(json.body.toString('utf8'))
      .expect(200);
    expect(jsonRaw.body.match).toBe(true);
    // The CSV import keeps its own parser.
    expectError(
      await t.http.post('/v2/users/import').set(alice.headers).set('content-type', 'text/csv').send('x'),
      403,
    );

    // Offline: the public key needs no API key; Ed25519 over the 32-byte digest.
    const key = await t.http.get('/reports/signing_key').expect(200);
    expect(key.body).toMatchObject({ algorithm: 'Ed25519', jwk: { kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA' } });
    const publicKey = createPublicKey(key.body.pem);
    expect(createPublicKey({ key: key.body.jwk, format: 'jwk' }).export({ type: 'spki', format: 'pem' })).toBe(
      key.body.pem,
    );
    const signature = Buffer.from(attributes.signature, 'base64');
    expect(verifySignature(null, Buffer.from(sha256(body), 'hex'), publicKey, signature)).toBe(true);
    expect(verifySignature(null, Buffer.from(sha256(edited), 'hex'), publicKey, signature)).toBe(false);

    if (hasOpenssl) {
      // The README recipe, as written there.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-verify-'));
      try {
        fs.writeFileSync(path.join(dir, 'signing_key.pem'), key.body.pem);
        fs.writeFileSync(path.join(dir, 'report.sig.b64'), attributes.signature);
        const recipe = (file: string) =>
          execFileSync(
            'bash',
            [
              '-c',
              `openssl dgst -sha256 -binary ${file} > report.sha256 && base64 -d report.sig.b64 > report.sig && ` +
                'openssl pkeyutl -verify -pubin -inkey signing_key.pem -rawin -in report.sha256 -sigfile report.sig',
            ],
            { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
          );
        fs.writeFileSync(path.join(dir, 'report.pdf'), body);
        expect(recipe('report.pdf')).toContain('Signature Verified Successfully');
        fs.writeFileSync(path.join(dir, 'edited.pdf'), edited);
        expect(() => recipe('edited.pdf')).toThrow();
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    } else console.log('openssl is not installed: the README recipe was not run');
  });

  it('answers 404 to another organization on every report route', async () => {
    const { id } = made['executive.pdf'];
    const b = bob.headers;
    expectError(await t.http.get(`/v2/reports/${id}`).set(b), 404, 'not_found');
    expectError(await t.http.get(`/v2/reports/${id}/download`).set(b), 404, 'not_found');
    expectError(await t.http.get(`/v2/reports/${id}/exists`).set(b), 404, 'not_found');
    expectError(
      await t.http.post(`/v2/reports/${id}/verify`).set(b).send({ sha256: made['executive.pdf'].attributes.sha256 }),
      404,
    );
    expectError(
      await t.http
        .post(`/v2/reports/${id}/verify`)
        .set(b)
        .set('content-type', 'application/pdf')
        .send(made['executive.pdf'].body),
      404,
    );
    expectError(await t.http.delete(`/v2/reports/${id}`).set(b), 404, 'not_found');
    expect(
      (
        await t.http
          .delete('/v2/reports')
          .set(b)
          .send({ ids: [id] })
          .expect(200)
      ).body,
    ).toEqual({ deleted: 0 });
    const list = await t.http.get('/v2/reports').set(b).expect(200);
    expect(list.body.meta.total).toBe(0);
    // Another organization's scan, run and target are unknown references.
    const e = expectError(
      await t.http
        .post('/v2/reports/generate')
        .set(b)
        .send({ report: { kind: 'executive', format: 'pdf', scan_id: scanId } }),
      422,
    );
    expect(e.message).toBe('report.scan_id does not exist');
    expectError(
      await t.http
        .post('/v2/reports/generate')
        .set(b)
        .send({ report: { kind: 'detailed', format: 'pdf', history_id: firstRun } }),
      422,
    );
    expectError(
      await t.http
        .post('/v2/reports/generate')
        .set(b)
        .send({ report: { kind: 'detailed', format: 'pdf', target_id: targetId } }),
      422,
    );
    // Still there for its owner.
    await t.http.get(`/v2/reports/${id}`).set(alice.headers).expect(200);
  });

  it('refuses bad requests with 422 naming the field, storing nothing', async () => {
    const before = (await t.http.get('/v2/reports').set(alice.headers).expect(200)).body.meta.total;
    const bad = async (report: Record<string, unknown>, message: RegExp) => {
      const res = await t.http.post('/v2/reports/generate').set(alice.headers).send({ report });
      expectError(res, 422, 'parameter_error');
      expect(res.body.errors.map((x: { message: string }) => x.message).join(' | ')).toMatch(message);
    };
    await bad({ kind: 'executive', format: 'csv' }, /report\.format must be one of pdf for kind executive/);
    await bad({ kind: 'detailed', format: 'docx' }, /report\.format/);
    await bad({ kind: 'nope', format: 'pdf' }, /report\.kind/);
    await bad({ kind: 'detailed', format: 'pdf', scan_id: scanId, target_id: targetId }, /at most one of/);
    await bad({ kind: 'delta', format: 'pdf', history_id: secondRun }, /base_history_id are required/);
    await bad({ kind: 'executive', format: 'pdf', base_history_id: firstRun }, /only allowed with kind delta/);
    await bad({ kind: 'executive', format: 'pdf', sections: ['hosts'] }, /report\.sections must contain only/);
    await bad({ kind: 'detailed', format: 'pdf', filters: { severity: ['urgent'] } }, /report\.filters\.severity/);
    await bad(
      {
        kind: 'detailed',
        format: 'pdf',
        filters: { date_range_start: '2026-02-01T00:00:00Z', date_range_end: '2026-01-01T00:00:00Z' },
      },
      /date_range_end/,
    );
    await bad(
      { kind: 'detailed', format: 'pdf', scan_id: '00000000-0000-4000-8000-000000000000' },
      /report\.scan_id does not exist/,
    );
    await bad({ kind: 'detailed', format: 'pdf', extra: 1 }, /extra/);
    expect((await t.http.get('/v2/reports').set(alice.headers).expect(200)).body.meta.total).toBe(before);
  });

  it('answers 409 to a download before completion, exists for polling, and fails a report whose scope is gone', async () => {
    const [queued] = await t.dataSource.query(
      `INSERT INTO reports (organization_id, user_id, name, kind, format, scope, status) VALUES ($1, $2, 'waiting', 'executive', 'pdf', '{}', 'queued') RETURNING id`,
      [orgA.id, alice.user.id],
    );
    expectError(await t.http.get(`/v2/reports/${queued.id}/download`).set(alice.headers), 409, 'report.not_ready');
    expect((await t.http.get(`/v2/reports/${queued.id}/exists`).set(alice.headers).expect(200)).body).toEqual({
      exists: false,
      status: 'queued',
      progress: 0,
    });
    expectError(
      await t.http
        .post(`/v2/reports/${queued.id}/verify`)
        .set(alice.headers)
        .send({ sha256: 'a'.repeat(64) }),
      409,
    );
    expect(
      (await t.http.get(`/v2/reports/${made['detailed.pdf'].id}/exists`).set(alice.headers).expect(200)).body,
    ).toEqual({ exists: true, status: 'completed', progress: 100 });

    const [gone] = await t.dataSource.query(
      `INSERT INTO reports (organization_id, user_id, name, kind, format, scope, status) VALUES ($1, $2, 'gone', 'detailed', 'pdf', $3, 'queued') RETURNING id`,
      [orgA.id, alice.user.id, JSON.stringify({ history_id: '00000000-0000-4000-8000-000000000000' })],
    );
    await t.get(JobsService).send(GENERATE_REPORT, { organizationId: orgA.id, reportId: gone.id });
    const failed = await waitForReport(t, alice.headers, gone.id);
    expect(failed.attributes).toMatchObject({
      status: 'failed',
      error_message: 'The run is no longer available',
      sha256: null,
    });
    expectError(await t.http.get(`/v2/reports/${gone.id}/download`).set(alice.headers), 409, 'report.failed');
    const events = await t.dataSource.query(
      `SELECT name, payload FROM domain_events WHERE payload->>'reportId' = ANY($1) ORDER BY occurred_at`,
      [[gone.id, made['executive.pdf'].id]],
    );
    expect(events).toEqual(
      expect.arrayContaining([
        {
          name: 'report.generated',
          payload: expect.objectContaining({
            organizationId: orgA.id,
            reportId: made['executive.pdf'].id,
            kind: 'executive',
            format: 'pdf',
            requestedBy: alice.user.id,
            fileName: made['executive.pdf'].attributes.file_name,
            sha256: made['executive.pdf'].attributes.sha256,
          }),
        },
        {
          name: 'report.failed',
          payload: expect.objectContaining({ reportId: gone.id, reason: 'The run is no longer available' }),
        },
      ]),
    );
  });

  it('reports over a target, several scans and the whole organization', async () => {
    const target = await makeAndDownload('target.csv', { kind: 'detailed', format: 'csv', target_id: targetId });
    expect(parseCsv(target.body.toString('utf8')).length - 1).toBe(runFindings);
    const several = await makeAndDownload('scans.json', { kind: 'detailed', format: 'json', scan_ids: [scanId] });
    expect(JSON.parse(several.body.toString('utf8')).findings).toHaveLength(runFindings);
    // The organization: every deduplicated finding, fixed ones too (detailed shows all statuses by default).
    const org = await makeAndDownload('org.csv', { kind: 'detailed', format: 'csv', filters: { status: ['fixed'] } });
    const rows = parseCsv(org.body.toString('utf8')).slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[12] === 'fixed')).toBe(true);
  });

  it('stores a file of several 1 MiB chunks written in uneven pieces, and reads it back byte for byte', async () => {
    const storage = new PostgresReportStorage(t.dataSource);
    const key = `${orgA.id}/storage-test/file.bin`;
    const file = randomBytes(CHUNK_BYTES * 2 + 12_345);
    const out = storage.writer(key);
    // Pieces of 1 B to 700 KiB: chunk boundaries fall inside pieces, and two INSERTs overlap the writes.
    for (let at = 0, step = 1; at < file.length; at += step, step = (step * 7919) % 716_800 || 1)
      if (!out.write(file.subarray(at, at + step))) await new Promise((r) => out.once('drain', r));
    await new Promise<void>((resolve, reject) => out.once('error', reject).end(resolve));
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM report_file_chunks WHERE key = $1`, [key]);
    expect(n).toBe(3);
    const back: Buffer[] = [];
    for await (const c of await storage.reader(key)) back.push(c as Buffer);
    expect(Buffer.concat(back).equals(file)).toBe(true);
    await storage.delete(key);
  });

  it('retention removes an expired file; the hash can still be verified', async () => {
    const { id, attributes } = made['remediation.pdf'];
    await t.dataSource.query(`UPDATE reports SET expires_at = now() - interval '1 day' WHERE id = $1`, [id]);
    await t.get(PeriodicTasks).tick('reports.retention');
    await eventually(async () => {
      const res = await t.http.get(`/v2/reports/${id}/exists`).set(alice.headers).expect(200);
      expect(res.body.exists).toBe(false);
    });
    expectError(await t.http.get(`/v2/reports/${id}/download`).set(alice.headers), 410, 'report.expired');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM report_file_chunks WHERE key = $1`, [
      `${orgA.id}/${id}/${attributes.file_name}`,
    ]);
    expect(n).toBe(0);
    const other = await t.http.get(`/v2/reports/${made['executive.pdf'].id}/exists`).set(alice.headers).expect(200);
    expect(other.body.exists).toBe(true);
    const byHash = await t.http
      .post(`/v2/reports/${id}/verify`)
      .set(alice.headers)
      .send({ sha256: attributes.sha256 })
      .expect(200);
    expect(byHash.body.match).toBe(true);
  });

  it('lists, deletes one and many', async () => {
    const list = await t.http.get('/v2/reports?q[kind]=detailed&sort_by=created_at:asc').set(alice.headers).expect(200);
    expect(list.body.data.every((r: { attributes: { kind: string } }) => r.attributes.kind === 'detailed')).toBe(true);
    const { id } = made['delta.json'];
    await t.http.delete(`/v2/reports/${id}`).set(alice.headers).expect(204);
    expectError(await t.http.get(`/v2/reports/${id}`).set(alice.headers), 404);
    const res = await t.http
      .delete('/v2/reports')
      .set(alice.headers)
      .send({ ids: [made['delta.csv'].id, id] })
      .expect(200);
    expect(res.body).toEqual({ deleted: 1 });
  });
});
