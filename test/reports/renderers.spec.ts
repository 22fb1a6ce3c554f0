import { PassThrough } from 'node:stream';
import type { ReportData, ReportFinding } from '../../src/modules/reports/data/report-model';
import { renderJson } from '../../src/modules/reports/render/json';
import { PDF_RENDERERS, pciFails } from '../../src/modules/reports/render/pdf-kinds';
import { renderSarif } from '../../src/modules/reports/render/sarif';
import { hasPdftotext, pdfText } from './helpers';

/** Renderers over data that the database cannot hold yet: findings covered by exceptions and disputes (issue 14). */

const finding = (over: Partial<ReportFinding>): ReportFinding => ({
  id: '6f1c2a52-9a4e-4d55-8a3e-0d1f6c1e7b01',
  host: '192.0.2.10',
  hostname: 'shop.example.test',
  port: 443,
  protocol: 'tcp',
  service: 'https',
  checkId: 'tls.self-signed-certificate',
  title: 'Self-signed TLS certificate',
  description: 'The certificate is not issued by a trusted authority.',
  solution: 'Use a certificate issued by a trusted certificate authority.',
  severity: 'medium',
  severityRank: 2,
  cvssScore: 6.5,
  cvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:N/A:N',
  cve: [],
  cwe: ['CWE-295'],
  evidence: 'issuer = subject = CN=shop.example.test',
  pciFail: true,
  pciReason: 'CVSS base score 6.5 is 4.0 or higher',
  status: 'open',
  firstSeenAt: new Date('2026-03-01T10:00:00Z'),
  lastSeenAt: new Date('2026-03-02T10:00:00Z'),
  fixedAt: null,
  exception: null,
  ...over,
});

const FINDINGS: ReportFinding[] = [
  finding({
    exception: { id: '0a5e8c1d-2b3f-4c6d-8e9f-a1b2c3d4e5f6', reason: 'false_positive', status: 'active' },
  }),
  finding({
    id: '6f1c2a52-9a4e-4d55-8a3e-0d1f6c1e7b02',
    port: 80,
    service: 'http',
    checkId: 'http.trace-enabled',
    title: 'HTTP TRACE enabled',
    cvssScore: 5.3,
    exception: {
      id: '1b5e8c1d-2b3f-4c6d-8e9f-a1b2c3d4e5f6',
      reason: 'disputed_severity',
      status: 'active',
      recastSeverity: 'low',
    },
  }),
  finding({
    id: '6f1c2a52-9a4e-4d55-8a3e-0d1f6c1e7b03',
    port: 22,
    service: 'ssh',
    checkId: 'rules.openssh-cve-2023-38408',
    title: 'OpenSSH ssh-agent PKCS#11 remote code execution',
    severity: 'critical',
    severityRank: 4,
    cvssScore: 9.8,
    cve: ['CVE-2023-38408'],
    pciReason: 'CVSS base score 9.8 is 4.0 or higher',
    exception: { id: '2c5e8c1d-2b3f-4c6d-8e9f-a1b2c3d4e5f6', reason: 'compensating_control', status: 'pending' },
  }),
];

function data(kind: ReportData['report']['kind'], format: ReportData['report']['format']): ReportData {
  return {
    report: {
      id: '9d2f5a7e-1c3b-4e6f-8a9b-0c1d2e3f4a5b',
      name: 'Exceptions',
      kind,
      format,
      generatedAt: new Date('2026-03-02T12:00:00Z'),
      timeZone: 'America/New_York',
      requestedBy: 'Ada <ada@example.test>',
      sections: new Set(
        kind === 'pci_asv'
          ? ['attestation', 'components', 'vulnerabilities', 'special_notes', 'exceptions']
          : ['summary', 'hosts', 'findings', 'exceptions'],
      ),
      filtersText: [],
    },
    organization: { id: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e', name: 'Shop', companyName: 'Shop Ltd' },
    branding: {
      companyName: null,
      logo: null,
      primaryColor: null,
      secondaryColor: null,
      supportEmail: null,
      portalDomain: null,
    },
    scopeLabel: 'One scan run',
    runs: [],
    baseRun: null,
    trend: [],
    hosts: [
      {
        address: '192.0.2.10',
        hostname: 'shop.example.test',
        os: null,
        status: 'up',
        services: [
          { port: 22, protocol: 'tcp', service: 'ssh', product: 'OpenSSH', version: '7.2p2', tls: false },
          { port: 80, protocol: 'tcp', service: 'http', product: null, version: null, tls: false },
          { port: 443, protocol: 'tcp', service: 'https', product: null, version: null, tls: true },
        ],
      },
    ],
    findingCount: FINDINGS.length,
    findings: async function* () {
      yield FINDINGS;
    },
    productName: 'CG Scanning',
  };
}

async function collect(render: (out: PassThrough) => Promise<unknown>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((r) => out.on('end', r));
  await render(out);
  await ended;
  return Buffer.concat(chunks);
}

describe('report renderers with exceptions and disputes', () => {
  it('passes PCI ASV for accepted false positives and severities recast below medium, not for pending ones', () => {
    expect(FINDINGS.map(pciFails)).toEqual([false, false, true]);
    expect(pciFails(finding({ exception: { id: 'x', reason: 'accepted_risk', status: 'active' } }))).toBe(true);
    expect(pciFails(finding({ exception: { id: 'x', reason: 'false_positive', status: 'rejected' } }))).toBe(true);
    expect(
      pciFails(
        finding({ exception: { id: 'x', reason: 'disputed_severity', status: 'active', recastSeverity: 'high' } }),
      ),
    ).toBe(true);
    expect(pciFails(finding({ pciFail: false }))).toBe(false);
  });

  it('lists exceptions and disputes in the PCI ASV report and the detailed PDF', async () => {
    for (const kind of ['pci_asv', 'detailed'] as const) {
      const d = data(kind, 'pdf');
      const pdf = await collect(async (out) => {
        const doc = await PDF_RENDERERS[kind]({
          data: d,
          out,
          tick: () => undefined,
          apiBase: 'https://api.example.test',
        });
        doc.end();
      });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      if (!hasPdftotext) continue;
      const text = pdfText(pdf);
      expect(text).toContain('false positive');
      expect(text).toContain('disputed severity');
      expect(text).toContain('compensating control');
      if (kind === 'pci_asv') {
        // One component, failing because of the pending dispute only; dates in the requester's zone.
        expect(text).toContain('FAIL');
        expect(text).toMatch(/Exceptions, false positives and disputes/);
        expect(text).toMatch(/EST|GMT-5/);
      }
    }
  });

  it('carries exceptions in JSON and as SARIF suppressions', async () => {
    const json = JSON.parse(
      (await collect((out) => renderJson(data('detailed', 'json'), out, () => undefined))).toString(),
    );
    expect(json.findings.map((f: { exception: unknown }) => f.exception)).toEqual([
      { id: '0a5e8c1d-2b3f-4c6d-8e9f-a1b2c3d4e5f6', reason: 'false_positive', status: 'active', recast_severity: null },
      {
        id: '1b5e8c1d-2b3f-4c6d-8e9f-a1b2c3d4e5f6',
        reason: 'disputed_severity',
        status: 'active',
        recast_severity: 'low',
      },
      {
        id: '2c5e8c1d-2b3f-4c6d-8e9f-a1b2c3d4e5f6',
        reason: 'compensating_control',
        status: 'pending',
        recast_severity: null,
      },
    ]);
    const sarif = JSON.parse(
      (await collect((out) => renderSarif(data('detailed', 'sarif'), out, () => undefined, '2.0.0'))).toString(),
    );
    expect(sarif.runs[0].results.map((r: { suppressions: { status: string }[] }) => r.suppressions[0].status)).toEqual([
      'accepted',
      'accepted',
      'underReview',
    ]);
  });
});
