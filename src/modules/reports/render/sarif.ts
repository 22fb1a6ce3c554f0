import type { Writable } from 'node:stream';
import type { ReportData, ReportFinding } from '../data/report-model';
import { type Progress, TextOut } from './output';

export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** SARIF levels by severity; `security-severity` carries the CVSS score (what code-scanning UIs sort by). */
const LEVEL: Record<string, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

interface Rule {
  index: number;
  finding: ReportFinding;
}

/** `scheme://host:port` as the artifact a network finding is "in" (SARIF wants a location). */
const artifactUri = (f: ReportFinding) =>
  `${f.protocol ?? 'host'}://${f.host.includes(':') ? `[${f.host}]` : f.host}${f.port ? `:${f.port}` : ''}`;

/**
 * SARIF 2.1.0 for the detailed kind: one run, one result per finding; each check is a rule (`ruleIndex` into
 * `tool.driver.rules`). Results are streamed; the rules, collected on the way, are written after them, which JSON
 * allows (object members have no order) and keeps memory bounded by the number of checks.
 */
export async function renderSarif(data: ReportData, out: Writable, progress: Progress, version: string): Promise<void> {
  const text = new TextOut(out);
  const rules = new Map<string, Rule>();
  await text.write(`{"$schema":${JSON.stringify(SARIF_SCHEMA)},"version":"2.1.0","runs":[{"results":[`);
  let n = 0;
  for await (const batch of data.findings()) {
    for (const f of batch) {
      let rule = rules.get(f.checkId);
      if (!rule) {
        rule = { index: rules.size, finding: f };
        rules.set(f.checkId, rule);
      }
      const result = {
        ruleId: f.checkId,
        ruleIndex: rule.index,
        level: LEVEL[f.severity] ?? 'warning',
        kind: 'fail',
        message: {
          text: `${f.title} on ${f.host}${f.port ? `:${f.port}/${f.protocol}` : ''}. Evidence: ${f.evidence}`,
        },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: artifactUri(f) } },
            logicalLocations: [{ name: f.host, fullyQualifiedName: artifactUri(f), kind: 'host' }],
          },
        ],
        partialFingerprints: { 'cgVulnerabilityId/v1': f.id },
        ...(f.exception
          ? {
              suppressions: [
                {
                  kind: 'external',
                  status:
                    f.exception.status === 'active'
                      ? 'accepted'
                      : f.exception.status === 'rejected'
                        ? 'rejected'
                        : 'underReview',
                  justification: f.exception.reason,
                },
              ],
            }
          : {}),
        properties: {
          severity: f.severity,
          'security-severity': f.cvssScore.toFixed(1),
          cvssVector: f.cvssVector,
          status: f.status,
          pciStatus: f.pciFail ? 'fail' : 'pass',
          firstSeenAt: f.firstSeenAt.toISOString(),
          lastSeenAt: f.lastSeenAt.toISOString(),
          ...(f.service ? { service: f.service } : {}),
        },
      };
      await text.write(`${n ? ',' : ''}\n${JSON.stringify(result)}`);
      n++;
    }
    progress(n);
  }
  const driver = {
    name: data.productName,
    informationUri: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html',
    semanticVersion: version,
    rules: [...rules.values()].map(({ finding: f }) => ({
      id: f.checkId,
      name: f.checkId.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')),
      shortDescription: { text: f.title },
      fullDescription: { text: f.description || f.title },
      help: { text: f.solution || 'No fix is known.' },
      defaultConfiguration: { level: LEVEL[f.severity] ?? 'warning' },
      properties: {
        tags: ['security', ...f.cve, ...f.cwe],
        'security-severity': f.cvssScore.toFixed(1),
        precision: 'high',
      },
    })),
  };
  const invocation = { executionSuccessful: true, endTimeUtc: data.report.generatedAt.toISOString() };
  await text.write(
    `\n],"tool":{"driver":${JSON.stringify(driver)}},"invocations":[${JSON.stringify(invocation)}],` +
      `"automationDetails":{"id":${JSON.stringify(`${data.report.kind}/${data.report.id}`)}},` +
      `"properties":{"organization":${JSON.stringify(data.organization.name)},"scope":${JSON.stringify(data.scopeLabel)}}}]}\n`,
  );
  await text.end();
}
