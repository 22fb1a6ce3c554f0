import type { SaqResponse, SaqTypeEntry } from './saq-catalog';

/** The Compensating Controls Worksheet fields an In Place with CCW answer must fill (SAQ Appendix B). */
export const CCW_FIELDS = [
  'constraints',
  'objective',
  'identified_risk',
  'definition',
  'validation',
  'maintenance',
] as const;
export type CcwField = (typeof CCW_FIELDS)[number];
export type CcwWorksheet = Record<CcwField, string>;

export const CCW_LABELS: Record<CcwField, string> = {
  constraints: 'Constraints',
  objective: 'Objective',
  identified_risk: 'Identified risk',
  definition: 'Definition of compensating controls',
  validation: 'Validation of compensating controls',
  maintenance: 'Maintenance',
};

/** One stored answer. */
export interface SaqAnswer {
  response: SaqResponse;
  /** Reason (Not Applicable, Not Tested), legal restriction (Not in Place, legal exception), or a free comment. */
  explanation: string | null;
  ccw: CcwWorksheet | null;
  /** Target date to have a Not in Place requirement in place (YYYY-MM-DD). */
  remediation_date: string | null;
  /** Not in Place because a law or regulation forbids meeting the requirement. */
  legal_exception: boolean;
  answered_at: string;
  answered_by: string | null;
}

export type SaqAnswers = Record<string, SaqAnswer>;
export type AnswerInput = Pick<SaqAnswer, 'response' | 'explanation' | 'ccw' | 'remediation_date' | 'legal_exception'>;

/**
 * The AOC's overall result (Part 3):
 * - `compliant`: every requirement answered, each In Place, In Place with CCW or Not Applicable (SAQ D: Not Tested
 *   requirements are excepted and make the assessment "partial");
 * - `compliant_with_legal_exception`: as compliant, except requirements Not in Place because a legal restriction
 *   prevents meeting them;
 * - `non_compliant`: any requirement unanswered, or Not in Place for another reason.
 */
export const SAQ_STATUSES = ['compliant', 'non_compliant', 'compliant_with_legal_exception'] as const;
export type SaqStatus = (typeof SAQ_STATUSES)[number];

export const MAX_TEXT = 4000;
const ANSWER_KEYS = new Set(['response', 'explanation', 'ccw', 'remediation_date', 'legal_exception']);
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' &&
  DATE_RE.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && !v.trim());

/**
 * Checks a partial set of answers (`{"<requirement id>": {...} | null}`) against a type. Every problem is reported
 * with the field it concerns (`saq.answers[6.4.3].explanation ...`); `null` removes an answer.
 */
export function checkAnswerChanges(
  entry: SaqTypeEntry,
  input: unknown,
  field = 'saq.answers',
): { changes: Map<string, AnswerInput | null>; problems: string[] } {
  const changes = new Map<string, AnswerInput | null>();
  const problems: string[] = [];
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return { changes, problems: [`${field} must be an object keyed by requirement id`] };
  }
  const { definition } = entry;
  for (const [id, value] of Object.entries(input as Record<string, unknown>)) {
    if (problems.length >= 50) break;
    const at = `${field}[${id.length > 20 ? `${id.slice(0, 20)}…` : id}]`;
    if (!entry.byId.has(id)) {
      problems.push(`${at} is not a requirement of ${definition.name}`);
      continue;
    }
    if (value === null) {
      changes.set(id, null);
      continue;
    }
    if (typeof value !== 'object' || Array.isArray(value)) {
      problems.push(`${at} must be an object with a response, or null to clear the answer`);
      continue;
    }
    const raw = value as Record<string, unknown>;
    const before = problems.length;
    for (const key of Object.keys(raw)) if (!ANSWER_KEYS.has(key)) problems.push(`${at}.${key} is not a known field`);
    const response = raw.response;
    if (typeof response !== 'string' || !(definition.responses as string[]).includes(response)) {
      problems.push(
        `${at}.response must be one of ${definition.responses.join(', ')} (the options of ${definition.name})`,
      );
      continue;
    }
    const explanation = raw.explanation;
    if (
      explanation !== undefined &&
      explanation !== null &&
      (typeof explanation !== 'string' || explanation.length > MAX_TEXT)
    )
      problems.push(`${at}.explanation must be a string of at most ${MAX_TEXT} characters`);
    const legal = raw.legal_exception;
    if (legal !== undefined && legal !== null && typeof legal !== 'boolean')
      problems.push(`${at}.legal_exception must be a boolean`);
    const remediation = raw.remediation_date;
    if (remediation !== undefined && remediation !== null && !isIsoDate(remediation))
      problems.push(`${at}.remediation_date must be a date (YYYY-MM-DD)`);
    const ccw = raw.ccw;
    let worksheet: CcwWorksheet | null = null;
    if (ccw !== undefined && ccw !== null) {
      if (typeof ccw !== 'object' || Array.isArray(ccw)) problems.push(`${at}.ccw must be an object`);
      else {
        const sheet = ccw as Record<string, unknown>;
        for (const key of Object.keys(sheet))
          if (!(CCW_FIELDS as readonly string[]).includes(key)) problems.push(`${at}.ccw.${key} is not a known field`);
        for (const key of CCW_FIELDS) {
          const v = sheet[key];
          if (blank(v)) problems.push(`${at}.ccw.${key} is required for in_place_ccw (${CCW_LABELS[key]})`);
          else if (typeof v !== 'string' || v.length > MAX_TEXT)
            problems.push(`${at}.ccw.${key} must be a string of at most ${MAX_TEXT} characters`);
        }
        worksheet = Object.fromEntries(CCW_FIELDS.map((k) => [k, String(sheet[k] ?? '').trim()])) as CcwWorksheet;
      }
    }

    // What each response needs, and what it must not carry.
    if (response === 'in_place_ccw' && (ccw === undefined || ccw === null))
      problems.push(`${at}.ccw is required for in_place_ccw: ${CCW_FIELDS.join(', ')}`);
    if (response !== 'in_place_ccw' && ccw !== undefined && ccw !== null)
      problems.push(`${at}.ccw is only for in_place_ccw`);
    if ((response === 'not_applicable' || response === 'not_tested') && blank(explanation))
      problems.push(`${at}.explanation is required for ${response}: say why`);
    if (response !== 'not_in_place' && legal === true) problems.push(`${at}.legal_exception is only for not_in_place`);
    if (response !== 'not_in_place' && !blank(remediation))
      problems.push(`${at}.remediation_date is only for not_in_place`);
    if (response === 'not_in_place') {
      if (legal === true && blank(explanation))
        problems.push(`${at}.explanation is required for a legal exception: describe the legal restriction`);
      if (legal !== true && blank(remediation))
        problems.push(`${at}.remediation_date is required for not_in_place: the target date to have it in place`);
    }
    if (problems.length > before) continue;
    changes.set(id, {
      response: response as SaqResponse,
      explanation: blank(explanation) ? null : (explanation as string).trim(),
      ccw: worksheet,
      remediation_date: response === 'not_in_place' && legal !== true ? (remediation as string) : null,
      legal_exception: response === 'not_in_place' && legal === true,
    });
  }
  return { changes, problems };
}

/** Answers after applying checked changes (`null` removes); unchanged answers keep who answered them and when. */
export function applyAnswerChanges(
  answers: SaqAnswers,
  changes: Map<string, AnswerInput | null>,
  userId: string | null,
  now: Date,
): SaqAnswers {
  const next: SaqAnswers = { ...answers };
  for (const [id, change] of changes) {
    if (change === null) delete next[id];
    else next[id] = { ...change, answered_at: now.toISOString(), answered_by: userId };
  }
  return next;
}

export interface SaqSummary {
  total: number;
  answered: number;
  /** Whole percent; 100 only when every requirement is answered. */
  progress: number;
  counts: Record<SaqResponse, number>;
  unanswered: string[];
  status: SaqStatus;
  /** SAQ D with Not Tested answers: a partial assessment. */
  partial: boolean;
  /** Requirements Not in Place because of a legal restriction. */
  legalExceptions: string[];
}

export function summarize(entry: SaqTypeEntry, answers: SaqAnswers): SaqSummary {
  const counts: Record<SaqResponse, number> = {
    in_place: 0,
    in_place_ccw: 0,
    not_applicable: 0,
    not_tested: 0,
    not_in_place: 0,
  };
  const unanswered: string[] = [];
  const legalExceptions: string[] = [];
  let failing = 0;
  for (const { id } of entry.requirements) {
    const answer = answers[id];
    if (!answer) {
      unanswered.push(id);
      continue;
    }
    counts[answer.response]++;
    if (answer.response === 'not_in_place') {
      if (answer.legal_exception) legalExceptions.push(id);
      else failing++;
    }
  }
  const total = entry.requirements.length;
  const answered = total - unanswered.length;
  const status: SaqStatus =
    unanswered.length || failing
      ? 'non_compliant'
      : legalExceptions.length
        ? 'compliant_with_legal_exception'
        : 'compliant';
  return {
    total,
    answered,
    progress: total ? Math.floor((answered * 100) / total) : 100,
    counts,
    unanswered,
    status,
    partial: counts.not_tested > 0,
    legalExceptions,
  };
}
