import type { FindingFacts } from '../grounding/finding-facts';
import { clean, type FieldName } from '../grounding/prompt';
import { redactSecrets } from '../grounding/redact';

/**
 * The answer without a language model: written from the check catalogue and the finding, for the few things people
 * ask about a finding. It says plainly that no model wrote it and how to connect one.
 */
export type Intent = 'what' | 'exploitable' | 'fix' | 'false_positive';

const INTENTS: Array<[Intent, RegExp]> = [
  [
    'false_positive',
    /false[\s-]*positive|not (?:really |actually )?(?:vulnerable|affected|an issue)|false alarm|wrong(?:ly)?|mistake|incorrect|dispute|backport|faux positif|falsch/i,
  ],
  [
    'exploitable',
    /exploit|attack|hack|danger|risk|serious|severe|urgent|priorit|impact|abuse|real (?:threat|issue)|should i worry|how bad/i,
  ],
  [
    'fix',
    /\bfix|remediat|mitigat|patch|resolv|solv|repair|upgrade|update|disable|harden|configur|prevent|close|correct|how (?:do|can|should|to)|what should i do|corriger|beheben/i,
  ],
  ['what', /what|explain|mean|describe|tell me|summar|why|which|qu'est|erkl/i],
];

export const OFFLINE_LABEL =
  '> **Offline answer**: written from the check catalogue and the scan data of this finding, not by a language model.';

export const CONNECT_HINT =
  '_To get answers from a language model, set `LLM_API_URL` (any OpenAI-compatible endpoint, e.g. Ollama at ' +
  '`http://127.0.0.1:11434/v1`), `LLM_MODEL` and, when the endpoint needs one, `LLM_API_KEY`, then restart the API._';

/** The intents a question shows, in the order the answer treats them; none recognised: an overview. */
export function intentsOf(question: string): Intent[] {
  const found = INTENTS.filter(([, re]) => re.test(question)).map(([intent]) => intent);
  const order: Intent[] = ['what', 'exploitable', 'fix', 'false_positive'];
  return found.length ? order.filter((i) => found.includes(i)) : ['what', 'exploitable', 'fix'];
}

export interface OfflineAnswer {
  content: string;
  citations: FieldName[];
  intents: Intent[];
}

export function offlineAnswer(f: FindingFacts, question: string): OfflineAnswer {
  const intents = intentsOf(question);
  const cited = new Set<FieldName>();
  const cite = (...names: FieldName[]) => {
    names.forEach((n) => cited.add(n));
    return names.map((n) => `[${n}]`).join(' ');
  };
  const where = `${f.hostname ?? f.host}${f.port ? `:${f.port}/${f.protocol ?? 'tcp'}` : ''}`;
  // Catalogue text is ours and reads as written; a finding's own text (an unknown check) is neutralised.
  const text = (ours: string | undefined, theirs: string) => (ours !== undefined ? prose(ours) : inline(theirs));
  const title = text(f.catalogue?.title, f.title);
  const description = text(f.catalogue?.description, f.description);
  const solution = text(f.catalogue?.solution, f.solution);
  const sections: string[] = [OFFLINE_LABEL, `**${title}** (${code(f.checkId)}) on ${code(where)}.`];

  if (intents.includes('what')) {
    sections.push(
      [
        '### What it is',
        `${description} ${cite('description')}`,
        '',
        `- Severity **${f.severity}**, CVSS ${f.cvssScore.toFixed(1)} (${code(f.cvssVector)}) ${cite('severity', 'cvss_vector')}`,
        ...(f.cve.length ? [`- ${f.cve.map(inline).join(', ')} ${cite('cve')}`] : []),
        ...(f.cwe.length ? [`- Weakness: ${f.cwe.map(inline).join(', ')} ${cite('cwe')}`] : []),
        `- Status **${f.status}**: first seen ${f.firstSeenAt}, last seen ${f.lastSeenAt}${f.fixedAt ? `, fixed ${f.fixedAt}` : ''} ${cite('status')}`,
        `- PCI ASV: **${f.pciStatus}**${f.pciReason ? ` (${inline(f.pciReason)})` : ''} ${cite('pci')}`,
        ...(f.exception
          ? [
              `- Exception: ${inline(f.exception.reason ?? 'unknown reason')}, ${inline(f.exception.status ?? '')} ${cite('exception')}`,
            ]
          : []),
        '',
        `What the scanner saw ${cite('evidence')}:`,
        codeBlock(f.evidence),
      ].join('\n'),
    );
  }

  if (intents.includes('exploitable')) {
    const lines = ['### Is it exploitable?', `${exploitability(f.cvssVector)} ${cite('cvss_vector')}`];
    if (/exploited in the wild|CISA KEV/i.test(description))
      lines.push(
        `The catalogue notes that this weakness **is exploited in the wild**: treat it as urgent. ${cite('description')}`,
      );
    lines.push(
      `With a CVSS score of ${f.cvssScore.toFixed(1)} it is rated **${f.severity}**; PCI ASV counts it as a **${f.pciStatus}** ${cite('cvss_score', 'pci')}.`,
      'The scanner observed the weakness; it did not try to exploit it. Whether an attacker can use it also depends on ' +
        'who can reach this port and on controls in front of it (firewalls, VPN, WAF).',
    );
    if (f.catalogue?.kind === 'rules') lines.push(backportNote());
    sections.push(lines.join('\n'));
  }

  if (intents.includes('fix')) {
    sections.push(
      [
        '### How to fix it',
        `${solution} ${cite('solution')}`,
        '',
        'Check the change from outside:',
        codeBlock(verifyCommand(f)),
        'The next scan marks the finding **fixed** when it no longer sees it on this port.',
      ].join('\n'),
    );
  }

  if (intents.includes('false_positive')) {
    const lines = [
      '### Could it be a false positive?',
      `The check decided from this observation ${cite('evidence')}:`,
      codeBlock(f.evidence),
      'Verify it by hand from a machine outside your network:',
      codeBlock(verifyCommand(f)),
    ];
    if (f.catalogue?.kind === 'rules') lines.push(backportNote());
    lines.push(
      'If it is a false positive, record an exception with reason `false_positive` and what your check showed ' +
        '(`POST /v2/exceptions`), so that lists, statistics and the PCI verdict leave it out once approved.',
    );
    sections.push(lines.join('\n'));
  }

  const refs = references(f);
  if (refs.length) sections.push(['### References', ...refs.map((r) => `- ${r}`)].join('\n'));
  sections.push(CONNECT_HINT);
  return { content: sections.join('\n\n'), citations: [...cited], intents };
}

const METRICS: Record<string, Record<string, string>> = {
  AV: {
    N: 'over the network',
    A: 'from the adjacent network only',
    L: 'with local access only',
    P: 'with physical access only',
  },
  AC: { L: 'with little effort (low attack complexity)', H: 'only under specific conditions (high attack complexity)' },
  PR: { N: 'without any account', L: 'with a low-privileged account', H: 'with an administrative account' },
  UI: { N: 'and without anyone else doing anything', R: 'but only if a user takes part (e.g. opens a link)' },
};
const IMPACT: Record<string, string> = { H: 'high', L: 'low', N: 'none' };

/** The CVSS base metrics in words. */
export function exploitability(vector: string): string {
  const m = Object.fromEntries(
    vector
      .split('/')
      .slice(1)
      .map((p) => p.split(':') as [string, string]),
  );
  const how = ['AV', 'AC', 'PR', 'UI'].map((k) => METRICS[k]?.[m[k]]).filter(Boolean);
  if (how.length < 4) return 'The CVSS vector of this finding cannot be read.';
  return (
    `An attacker can exploit it ${how.join(', ')}. ` +
    `Impact: confidentiality ${IMPACT[m.C] ?? '?'}, integrity ${IMPACT[m.I] ?? '?'}, availability ${IMPACT[m.A] ?? '?'}` +
    `${m.S === 'C' ? ', and it can affect components beyond the vulnerable one (scope changed)' : ''}.`
  );
}

function backportNote(): string {
  return (
    'This finding comes from the software version the service announces. Linux distributions often fix ' +
    'vulnerabilities without changing that version (backports): compare with the changelog of the installed package.'
  );
}

/** A command that shows, from outside, whether the weakness is still there. */
function verifyCommand(f: FindingFacts): string {
  const host = f.hostname ?? f.host;
  const port = f.port ?? 443;
  const target = host.includes(':') ? `[${host}]` : host;
  const id = f.checkId;
  const tls = f.service?.tls || /^tls\./.test(id) || port === 443;
  if (id.startsWith('http.trace')) return `curl -si -X TRACE ${tls ? 'https' : 'http'}://${target}:${port}/ | head -1`;
  if (id.startsWith('http.directory'))
    return `curl -s ${tls ? 'https' : 'http'}://${target}:${port}/ | grep -i "index of"`;
  if (id.startsWith('http.')) return `curl -sI ${tls ? 'https' : 'http'}://${target}:${port}/`;
  const protocolFlag: Record<string, string> = {
    'tls.weak-protocol-ssl3': '-ssl3',
    'tls.weak-protocol-tls10': '-tls1',
    'tls.weak-protocol-tls11': '-tls1_1',
  };
  if (protocolFlag[id])
    return `openssl s_client -connect ${target}:${port} ${protocolFlag[id]} </dev/null  # a completed handshake means still enabled`;
  if (id === 'tls.weak-cipher')
    return `openssl s_client -connect ${target}:${port} -cipher 'RC4:3DES:DES:NULL:EXPORT' </dev/null`;
  if (id === 'tls.anonymous-cipher') return `openssl s_client -connect ${target}:${port} -cipher 'aNULL' </dev/null`;
  if (id.startsWith('tls.'))
    return (
      `openssl s_client -connect ${target}:${port} -servername ${host} </dev/null 2>/dev/null ` +
      '| openssl x509 -noout -subject -issuer -dates'
    );
  if (id === 'redis.no-authentication') return `redis-cli -h ${host} -p ${port} PING  # NOAUTH means fixed`;
  if (id === 'ftp.anonymous-login')
    return `curl -s ftp://${target}:${port}/ --user anonymous:guest  # refused means fixed`;
  if (f.port)
    return `nc -vz -w 5 ${host} ${f.port}  # from outside your network: refused or timed out means not exposed`;
  return `nmap -Pn ${host}`;
}

function references(f: FindingFacts): string[] {
  const refs: string[] = [];
  for (const cve of f.cve.filter((id) => /^CVE-\d{4}-\d{4,}$/.test(id)))
    refs.push(`${cve}: https://www.cve.org/CVERecord?id=${cve} and https://nvd.nist.gov/vuln/detail/${cve}`);
  for (const cwe of f.cwe.filter((id) => /^CWE-\d{1,5}$/.test(id)))
    refs.push(`${cwe}: https://cwe.mitre.org/data/definitions/${cwe.slice(4)}.html`);
  if (/^CVSS:3\.[01]\//.test(f.cvssVector) && !/[^A-Za-z0-9:./]/.test(f.cvssVector))
    refs.push(`CVSS vector: https://www.first.org/cvss/calculator/3.1#${f.cvssVector}`);
  return refs;
}

/** Catalogue text on one line. */
const prose = (text: string) => clean(text).replace(/\s+/g, ' ').trim();

/** Text from a finding inside Markdown prose: one line, no formatting characters that would change the answer. */
function inline(text: string): string {
  return prose(redactSecrets(text)).replace(/[`*_[\]<>|]/g, (c) => `\\${c}`);
}

/** A short code span: backticks dropped (ids, addresses, vectors have none). */
const code = (text: string) =>
  `\`${clean(redactSecrets(text))
    .replace(/[`\s]+/g, ' ')
    .trim()}\``;

/** A fenced block longer than any run of backticks in the text, so the text cannot end it. */
function codeBlock(text: string): string {
  const body = clean(redactSecrets(text)).trim() || '(nothing recorded)';
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${body}\n${fence}`;
}
