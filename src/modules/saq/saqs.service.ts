import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, Not } from 'typeorm';
import type { AuthContext } from '../../common/auth/auth-context';
import { TwoFactorStatusSource } from '../../common/auth/auth.ports';
import { AppError, Conflict, ParameterError, RecordNotFound } from '../../common/errors/app-error';
import { paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import { TenantScope } from '../../common/tenancy/tenant-scope';
import { EventsService } from '../../events/events.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { ReportsService } from '../reports/reports.service';
import { ScansService } from '../scans/scans.service';
import type {
  AssessmentPeriodDto,
  AttestationDto,
  CloneSaqDto,
  CreateSaqDto,
  SaqPart1Dto,
  SaqPart2Dto,
  UpdateSaqDto,
} from './dto/saq.dto';
import {
  applyAnswerChanges,
  checkAnswerChanges,
  isIsoDate,
  SAQ_STATUSES,
  summarize,
  type SaqAnswers,
  type SaqSummary,
} from './saq-answers';
import { SAQ_TYPES, saqCatalog, type SaqChannel, type SaqType, type SaqTypeEntry } from './saq-catalog';
import { SAQ_APPROVED } from './saq.events';
import { Saq, type SaqAsvEvidence, type SaqPart1, type SaqPart2 } from './saq.entity';
import type { SaqView } from './saq.presenter';

/** An ASV scan is evidence for 11.3.2 for this long after it completed (quarterly scanning, PCI DSS 11.3.2). */
export const ASV_EVIDENCE_DAYS = 90;
const DAY_MS = 86_400_000;

export const SAQ_LIST_SPEC: ListSpec = {
  columns: {
    type: { sql: 's.type', type: 'enum', values: SAQ_TYPES },
    state: { sql: 's.state', type: 'enum', values: ['draft', 'approved'] },
    status: { sql: 's.status', type: 'enum', values: SAQ_STATUSES },
    progress: { sql: 's.progress', type: 'number' },
    template: { sql: 's.is_template', type: 'boolean' },
    period_start: { sql: 's.period_start', type: 'date' },
    period_end: { sql: 's.period_end', type: 'date' },
    approved_at: { sql: 's.approved_at', type: 'date' },
    expires_at: { sql: 's.expires_at', type: 'date' },
    organization_id: { sql: 's.organization_id', type: 'uuid' },
    created_by: { sql: 's.created_by', type: 'uuid' },
    approved_by: { sql: 's.approved_by', type: 'uuid' },
    cloned_from_id: { sql: 's.cloned_from_id', type: 'uuid' },
    created_at: { sql: 's.created_at', type: 'date' },
    updated_at: { sql: 's.updated_at', type: 'date' },
  },
  defaultSort: 'created_at:desc',
  search: ['type'],
  tieBreaker: 's.id',
};

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (day: string, days: number) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
function addYears(day: string, years: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return isoDay(d);
}
/** A year: from `start` to the day before its anniversary. */
const yearFrom = (start: string) => ({ start, end: addDays(addYears(start, 1), -1) });

const blankToNull = (v: string | null | undefined) =>
  v === undefined ? undefined : v === null || !v.trim() ? null : v.trim();

const EMPTY_PART1: SaqPart1 = {
  company_name: null,
  dba: null,
  mailing_address: null,
  website: null,
  contact_name: null,
  contact_title: null,
  contact_phone: null,
  contact_email: null,
  isa_names: null,
  qsa_company: null,
  qsa_lead_assessor: null,
};

function emptyPart2(entry: SaqTypeEntry): SaqPart2 {
  const channels = entry.definition.channels;
  return {
    business_description: null,
    // A single-channel type says which channel it assesses; others start empty.
    payment_channels: channels.length === 1 ? [...channels] : [],
    excluded_channels_explanation: null,
    channel_description: null,
    environment_description: null,
    segmentation_used: null,
    locations: [],
    service_providers: [],
    eligibility_confirmed: false,
  };
}

@Injectable()
export class SaqsService {
  constructor(
    @InjectTenantRepository(Saq) private readonly saqs: TenantRepository<Saq>,
    private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly organizations: OrganizationsService,
    private readonly scans: ScansService,
    private readonly reports: ReportsService,
    private readonly twoFactor: TwoFactorStatusSource,
  ) {}

  list(scope: TenantScope, query: ListQuery) {
    return paginate(this.saqs.query(scope, 's'), query, SAQ_LIST_SPEC);
  }

  get(scope: TenantScope, id: string): Promise<Saq> {
    return this.saqs.get(scope, id);
  }

  async create(auth: AuthContext, input: CreateSaqDto): Promise<Saq> {
    const entry = saqCatalog.get(input.type as SaqType);
    const organizationId = await this.organizations.owningOrganization(
      auth.tenant,
      input.organization_id,
      'saq.organization_id',
    );
    const organization = await this.organizations.get(auth.tenant, organizationId);
    const scope = TenantScope.of(organizationId);
    const template = await this.saqs.findOne(scope, { type: entry.definition.type, isTemplate: true });
    const problems: string[] = [];
    const period =
      this.period(input.assessment_period, 'saq.assessment_period', problems) ?? yearFrom(isoDay(new Date()));
    let answers: SaqAnswers = template ? { ...template.answers } : {};
    if (input.answers !== undefined) {
      const checked = checkAnswerChanges(entry, input.answers);
      problems.push(...checked.problems);
      answers = applyAnswerChanges(answers, checked.changes, auth.user.id, new Date());
    }
    if (problems.length) throw new ParameterError(problems);
    const addressParts = [organization.address, organization.city, organization.state, organization.zipcode]
      .concat(organization.country)
      .filter((p): p is string => !!p && !!p.trim());
    const part1: SaqPart1 = mergePart1(
      {
        ...EMPTY_PART1,
        company_name: organization.companyName ?? organization.name,
        mailing_address: addressParts.length ? addressParts.join(', ') : null,
        website: organization.website,
        contact_name: organization.contactName,
        contact_title: organization.contactTitle,
        contact_phone: organization.contactPhone ?? organization.phone,
        contact_email: organization.contactEmail ?? organization.email,
      },
      input.part1,
    );
    const base = template ? { ...template.part2, eligibility_confirmed: false } : emptyPart2(entry);
    const row = this.saqs.create({
      organizationId,
      type: entry.definition.type,
      state: 'draft',
      periodStart: period.start,
      periodEnd: period.end,
      part1,
      part2: mergePart2(base, input.part2),
      answers,
      isTemplate: false,
      clonedFromId: null,
      createdBy: auth.user.id,
    });
    applySummary(row, summarize(entry, answers));
    return this.saqs.save(auth.tenant, row);
  }

  /** Saves answers and Part 1/2 changes partially; any problem is a 422 and nothing changes. */
  async update(auth: AuthContext, id: string, input: UpdateSaqDto): Promise<Saq> {
    return this.dataSource.transaction(async (tx) => {
      const saqs = this.saqs.in(tx);
      const row = await this.lockDraft(tx, auth.tenant, id);
      const entry = saqCatalog.get(row.type);
      const problems: string[] = [];
      const period = this.period(input.assessment_period, 'saq.assessment_period', problems);
      let answers = row.answers;
      if (input.answers !== undefined) {
        const checked = checkAnswerChanges(entry, input.answers);
        problems.push(...checked.problems);
        answers = applyAnswerChanges(answers, checked.changes, auth.user.id, new Date());
      }
      if (problems.length) throw new ParameterError(problems);
      if (period) {
        row.periodStart = period.start;
        row.periodEnd = period.end;
      }
      row.answers = answers;
      row.part1 = mergePart1(row.part1, input.part1);
      row.part2 = mergePart2(row.part2, input.part2);
      applySummary(row, summarize(entry, answers));
      return saqs.save(auth.tenant, row);
    });
  }

  /** Drafts can be deleted; an approved SAQ is the record of an attestation and stays. */
  async remove(scope: TenantScope, id: string): Promise<void> {
    const row = await this.get(scope, id);
    if (row.state === 'approved')
      throw Conflict('An approved SAQ is the record of an attestation and cannot be deleted', 'saq.approved');
    await this.saqs.delete(scope, { id: row.id });
  }

  /**
   * Next year's questionnaire from an existing one: same type, its answers and Part 1/2 (eligibility to be confirmed
   * again), a new assessment period (default: the year after the source's), unapproved.
   */
  async clone(auth: AuthContext, id: string, input: CloneSaqDto | undefined): Promise<Saq> {
    const source = await this.get(auth.tenant, id);
    const entry = saqCatalog.get(source.type);
    const problems: string[] = [];
    const period =
      this.period(input?.assessment_period, 'saq.assessment_period', problems) ??
      yearFrom(addDays(source.periodEnd, 1));
    if (problems.length) throw new ParameterError(problems);
    const row = this.saqs.create({
      organizationId: source.organizationId,
      type: source.type,
      state: 'draft',
      periodStart: period.start,
      periodEnd: period.end,
      part1: { ...EMPTY_PART1, ...source.part1 },
      part2: { ...source.part2, eligibility_confirmed: false },
      answers: { ...source.answers },
      isTemplate: false,
      clonedFromId: source.id,
      createdBy: auth.user.id,
    });
    applySummary(row, summarize(entry, row.answers));
    return this.saqs.save(auth.tenant, row);
  }

  /** Makes the SAQ its organization's template for its type (the previous template of the type stops being one). */
  async makeTemplate(scope: TenantScope, id: string): Promise<Saq> {
    return this.dataSource.transaction(async (tx) => {
      const saqs = this.saqs.in(tx);
      const row = await this.lock(tx, scope, id);
      const own = TenantScope.of(row.organizationId);
      await saqs.update(own, { type: row.type, isTemplate: true, id: Not(row.id) }, { isTemplate: false });
      if (!row.isTemplate) await saqs.update(own, { id: row.id }, { isTemplate: true });
      row.isTemplate = true;
      return row;
    });
  }

  /**
   * The Admin's attestation (AOC Part 3). Checks, in order: the caller has a second factor at all (the route also
   * demands a fresh step-up), the SAQ is still a draft, every requirement is answered, eligibility is confirmed, a
   * compliant result on a type with 11.3.2 has a passing ASV scan within 90 days, a non-compliant one has a target
   * date. Approval, audit entry and `saq.approved` commit together.
   */
  async approve(auth: AuthContext, id: string, input: AttestationDto): Promise<Saq> {
    const draft = await this.get(auth.tenant, id);
    if (draft.state === 'approved') throw Conflict('The SAQ is already approved', 'saq.already_approved');
    const factors = await this.twoFactor.statusOf(auth.user.id);
    if (!factors.enabled) {
      throw AppError.of(
        403,
        'mfa.enrollment_required',
        'Attesting an SAQ needs a second factor: enroll one (PUT /v2/user/mfa/enable), then approve with a step-up token',
      );
    }
    const problems: string[] = [];
    if (!isIsoDate(input.date)) problems.push('attestation.date must be a valid date (YYYY-MM-DD)');
    else if (input.date > addDays(isoDay(new Date()), 1)) problems.push('attestation.date must not be in the future');
    if (input.target_date !== undefined && !isIsoDate(input.target_date))
      problems.push('attestation.target_date must be a valid date (YYYY-MM-DD)');
    if (problems.length) throw new ParameterError(problems);
    // Read outside the transaction: on the embedded database the scans module's reads cannot share it.
    const evidence = await this.liveEvidence(draft);

    return this.dataSource.transaction(async (tx) => {
      const row = await this.lockDraft(tx, auth.tenant, id, 'saq.already_approved');
      const entry = saqCatalog.get(row.type);
      const summary = summarize(entry, row.answers);
      const blockers = approvalBlockers(row, entry, summary, evidence);
      if (blockers.includes('unanswered_requirements')) {
        const list = summary.unanswered.slice(0, 10).join(', ');
        throw Conflict(
          `${summary.unanswered.length} requirement(s) are unanswered (${list}${summary.unanswered.length > 10 ? ', ...' : ''}): answer every requirement before approving`,
          'saq.incomplete',
        );
      }
      if (blockers.includes('eligibility_not_confirmed'))
        throw Conflict(
          `Confirm the eligibility criteria of ${entry.definition.name} first (part2.eligibility_confirmed)`,
          'saq.eligibility_not_confirmed',
        );
      if (blockers.includes('asv_scan_missing'))
        throw Conflict(
          `${entry.definition.name} includes requirement 11.3.2: approving it as ${summary.status} needs a passing PCI ASV scan completed in the last ${ASV_EVIDENCE_DAYS} days, and the organization has none. Run an external scan of the in-scope systems until its PCI result is pass, or answer 11.3.2 Not in Place.`,
          'saq.asv_scan_required',
        );
      if (summary.status === 'non_compliant' && !input.target_date)
        throw new ParameterError(['attestation.target_date is required: the result is non_compliant']);
      const now = new Date();
      row.state = 'approved';
      row.approvedAt = now;
      row.approvedBy = auth.user.id;
      row.attestation = {
        name: input.name.trim(),
        title: input.title.trim(),
        date: input.date,
        target_date: summary.status === 'non_compliant' ? (input.target_date ?? null) : null,
        user_id: auth.user.id,
        username: auth.user.username,
        approved_at: now.toISOString(),
      };
      row.asvEvidence = evidence;
      row.expiresAt = new Date(`${addYears(input.date, 1)}T00:00:00Z`);
      row.expiryReminderSentAt = null;
      applySummary(row, summary);
      const saved = await this.saqs.in(tx).save(auth.tenant, row);
      await this.events.publish(tx, SAQ_APPROVED, {
        organizationId: saved.organizationId,
        saqId: saved.id,
        type: saved.type,
        status: summary.status,
        approvedBy: auth.user.id,
        approvedAt: now.toISOString(),
      });
      return saved;
    });
  }

  /** What the API shows for SAQs: evidence (frozen or live) and blockers, with one scan lookup per organization. */
  async views(rows: Saq[], withAnswers: boolean): Promise<SaqView[]> {
    const live = new Map<string, Promise<SaqAsvEvidence | null>>();
    return Promise.all(
      rows.map(async (saq) => {
        const entry = saqCatalog.get(saq.type);
        let evidence = saq.asvEvidence;
        if (saq.state === 'draft' && entry.needsAsvScan) {
          if (!live.has(saq.organizationId)) live.set(saq.organizationId, this.liveEvidence(saq));
          evidence = await live.get(saq.organizationId)!;
        }
        const blockers = approvalBlockers(saq, entry, summarize(entry, saq.answers), evidence);
        return { saq, evidence, blockers, withAnswers };
      }),
    );
  }

  async view(saq: Saq): Promise<SaqView> {
    return (await this.views([saq], true))[0];
  }

  /** The organization's latest passing PCI ASV scan within 90 days, for a type that contains 11.3.2. */
  private async liveEvidence(saq: Saq): Promise<SaqAsvEvidence | null> {
    if (!saqCatalog.get(saq.type).needsAsvScan) return null;
    const since = new Date(Date.now() - ASV_EVIDENCE_DAYS * DAY_MS);
    const scope = TenantScope.of(saq.organizationId);
    const run = await this.scans.latestPciRun(scope, since);
    if (!run) return null;
    return {
      history_id: run.historyId,
      scan_id: run.scanId,
      scan_name: run.scanName,
      completed_at: run.completedAt.toISOString(),
      expires_at: new Date(run.completedAt.getTime() + ASV_EVIDENCE_DAYS * DAY_MS).toISOString(),
      status: 'pass',
      report_id: (await this.reports.latestPciAsvReportOf(scope, run))?.id ?? null,
    };
  }

  private async lock(tx: EntityManager, scope: TenantScope, id: string): Promise<Saq> {
    const row = await this.saqs
      .in(tx)
      .query(scope, 's')
      .where('s.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!row) throw new RecordNotFound();
    return row;
  }

  private async lockDraft(tx: EntityManager, scope: TenantScope, id: string, type = 'saq.approved'): Promise<Saq> {
    const row = await this.lock(tx, scope, id);
    if (row.state === 'approved') {
      throw Conflict(
        type === 'saq.already_approved'
          ? 'The SAQ is already approved'
          : 'The SAQ is approved and read-only: clone it to start the next one',
        type,
      );
    }
    return row;
  }

  private period(
    input: AssessmentPeriodDto | undefined,
    field: string,
    problems: string[],
  ): { start: string; end: string } | undefined {
    if (!input) return undefined;
    const before = problems.length;
    if (!isIsoDate(input.start)) problems.push(`${field}.start must be a valid date (YYYY-MM-DD)`);
    if (!isIsoDate(input.end)) problems.push(`${field}.end must be a valid date (YYYY-MM-DD)`);
    if (problems.length === before && input.end < input.start) problems.push(`${field}.end must not be before start`);
    if (problems.length === before && input.end > addYears(input.start, 2))
      problems.push(`${field} must not be longer than two years`);
    return problems.length === before ? { start: input.start, end: input.end } : undefined;
  }
}

/** The derived columns lists filter and sort on. */
function applySummary(row: Saq, summary: SaqSummary) {
  row.status = summary.status;
  row.progress = summary.progress;
  row.answeredCount = summary.answered;
  row.requirementCount = summary.total;
}

/**
 * What stops approval now. The ASV scan is needed when the type contains 11.3.2 and the answers would attest it
 * (in place, with or without CCW, or not yet answered); a merchant with nothing in scope answers 11.3.2 Not
 * Applicable, and a Not in Place answer makes the result non-compliant, which needs no scan.
 */
export function approvalBlockers(
  saq: Saq,
  entry: SaqTypeEntry,
  summary: SaqSummary,
  evidence: SaqAsvEvidence | null,
): string[] {
  if (saq.state === 'approved') return ['already_approved'];
  const blockers: string[] = [];
  if (summary.unanswered.length) blockers.push('unanswered_requirements');
  if (!saq.part2.eligibility_confirmed) blockers.push('eligibility_not_confirmed');
  const scan = saq.answers['11.3.2']?.response;
  const attestsScan = scan === undefined || scan === 'in_place' || scan === 'in_place_ccw';
  // Requirements Not in Place (other than legal exceptions) make the result non-compliant: no scan is attested then.
  const failing = summary.counts.not_in_place > summary.legalExceptions.length;
  if (entry.needsAsvScan && attestsScan && !failing && !evidence) blockers.push('asv_scan_missing');
  return blockers;
}

function mergePart1(current: SaqPart1, input: SaqPart1Dto | undefined): SaqPart1 {
  if (!input) return current;
  const next = { ...current };
  for (const key of Object.keys(EMPTY_PART1) as (keyof SaqPart1)[]) {
    const value = blankToNull(input[key]);
    if (value !== undefined) next[key] = value;
  }
  return next;
}

function mergePart2(current: SaqPart2, input: SaqPart2Dto | undefined): SaqPart2 {
  if (!input) return current;
  const next = { ...current };
  for (const key of [
    'business_description',
    'excluded_channels_explanation',
    'channel_description',
    'environment_description',
  ] as const) {
    const value = blankToNull(input[key]);
    if (value !== undefined) next[key] = value;
  }
  if (input.payment_channels !== undefined)
    next.payment_channels = [...new Set(input.payment_channels)] as SaqChannel[];
  if (input.segmentation_used !== undefined) next.segmentation_used = input.segmentation_used;
  if (input.locations !== undefined)
    next.locations = input.locations.map((l) => ({
      facility_type: l.facility_type.trim(),
      count: l.count,
      location: l.location.trim(),
    }));
  if (input.service_providers !== undefined)
    next.service_providers = input.service_providers.map((p) => ({ name: p.name.trim(), services: p.services.trim() }));
  if (input.eligibility_confirmed !== undefined) next.eligibility_confirmed = input.eligibility_confirmed;
  return next;
}
