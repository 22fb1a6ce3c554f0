import { CHECKS } from '../../src/modules/scan-engines/checks/catalog';
import { cvssBaseScore, InvalidCvssVector, severityOfScore } from '../../src/modules/scan-engines/checks/cvss';
import { buildFinding, pciVerdict } from '../../src/modules/scan-engines/checks/finding';
import {
  compareVersions,
  leadingVersion,
  matchVersionRules,
  VERSION_RULES,
} from '../../src/modules/scan-engines/checks/version-rules';

describe('CVSS v3.1 base score calculator', () => {
  // Scores as published by NVD / the FIRST calculator for these vectors.
  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10.0],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', 7.5],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N', 5.3],
    ['CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H', 8.1],
    ['CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N', 5.9],
    ['CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 7.8],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H', 9.9],
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', 8.8],
    ['CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H', 7.2],
    ['CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:C/C:L/I:N/A:N', 3.4],
    ['CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:L/A:H', 7.7],
    ['CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N', 1.6],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0.0],
    ['CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O', 9.8],
  ])('%s → %d', (vector, score) => {
    expect(cvssBaseScore(vector)).toBe(score);
  });

  it.each([
    'AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
    'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H',
    'CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
    'CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
    'CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P',
  ])('rejects %s', (vector) => {
    expect(() => cvssBaseScore(vector)).toThrow(InvalidCvssVector);
  });

  it('maps scores to the qualitative ratings', () => {
    expect([0, 0.1, 3.9, 4.0, 6.9, 7.0, 8.9, 9.0, 10].map(severityOfScore)).toEqual([
      'info',
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });
});

describe('PCI ASV verdict', () => {
  it('fails at 4.0 and above, passes below', () => {
    expect(pciVerdict({}, 4.0)).toEqual({ pciFail: true, pciReason: 'CVSS base score 4.0 is 4.0 or higher' });
    expect(pciVerdict({}, 3.9)).toEqual({ pciFail: false, pciReason: null });
  });
  it('fails automatic failures whatever the score', () => {
    expect(pciVerdict({ pciAutomaticFailure: 'early TLS' }, 0)).toEqual({
      pciFail: true,
      pciReason: 'Automatic failure: early TLS',
    });
  });
  it('does not count denial-of-service-only issues', () => {
    expect(pciVerdict({ denialOfServiceOnly: true }, 7.5).pciFail).toBe(false);
  });
});

describe('check catalog and rule file', () => {
  it('has unique, stable check ids and valid vectors everywhere', () => {
    const ids = [...Object.values(CHECKS).map((c) => c.checkId), ...VERSION_RULES.rules.map((r) => r.checkId)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(tls|http|service|redis|ftp|rules)\.[a-z0-9.-]+$/);
    for (const check of [...Object.values(CHECKS), ...VERSION_RULES.rules])
      expect(() => cvssBaseScore(check.cvssVector)).not.toThrow();
  });

  it('builds findings with score, severity and PCI status from the vector', () => {
    const finding = buildFinding(CHECKS.tlsProtocol10, {
      evidence: 'TLSv1 \u0000handshake',
      port: 443,
      protocol: 'tcp',
    });
    expect(finding).toMatchObject({
      checkId: 'tls.weak-protocol-tls10',
      cvssScore: 6.5,
      severity: 'medium',
      pciFail: true,
      evidence: 'TLSv1 ?handshake',
      port: 443,
    });
    expect(finding.pciReason).toMatch(/^Automatic failure/);
  });
});

describe('version matching', () => {
  it('orders versions the way vendors number them', () => {
    expect(compareVersions('7.2p2', '9.3p2')).toBeLessThan(0);
    expect(compareVersions('9.3p1', '9.3p2')).toBeLessThan(0);
    expect(compareVersions('9.3', '9.3p2')).toBeLessThan(0);
    expect(compareVersions('2.4.10', '2.4.9')).toBeGreaterThan(0);
    expect(compareVersions('1.20.1', '1.20.1')).toBe(0);
  });

  it('reads the version out of banners', () => {
    expect(leadingVersion('7.2p2 Ubuntu 4ubuntu2.8')).toBe('7.2p2');
    expect(leadingVersion('2.4.49')).toBe('2.4.49');
    expect(leadingVersion('unknown')).toBeNull();
  });

  it('matches ranges: introduced inclusive, fixed exclusive, exact versions', () => {
    const ids = (product: string, version: string) =>
      matchVersionRules([{ product, version, evidence: 'x' }], 22, 'tcp')
        .map((f) => f.checkId)
        .sort();
    expect(ids('OpenSSH', '8.5p1')).toContain('rules.openssh-cve-2024-6387');
    expect(ids('OpenSSH', '8.4p1')).not.toContain('rules.openssh-cve-2024-6387');
    expect(ids('OpenSSH', '9.8p1')).toEqual([]);
    expect(ids('Apache httpd', '2.4.50')).toEqual([
      'rules.apache-httpd-cve-2021-42013',
      'rules.apache-httpd-cve-2021-44790',
    ]);
    expect(ids('Apache httpd', '2.2.34')).toEqual(['rules.apache-httpd-unsupported']);
    expect(ids('nginx', '1.20.1')).toEqual([]);
    expect(ids('nginx', '1.18.0')).toEqual(['rules.nginx-cve-2021-23017']);
  });
});
