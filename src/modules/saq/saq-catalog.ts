import saqA from './data/saq-a.json';
import saqAEp from './data/saq-a-ep.json';
import saqB from './data/saq-b.json';
import saqBIp from './data/saq-b-ip.json';
import saqC from './data/saq-c.json';
import saqCVt from './data/saq-c-vt.json';
import saqDMerchant from './data/saq-d-merchant.json';
import saqDSp from './data/saq-d-sp.json';
import saqP2pe from './data/saq-p2pe.json';
import saqSpoc from './data/saq-spoc.json';

/** The SAQ types of PCI DSS v4.0.1, by the names API.md fixes. */
export const SAQ_TYPES = ['A', 'A-EP', 'B', 'B-IP', 'C', 'C-VT', 'D-Merchant', 'D-SP', 'P2PE', 'SPoC'] as const;
export type SaqType = (typeof SAQ_TYPES)[number];

/** Requirement responses of the v4.0.1 SAQs (In Place with Remediation was removed in v4.0 revision 1). */
export const SAQ_RESPONSES = ['in_place', 'in_place_ccw', 'not_applicable', 'not_tested', 'not_in_place'] as const;
export type SaqResponse = (typeof SAQ_RESPONSES)[number];

export const SAQ_CHANNELS = ['ecommerce', 'moto', 'card_present'] as const;
export type SaqChannel = (typeof SAQ_CHANNELS)[number];

export interface SaqRequirement {
  /** PCI DSS number, e.g. `11.3.2` or `A2.1.1`. */
  id: string;
  /** This product's own short wording of what is asked. */
  text: string;
  /** Needs the quarterly external scan by a PCI SSC Approved Scanning Vendor (11.3.2 and its sub-requirements). */
  asv_scan?: boolean;
  /** SAQ-specific scope hint. */
  note?: string;
}

export interface SaqPrincipalRequirement {
  /** `1`…`12`, `A1`, `A2`. */
  number: string;
  title: string;
  requirements: SaqRequirement[];
}

export interface SaqTypeDefinition {
  type: SaqType;
  name: string;
  title: string;
  audience: string;
  applies_to: 'merchant' | 'service_provider';
  channels: SaqChannel[];
  pci_dss_version: string;
  source: { document: string; revision: string; published: string; file: string; url: string };
  /** `transcribed` from the SAQ text, or `derived` (see data/README.md). */
  provenance: 'transcribed' | 'derived';
  provenance_note: string;
  eligibility: { id: string; text: string }[];
  responses: SaqResponse[];
  scope_notes?: string[];
  requirement_count: number;
  principal_requirements: SaqPrincipalRequirement[];
}

/** A loaded type with lookups. */
export interface SaqTypeEntry {
  definition: SaqTypeDefinition;
  /** Every requirement in questionnaire order. */
  requirements: SaqRequirement[];
  byId: Map<string, SaqRequirement & { principal: string }>;
  /** Whether the type contains 11.3.2 (quarterly ASV scans). */
  needsAsvScan: boolean;
}

const ID_RE = /^(?:[1-9]|1[0-2])(?:\.\d{1,2}){2,4}$|^A[1-3](?:\.\d{1,2}){2,3}$/;
const PRINCIPALS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', 'A1', 'A2', 'A3'];
const REQUIRED_RESPONSES: SaqResponse[] = ['in_place', 'in_place_ccw', 'not_applicable', 'not_in_place'];
/** Only SAQ D lets a requirement be excluded from the assessment ("partial" assessment). */
export const TYPES_WITH_NOT_TESTED: readonly SaqType[] = ['D-Merchant', 'D-SP'];

const principalOf = (id: string) => id.split('.')[0];

/** Compares PCI DSS numbers numerically, segment by segment (`1.2.10` after `1.2.9`, appendices last). */
export function compareRequirementIds(a: string, b: string): number {
  const key = (id: string) =>
    id.split('.').map((part, i) => (i === 0 && part.startsWith('A') ? 100 + Number(part.slice(1)) : Number(part)));
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const d = (ka[i] ?? -1) - (kb[i] ?? -1);
    if (d) return d;
  }
  return 0;
}

const isText = (v: unknown, max: number) => typeof v === 'string' && v.trim().length > 0 && v.length <= max;

/**
 * The problems of one data file (empty when it is well-formed): known type, well-formed and unique requirement ids in
 * questionnaire order, each under its own principal requirement, ASV flags on 11.3.2.x only, response options valid
 * for the type, a stated count that matches. Used at load and by the data schema test.
 */
export function checkSaqTypeFile(raw: unknown): string[] {
  const problems: string[] = [];
  const doc = raw as Partial<SaqTypeDefinition> | null;
  if (!doc || typeof doc !== 'object') return ['the file is not an object'];
  const where = `SAQ ${String(doc.type)}`;
  if (!SAQ_TYPES.includes(doc.type as SaqType)) problems.push(`${where}: unknown type`);
  for (const key of ['name', 'title', 'audience', 'provenance_note'] as const)
    if (!isText(doc[key], 1000)) problems.push(`${where}: ${key} must be a non-empty string`);
  if (doc.applies_to !== 'merchant' && doc.applies_to !== 'service_provider')
    problems.push(`${where}: applies_to must be merchant or service_provider`);
  if (doc.applies_to === 'service_provider' && doc.type !== 'D-SP')
    problems.push(`${where}: only D-SP applies to service providers`);
  if (!Array.isArray(doc.channels) || !doc.channels.length || doc.channels.some((c) => !SAQ_CHANNELS.includes(c)))
    problems.push(`${where}: channels must be a non-empty list of ${SAQ_CHANNELS.join(', ')}`);
  if (doc.pci_dss_version !== '4.0.1') problems.push(`${where}: pci_dss_version must be 4.0.1`);
  const src = doc.source;
  if (!src || !isText(src.document, 300) || !isText(src.published, 20) || !/^https:\/\//.test(String(src.url)))
    problems.push(`${where}: source needs document, published and an https url`);
  if (doc.provenance !== 'transcribed' && doc.provenance !== 'derived')
    problems.push(`${where}: provenance must be transcribed or derived`);
  const eligibility = Array.isArray(doc.eligibility) ? doc.eligibility : [];
  if (!eligibility.length) problems.push(`${where}: eligibility criteria are missing`);
  const criteria = new Set<string>();
  for (const c of eligibility) {
    if (!/^[a-z][a-z0-9_]*$/.test(String(c?.id)) || !isText(c?.text, 500))
      problems.push(`${where}: eligibility criterion ${JSON.stringify(c?.id)} needs an id and a text`);
    if (criteria.has(c?.id)) problems.push(`${where}: eligibility criterion ${c.id} appears twice`);
    criteria.add(c?.id);
  }
  const responses = Array.isArray(doc.responses) ? doc.responses : [];
  if (responses.some((r) => !SAQ_RESPONSES.includes(r)) || new Set(responses).size !== responses.length)
    problems.push(`${where}: responses must be distinct values of ${SAQ_RESPONSES.join(', ')}`);
  for (const r of REQUIRED_RESPONSES)
    if (!responses.includes(r)) problems.push(`${where}: responses must include ${r}`);
  if (responses.includes('not_tested') !== TYPES_WITH_NOT_TESTED.includes(doc.type as SaqType))
    problems.push(`${where}: not_tested is offered by SAQ D (Merchant and Service Provider) only`);

  const groups = Array.isArray(doc.principal_requirements) ? doc.principal_requirements : [];
  if (!groups.length) problems.push(`${where}: no requirements`);
  const seen = new Set<string>();
  let previousGroup = -1;
  let previousId: string | null = null;
  let count = 0;
  for (const group of groups) {
    const index = PRINCIPALS.indexOf(String(group?.number));
    if (index < 0) problems.push(`${where}: unknown principal requirement ${JSON.stringify(group?.number)}`);
    else if (index <= previousGroup)
      problems.push(`${where}: principal requirement ${group.number} is out of order or repeated`);
    previousGroup = Math.max(previousGroup, index);
    if (!isText(group?.title, 200)) problems.push(`${where}: principal requirement ${group?.number} needs a title`);
    const requirements = Array.isArray(group?.requirements) ? group.requirements : [];
    if (!requirements.length) problems.push(`${where}: principal requirement ${group?.number} is empty`);
    for (const r of requirements) {
      count++;
      const id = String(r?.id);
      if (!ID_RE.test(id)) problems.push(`${where}: requirement id ${JSON.stringify(r?.id)} is not a PCI DSS number`);
      else if (principalOf(id) !== String(group.number))
        problems.push(`${where}: requirement ${id} is filed under principal requirement ${group.number}`);
      if (seen.has(id)) problems.push(`${where}: requirement ${id} appears twice`);
      seen.add(id);
      if (previousId && ID_RE.test(id) && compareRequirementIds(previousId, id) >= 0)
        problems.push(`${where}: requirement ${id} is out of order (after ${previousId})`);
      previousId = id;
      if (!isText(r?.text, 400)) problems.push(`${where}: requirement ${id} needs a text of at most 400 characters`);
      const asv = id === '11.3.2' || id.startsWith('11.3.2.');
      if ((r?.asv_scan === true) !== asv)
        problems.push(`${where}: requirement ${id} ${asv ? 'must' : 'must not'} be flagged asv_scan`);
      if (r?.note !== undefined && !isText(r.note, 400)) problems.push(`${where}: requirement ${id} has an empty note`);
    }
  }
  if (doc.requirement_count !== count)
    problems.push(`${where}: requirement_count says ${doc.requirement_count}, the file lists ${count}`);
  return problems;
}

/** Every data file, as shipped. */
export const SAQ_DATA_FILES: Record<SaqType, unknown> = {
  A: saqA,
  'A-EP': saqAEp,
  B: saqB,
  'B-IP': saqBIp,
  C: saqC,
  'C-VT': saqCVt,
  'D-Merchant': saqDMerchant,
  'D-SP': saqDSp,
  P2PE: saqP2pe,
  SPoC: saqSpoc,
};

function load(): Map<SaqType, SaqTypeEntry> {
  const entries = new Map<SaqType, SaqTypeEntry>();
  const wording = new Map<string, string>();
  const problems: string[] = [];
  for (const type of SAQ_TYPES) {
    const raw = SAQ_DATA_FILES[type];
    const own = checkSaqTypeFile(raw);
    if ((raw as { type?: string }).type !== type) own.push(`data file for ${type} declares another type`);
    problems.push(...own);
    if (own.length) continue;
    const definition = raw as SaqTypeDefinition;
    const requirements = definition.principal_requirements.flatMap((g) => g.requirements);
    for (const r of requirements) {
      const before = wording.get(r.id);
      if (before !== undefined && before !== r.text)
        problems.push(`requirement ${r.id} is worded differently in ${type}`);
      wording.set(r.id, r.text);
    }
    entries.set(type, {
      definition,
      requirements,
      byId: new Map(
        definition.principal_requirements.flatMap((g) =>
          g.requirements.map((r) => [r.id, { ...r, principal: g.number }]),
        ),
      ),
      needsAsvScan: requirements.some((r) => r.id === '11.3.2'),
    });
  }
  if (problems.length) throw new Error(`SAQ data files are invalid:\n${problems.join('\n')}`);
  return entries;
}

const CATALOG = load();

export const saqCatalog = {
  get(type: SaqType): SaqTypeEntry {
    return CATALOG.get(type)!;
  },
  all(): SaqTypeEntry[] {
    return SAQ_TYPES.map((t) => CATALOG.get(t)!);
  },
  /** A type by its code, case-insensitively (`a-ep` finds `A-EP`); undefined when unknown. */
  find(code: string): SaqTypeEntry | undefined {
    const type = SAQ_TYPES.find((t) => t.toLowerCase() === code.toLowerCase());
    return type ? CATALOG.get(type) : undefined;
  },
};
