import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { AuthContext } from '../../common/auth/auth-context';
import { ParameterError, RecordNotFound } from '../../common/errors/app-error';
import { validationMessages } from '../../common/http/validation';
import { paginate, type ListQuery, type ListSpec } from '../../common/listing/list-query';
import { InjectTenantRepository, TenantRepository } from '../../common/tenancy/tenant-repository';
import { TenantScope } from '../../common/tenancy/tenant-scope';
import { EventsService } from '../../events/events.service';
import {
  ScheduleFieldsDto,
  type CreateScheduleDto,
  type RecurrenceDto,
  type UpdateScheduleDto,
} from './dto/schedule.dto';
import { FREQUENCIES, parseRecurrence, RecurrenceRule, type Recurrence, type RecurrenceInput } from './recurrence';
import { ScansService } from '../scans/scans.service';
import { Schedule } from './schedule.entity';
import { SchedulesClock } from './schedules.clock';
import { SCAN_SCHEDULED } from './schedules.events';

export const SCHEDULE_LIST_SPEC: ListSpec = {
  columns: {
    name: { sql: 's.name', type: 'string' },
    scan_id: { sql: 's.scan_id', type: 'uuid' },
    user_id: { sql: 's.user_id', type: 'uuid' },
    frequency: { sql: 's.frequency', type: 'enum', values: FREQUENCIES },
    time_zone: { sql: 's.time_zone', type: 'string' },
    enabled: { sql: 's.enabled', type: 'boolean' },
    next_run_at: { sql: 's.next_run_at', type: 'date' },
    last_run_at: { sql: 's.last_run_at', type: 'date' },
    created_at: { sql: 's.created_at', type: 'date' },
    updated_at: { sql: 's.updated_at', type: 'date' },
  },
  defaultSort: 'created_at:desc',
  search: ['name'],
  tieBreaker: 's.id',
};

/** `GET /v2/scans/upcoming`: enabled schedules with a next run, soonest first; date ranges apply to next_run_at. */
export const UPCOMING_LIST_SPEC: ListSpec = {
  columns: {
    scan_id: { sql: 's.scan_id', type: 'uuid' },
    name: { sql: 's.name', type: 'string' },
    frequency: { sql: 's.frequency', type: 'enum', values: FREQUENCIES },
    next_run_at: { sql: 's.next_run_at', type: 'date' },
  },
  defaultSort: 'next_run_at:asc',
  dateColumn: 'next_run_at',
  tieBreaker: 's.id',
};

const RECURRENCE_FIELDS = [
  'start_at',
  'time_zone',
  'frequency',
  'interval',
  'weekdays',
  'month_day',
  'week_of_month',
  'weekday',
  'end_date',
  'count',
] as const;
/** Options that only mean something for one frequency: not carried over when the frequency changes. */
const FREQUENCY_OPTIONS = ['weekdays', 'month_day', 'week_of_month', 'weekday'] as const;
const MONTHLY_MODE = ['month_day', 'week_of_month', 'weekday'] as const;

const recurrenceInputOf = (s: Schedule): RecurrenceInput => ({
  start_at: s.startAt,
  time_zone: s.timeZone,
  frequency: s.frequency,
  interval: s.frequency === 'once' ? null : s.interval,
  weekdays: s.weekdays,
  month_day: s.monthDay,
  week_of_month: s.weekOfMonth,
  weekday: s.weekday,
  end_date: s.endDate,
  count: s.count,
});

function assignRecurrence(s: Schedule, r: Recurrence, rule: RecurrenceRule) {
  s.startAt = r.startAt;
  s.timeZone = r.timeZone;
  s.frequency = r.frequency;
  s.interval = r.interval;
  s.weekdays = r.weekdays;
  s.monthDay = r.monthDay;
  s.weekOfMonth = r.weekOfMonth;
  s.weekday = r.weekday;
  s.endDate = r.endDate;
  s.count = r.count;
  s.rrule = rule.toRRuleString();
}

@Injectable()
export class SchedulesService {
  constructor(
    @InjectTenantRepository(Schedule) private readonly schedules: TenantRepository<Schedule>,
    private readonly scans: ScansService,
    private readonly clock: SchedulesClock,
    private readonly dataSource: DataSource,
    private readonly events: EventsService,
  ) {}

  /** Checks a recurrence (422 naming the field) and builds its rule. */
  rule(input: RecurrenceInput, prefix = 'schedule.'): RecurrenceRule {
    const { recurrence, problems } = parseRecurrence(input, prefix);
    if (!recurrence) throw new ParameterError(problems);
    return new RecurrenceRule(recurrence);
  }

  /** The next run from now of a schedule being saved; a schedule that would never run again is refused. */
  private nextRunOrFail(rule: RecurrenceRule, prefix = 'schedule.'): Date {
    const next = rule.firstAtOrAfter(this.clock.now());
    if (next) return next;
    const r = rule.recurrence;
    if (r.frequency === 'once')
      throw new ParameterError([`${prefix}start_at must be in the future for a one-time schedule`]);
    const field = r.count !== null ? 'count' : r.endDate !== null ? 'end_date' : 'start_at';
    throw new ParameterError([`${prefix}${field} leaves no run after now`]);
  }

  firstDate(input: RecurrenceDto) {
    const rule = this.rule(input);
    return {
      first_date: rule.firstAtOrAfter(this.clock.now())?.toISOString() ?? null,
      time_zone: rule.recurrence.timeZone,
      rrule: rule.toRRuleString(),
    };
  }

  nextDates(input: RecurrenceDto, count = 5) {
    const rule = this.rule(input);
    const first = rule.firstAtOrAfter(this.clock.now());
    const dates = first ? [first, ...rule.nextDates(first, count - 1)] : [];
    return {
      dates: dates.map((d) => d.toISOString()),
      time_zone: rule.recurrence.timeZone,
      rrule: rule.toRRuleString(),
    };
  }

  list(scope: TenantScope, query: ListQuery) {
    return paginate(this.schedules.query(scope, 's'), query, SCHEDULE_LIST_SPEC);
  }

  async upcoming(scope: TenantScope, query: ListQuery) {
    const qb = this.schedules.query(scope, 's').andWhere('s.enabled = true AND s.next_run_at IS NOT NULL');
    const { items, meta } = await paginate(qb, query, UPCOMING_LIST_SPEC);
    const names = await this.scans.namesOf(scope, [...new Set(items.map((s) => s.scanId))]);
    return { items: items.map((schedule) => ({ schedule, scanName: names.get(schedule.scanId) ?? null })), meta };
  }

  get(scope: TenantScope, id: string): Promise<Schedule> {
    return this.schedules.get(scope, id);
  }

  async create(auth: AuthContext, dto: CreateScheduleDto): Promise<Schedule> {
    const organizationId = dto.organization_id ?? auth.tenant.organizationId;
    if (!auth.tenant.includes(organizationId)) throw new RecordNotFound();
    const rule = this.rule(dto);
    const nextRunAt = this.nextRunOrFail(rule);
    const scan = await this.scanOf(organizationId, dto.scan_id);
    const schedule = this.schedules.create({
      organizationId,
      userId: auth.user.id,
      scanId: dto.scan_id,
      name: dto.name ?? null,
      enabled: dto.enabled ?? true,
      nextRunAt,
    });
    assignRecurrence(schedule, rule.recurrence, rule);
    return this.dataSource.transaction(async (tx) => {
      const saved = await this.schedules.in(tx).save(auth.tenant, schedule);
      await this.publishScheduled(tx, saved, scan);
      return saved;
    });
  }

  /** `scan.scheduled`, in the transaction that saved the schedule. */
  private publishScheduled(tx: EntityManager, s: Schedule, scan: { id: string; name: string; userId: string | null }) {
    return this.events.publish(tx, SCAN_SCHEDULED, {
      organizationId: s.organizationId,
      scheduleId: s.id,
      scanId: scan.id,
      scanName: scan.name,
      scanOwnerId: scan.userId,
      userId: s.userId,
      nextRunAt: s.enabled && s.nextRunAt ? s.nextRunAt.toISOString() : null,
      frequency: s.frequency,
      rrule: s.rrule,
      timeZone: s.timeZone,
    });
  }

  /**
   * Used by the scans wizard inside its transaction. The scan was created in that same transaction, so it is not
   * looked up again (on PGlite a query outside `tx` would wait for the transaction forever).
   */
  async createInTransaction(
    tx: EntityManager,
    scope: TenantScope,
    organizationId: string,
    userId: string,
    scan: { id: string; name: string },
    input: unknown,
  ) {
    if (!input || typeof input !== 'object' || Array.isArray(input))
      throw new ParameterError(['schedule must be an object']);
    const dto = plainToInstance(ScheduleFieldsDto, input);
    const errors = validateSync(dto, {
      whitelist: true,
      forbidNonWhitelisted: true,
      validationError: { target: false, value: false },
    });
    if (errors.length) throw new ParameterError(validationMessages(errors, 'schedule'));
    const rule = this.rule(dto);
    const nextRunAt = this.nextRunOrFail(rule);
    const repo = this.schedules.in(tx);
    const schedule = repo.create({
      organizationId,
      userId,
      scanId: scan.id,
      name: dto.name ?? null,
      enabled: dto.enabled ?? true,
      nextRunAt,
    });
    assignRecurrence(schedule, rule.recurrence, rule);
    const saved = await repo.save(scope, schedule);
    await this.publishScheduled(tx, saved, { ...scan, userId }); // the wizard's user owns the scan it created
    return { id: saved.id };
  }

  async update(scope: TenantScope, id: string, dto: UpdateScheduleDto): Promise<Schedule> {
    const schedule = await this.get(scope, id);
    const given = (field: string) =>
      Object.prototype.hasOwnProperty.call(dto, field) && (dto as Record<string, unknown>)[field] !== undefined;
    const recurrenceChanged = RECURRENCE_FIELDS.some(given);

    if (recurrenceChanged) {
      const input: Record<string, unknown> = { ...recurrenceInputOf(schedule) };
      if (given('frequency') && dto.frequency !== schedule.frequency) {
        for (const option of FREQUENCY_OPTIONS) input[option] = null;
        if (dto.frequency === 'once') Object.assign(input, { interval: null, end_date: null, count: null });
      }
      if (MONTHLY_MODE.some(given)) for (const option of MONTHLY_MODE) input[option] = null;
      // A new end replaces the other kind of end; clearing one (null) leaves the other as it is.
      if (dto.end_date != null) input.count = null;
      if (dto.count != null) input.end_date = null;
      for (const field of RECURRENCE_FIELDS) if (given(field)) input[field] = (dto as Record<string, unknown>)[field];
      const rule = this.rule(input as RecurrenceInput);
      schedule.nextRunAt = this.nextRunOrFail(rule);
      assignRecurrence(schedule, rule.recurrence, rule);
    }
    if (given('scan_id') && dto.scan_id !== schedule.scanId) {
      schedule.scanId = (await this.scanOf(schedule.organizationId, dto.scan_id!)).id;
    }
    if (given('name')) schedule.name = dto.name ?? null;
    if (given('enabled') && dto.enabled !== schedule.enabled) {
      schedule.enabled = dto.enabled!;
      // Turning a schedule back on starts from now: slots missed while it was off are not run.
      if (schedule.enabled && !recurrenceChanged)
        schedule.nextRunAt = this.rule(recurrenceInputOf(schedule)).firstAtOrAfter(this.clock.now());
    }
    return this.schedules.save(scope, schedule);
  }

  async remove(scope: TenantScope, id: string): Promise<void> {
    const schedule = await this.get(scope, id);
    await this.schedules.delete(scope, { id: schedule.id });
  }

  removeMany(scope: TenantScope, ids: string[]): Promise<number> {
    return this.schedules.delete(scope, { id: In([...new Set(ids)]) });
  }

  /** The scan a schedule is for: one of the schedule's organization (422 otherwise: it is a field of the body). */
  private async scanOf(organizationId: string, scanId: string) {
    try {
      return await this.scans.get(TenantScope.of(organizationId), scanId);
    } catch (err) {
      if (err instanceof RecordNotFound)
        throw new ParameterError(['schedule.scan_id must be a scan of the organization']);
      throw err;
    }
  }
}
