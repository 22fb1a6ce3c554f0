import fs from 'node:fs';
import path from 'node:path';
import {
  checkSaqTypeFile,
  compareRequirementIds,
  SAQ_DATA_FILES,
  SAQ_TYPES,
  saqCatalog,
  type SaqType,
  type SaqTypeDefinition,
} from '../../src/modules/saq/saq-catalog';

const DATA_DIR = path.join(__dirname, '../../src/modules/saq/data');
const ids = (type: SaqType) => saqCatalog.get(type).requirements.map((r) => r.id);
const clone = (type: SaqType) => JSON.parse(JSON.stringify(SAQ_DATA_FILES[type])) as SaqTypeDefinition;

/** The requirements PCI DSS v4.0.1 marks for service providers (or issuers) only. */
const SERVICE_PROVIDER_ONLY = [
  '3.3.3',
  '3.6.1.1',
  '3.7.9',
  '8.2.3',
  '8.3.10',
  '8.3.10.1',
  '10.7.1',
  '11.4.6',
  '11.4.7',
  '11.5.1.1',
  '12.4.1',
  '12.4.2',
  '12.4.2.1',
  '12.5.2.1',
  '12.5.3',
  '12.9.1',
  '12.9.2',
  'A2.1.2',
  'A2.1.3',
];

describe('SAQ data files (PCI DSS v4.0.1)', () => {
  it('there is one well-formed file per type, each declaring its own type', () => {
    const files = fs.readdirSync(DATA_DIR).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(SAQ_TYPES.length);
    for (const file of files) {
      const raw = JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8'));
      expect({ file, problems: checkSaqTypeFile(raw) }).toEqual({ file, problems: [] });
    }
    for (const type of SAQ_TYPES) expect((SAQ_DATA_FILES[type] as { type: string }).type).toBe(type);
  });

  it('every requirement sits under its principal requirement, in numeric order, once', () => {
    for (const entry of saqCatalog.all()) {
      const all = entry.requirements.map((r) => r.id);
      expect(new Set(all).size).toBe(all.length);
      expect([...all].sort(compareRequirementIds)).toEqual(all);
      for (const group of entry.definition.principal_requirements)
        for (const r of group.requirements) expect(r.id.split('.')[0]).toBe(group.number);
    }
  });

  it('SAQ D for Service Providers holds every PCI DSS v4.0.1 requirement except 12.3.2, plus Appendices A1 and A2', () => {
    const all = ids('D-SP');
    expect(all.filter((id) => !id.startsWith('A'))).toHaveLength(249);
    expect(all).not.toContain('12.3.2'); // customized approach: not usable in an SAQ
    expect(all).toContain('9.5.1.2.1'); // the one five-level number
    expect(all.filter((id) => id.startsWith('A1'))).toHaveLength(7);
    expect(all.filter((id) => id.startsWith('A2'))).toEqual(['A2.1.1', 'A2.1.2', 'A2.1.3']);
    expect(saqCatalog.get('D-SP').definition.principal_requirements.map((g) => g.number)).toEqual([
      ...Array.from({ length: 12 }, (_, i) => String(i + 1)),
      'A1',
      'A2',
    ]);
  });

  it('SAQ D for Merchants is SAQ D for Service Providers without the service-provider-only requirements', () => {
    const sp = ids('D-SP');
    const merchant = ids('D-Merchant');
    expect(merchant).toEqual(sp.filter((id) => !SERVICE_PROVIDER_ONLY.includes(id) && !id.startsWith('A1')));
  });

  it('every type only holds requirements that exist, and merchant types only merchant requirements', () => {
    const everything = new Set(ids('D-SP'));
    const merchant = new Set(ids('D-Merchant'));
    for (const type of SAQ_TYPES) {
      for (const id of ids(type)) expect(everything.has(id)).toBe(true);
      if (saqCatalog.get(type).definition.applies_to === 'merchant')
        for (const id of ids(type))
          expect({ type, id, inMerchantD: merchant.has(id) }).toMatchObject({ inMerchantD: true });
    }
  });

  it('a requirement has the same wording in every file that holds it', () => {
    const wording = new Map<string, string>();
    for (const entry of saqCatalog.all())
      for (const r of entry.requirements) {
        if (wording.has(r.id)) expect({ id: r.id, text: r.text }).toEqual({ id: r.id, text: wording.get(r.id) });
        wording.set(r.id, r.text);
      }
  });

  it('counts are plausible: SAQ A is far shorter than SAQ D, the shortest SAQs are the no-technology ones', () => {
    const n = Object.fromEntries(SAQ_TYPES.map((t) => [t, ids(t).length])) as Record<SaqType, number>;
    expect(n).toEqual({
      A: 27,
      'A-EP': 155,
      B: 29,
      'B-IP': 51,
      C: 151,
      'C-VT': 57,
      'D-Merchant': 233,
      'D-SP': 259,
      P2PE: 21,
      SPoC: 28,
    });
    expect(n.A * 5).toBeLessThan(n['D-Merchant']);
    expect(n['A-EP']).toBeLessThan(n['D-Merchant']);
    expect(n['D-Merchant']).toBeLessThan(n['D-SP']);
    expect(Math.min(...Object.values(n))).toBe(n.P2PE);
    for (const type of SAQ_TYPES) expect(saqCatalog.get(type).definition.requirement_count).toBe(n[type]);
  });

  it('the README documents the same count for every file', () => {
    const readme = fs.readFileSync(path.join(DATA_DIR, 'README.md'), 'utf8');
    for (const type of SAQ_TYPES) {
      const row = new RegExp(`\\|\\s*\`[^\`]+\`\\s*\\|\\s*${type}\\s*\\|\\s*(\\d+)\\s*\\|`).exec(readme);
      expect({ type, count: row && Number(row[1]) }).toEqual({ type, count: ids(type).length });
    }
  });

  it('11.3.2 and 11.3.2.1 carry the ASV flag; the types with 11.3.2 are the ones with Internet-facing systems', () => {
    const withScan = SAQ_TYPES.filter((t) => saqCatalog.get(t).needsAsvScan);
    expect(withScan).toEqual(['A', 'A-EP', 'B-IP', 'C', 'D-Merchant', 'D-SP']);
    for (const entry of saqCatalog.all())
      for (const r of entry.requirements)
        expect({ id: r.id, asv: !!r.asv_scan }).toEqual({ id: r.id, asv: r.id.startsWith('11.3.2') });
  });

  it('Not Tested exists only in SAQ D; SAQ A after v4.0.1 r1 no longer holds 6.4.3 and 11.6.1, SAQ A-EP does', () => {
    for (const type of SAQ_TYPES)
      expect(saqCatalog.get(type).definition.responses.includes('not_tested')).toBe(type.startsWith('D-'));
    expect(ids('A')).not.toEqual(expect.arrayContaining(['6.4.3']));
    expect(ids('A')).not.toContain('11.6.1');
    expect(ids('A-EP')).toEqual(expect.arrayContaining(['6.4.3', '11.6.1', '12.3.1']));
    expect(saqCatalog.get('A').definition.eligibility.map((c) => c.id)).toContain('no_script_exposure');
  });

  it('the checker rejects malformed files', () => {
    const dup = clone('A');
    dup.principal_requirements[0].requirements.push({ ...dup.principal_requirements[0].requirements[0] });
    expect(checkSaqTypeFile(dup).join('\n')).toMatch(/2\.2\.2 appears twice/);

    const misfiled = clone('A');
    misfiled.principal_requirements[0].requirements[0].id = '3.9.9';
    expect(checkSaqTypeFile(misfiled).join('\n')).toMatch(/3\.9\.9 is filed under principal requirement 2/);

    const bad = clone('B');
    bad.principal_requirements[0].requirements[0].id = '3.1';
    expect(checkSaqTypeFile(bad).join('\n')).toMatch(/"3\.1" is not a PCI DSS number/);

    const noFlag = clone('A');
    delete noFlag.principal_requirements.find((g) => g.number === '11')!.requirements[0].asv_scan;
    expect(checkSaqTypeFile(noFlag).join('\n')).toMatch(/11\.3\.2 must be flagged asv_scan/);

    const notTested = clone('A');
    notTested.responses.push('not_tested');
    expect(checkSaqTypeFile(notTested).join('\n')).toMatch(/not_tested is offered by SAQ D/);

    const count = clone('P2PE');
    count.requirement_count = 99;
    expect(checkSaqTypeFile(count).join('\n')).toMatch(/requirement_count says 99, the file lists 21/);

    const order = clone('C');
    order.principal_requirements.reverse();
    expect(checkSaqTypeFile(order).join('\n')).toMatch(/out of order/);
  });
});
