import { randomUUID } from 'node:crypto';
import type { Finding } from '../../src/modules/scan-engines/scan-engine';
import { VulnerabilitiesService } from '../../src/modules/vulnerabilities/vulnerabilities.service';
import type { TestApp } from '../helpers/test-app';

/**
 * Stores findings for an organization the way a completed run does (the scan runner's own service, in a
 * transaction); returns the vulnerability id of each finding, in order.
 */
export async function ingestFindings(
  t: TestApp,
  organizationId: string,
  host: string,
  findings: Finding[],
): Promise<string[]> {
  const ids = await t.dataSource.transaction((tx) =>
    t.get(VulnerabilitiesService).ingestRun(tx, {
      organizationId,
      scanId: randomUUID(),
      historyId: randomUUID(),
      seenAt: new Date(),
      findings: findings.map((finding) => ({ hostAddress: host, hostname: null, hostId: null, finding })),
      coverage: { hosts: [], ports: [], checkIds: [], unidentified: [] },
    }),
  );
  return [...ids.values()];
}

/** Seconds from `at` to the first instant of the next month (UTC). */
export const secondsToNextMonth = (at: Date) =>
  (Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1) - at.getTime()) / 1000;
