import type { Severity } from '../scan-engine';

/**
 * CVSS v3.1 base score calculator (FIRST specification, section 7 and Appendix A).
 * Only base metrics count; temporal/environmental metrics in a vector are accepted and ignored.
 */
const WEIGHTS = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 },
} as const;
/** Privileges Required weighs more when the scope changes. */
const PR_WEIGHTS = { U: { N: 0.85, L: 0.62, H: 0.27 }, C: { N: 0.85, L: 0.68, H: 0.5 } } as const;
const BASE_METRICS = ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'] as const;
const ALLOWED: Record<(typeof BASE_METRICS)[number], string[]> = {
  AV: ['N', 'A', 'L', 'P'],
  AC: ['L', 'H'],
  PR: ['N', 'L', 'H'],
  UI: ['N', 'R'],
  S: ['U', 'C'],
  C: ['H', 'L', 'N'],
  I: ['H', 'L', 'N'],
  A: ['H', 'L', 'N'],
};

export class InvalidCvssVector extends Error {
  constructor(vector: string, why: string) {
    super(`Invalid CVSS v3 vector "${vector}": ${why}`);
  }
}

/** Smallest number with one decimal that is ≥ the input, free of floating-point noise (spec Appendix A). */
function roundUp(value: number): number {
  const integer = Math.round(value * 100000);
  return integer % 10000 === 0 ? integer / 100000 : (Math.floor(integer / 10000) + 1) / 10;
}

export function parseCvssVector(vector: string): Record<(typeof BASE_METRICS)[number], string> {
  const parts = vector.split('/');
  if (parts[0] !== 'CVSS:3.1' && parts[0] !== 'CVSS:3.0')
    throw new InvalidCvssVector(vector, 'must start with CVSS:3.1/');
  const metrics: Record<string, string> = {};
  for (const part of parts.slice(1)) {
    const [key, value, extra] = part.split(':');
    if (!key || !value || extra !== undefined) throw new InvalidCvssVector(vector, `malformed metric "${part}"`);
    if (key in metrics) throw new InvalidCvssVector(vector, `metric ${key} repeated`);
    metrics[key] = value;
  }
  for (const metric of BASE_METRICS) {
    const value = metrics[metric];
    if (value === undefined) throw new InvalidCvssVector(vector, `base metric ${metric} missing`);
    if (!ALLOWED[metric].includes(value))
      throw new InvalidCvssVector(vector, `${metric}:${value} is not a valid value`);
  }
  return metrics as Record<(typeof BASE_METRICS)[number], string>;
}

export function cvssBaseScore(vector: string): number {
  const m = parseCvssVector(vector);
  const scopeChanged = m.S === 'C';
  const iss = 1 - (1 - WEIGHTS.C[m.C as 'H']) * (1 - WEIGHTS.I[m.I as 'H']) * (1 - WEIGHTS.A[m.A as 'H']);
  const impact = scopeChanged ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
  const exploitability =
    8.22 *
    WEIGHTS.AV[m.AV as 'N'] *
    WEIGHTS.AC[m.AC as 'L'] *
    PR_WEIGHTS[m.S as 'U'][m.PR as 'N'] *
    WEIGHTS.UI[m.UI as 'N'];
  if (impact <= 0) return 0;
  return scopeChanged
    ? roundUp(Math.min(1.08 * (impact + exploitability), 10))
    : roundUp(Math.min(impact + exploitability, 10));
}

/** CVSS v3.x qualitative rating; "None" (0.0) is our `info`. */
export function severityOfScore(score: number): Severity {
  if (score === 0) return 'info';
  if (score < 4) return 'low';
  if (score < 7) return 'medium';
  if (score < 9) return 'high';
  return 'critical';
}
