import { IANAZone } from 'luxon';
import { type Options as RRuleOptions, RRule, type Weekday as RRuleWeekday } from 'rrule';

/**
 * Recurrence of a schedule, RFC 5545 semantics.
 *
 * Wall-clock recurrences (daily, weekly, monthly, ...) are expanded by `rrule` in "floating" time: a JavaScript Date
 * whose UTC fields are the local wall time in the schedule's zone. Each occurrence is then turned into an instant with
 * the zone's rules, so a weekly 09:00 in Europe/Berlin stays 09:00 local across daylight-saving changes. Local times
 * that do not exist (spring forward) use the offset before the gap and ambiguous ones (fall back) the first
 * occurrence, as RFC 5545 §3.3.5 says. Hourly recurrences are elapsed time: they are expanded on instants, so a DST
 * change neither skips nor repeats a run.
 */

export const FREQUENCIES = ['once', 'hourly', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof WEEKDAYS)[number];
/** n-th weekday of the month: 1..4 or -1 (the last one). */
export const WEEKS_OF_MONTH = [1, 2, 3, 4, -1] as const;

export interface Recurrence {
  /** Local wall time of the first run in `timeZone`, `YYYY-MM-DDTHH:mm:ss`. */
  startAt: string;
  timeZone: string;
  frequency: Frequency;
  interval: number;
  /** weekly: the days of the week. */
  weekdays: WeekdayCode[] | null;
  /** monthly/quarterly: day of the month 1..31 (clamped to the month's last day) or -1 for the last day. */
  monthDay: number | null;
  /** monthly/quarterly: n-th `weekday` of the month. */
  weekOfMonth: number | null;
  weekday: WeekdayCode | null;
  /** Last local day on which a run may happen (inclusive), `YYYY-MM-DD`. */
  endDate: string | null;
  /** Total number of runs, counted from the start. */
  count: number | null;
}

/** The recurrence fields as a client sends them (snake_case), before checks. */
export interface RecurrenceInput {
  start_at?: string | null;
  time_zone?: string | null;
  frequency?: string | null;
  interval?: number | null;
  weekdays?: string[] | null;
  month_day?: number | null;
  week_of_month?: number | null;
  weekday?: string | null;
  end_date?: string | null;
  count?: number | null;
}

const RRULE_WEEKDAYS: Record<WeekdayCode, RRuleWeekday> = {
  MO: RRule.MO,
  TU: RRule.TU,
  WE: RRule.WE,
  TH: RRule.TH,
  FR: RRule.FR,
  SA: RRule.SA,
  SU: RRule.SU,
};
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

export const isIanaZone = (zone: string) =>
  // Offsets like "UTC+3" or "+02:00" are valid for luxon but are not IANA zone names.
  /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone) && !/^(UTC|GMT)[+-]/i.test(zone) && IANAZone.isValidZone(zone);

/** A floating Date (UTC fields = wall time) from `YYYY-MM-DDTHH:mm:ss`. */
const floating = (local: string) => new Date(`${local}Z`);
const floatingToLocal = (d: Date) => d.toISOString().slice(0, 19);

/** The instant of a wall time in a zone (RFC 5545 §3.3.5 for gaps and overlaps). */
export function wallToInstant(wall: Date, zone: IANAZone): Date {
  const naive = wall.getTime();
  const offsets = new Set([zone.offset(naive - DAY_MS), zone.offset(naive), zone.offset(naive + DAY_MS)]);
  const valid = [...offsets]
    .map((offset) => naive - offset * 60_000)
    .filter((instant) => instant + zone.offset(instant) * 60_000 === naive)
    .sort((a, b) => a - b);
  // Overlap: the first occurrence. Gap: none is valid; use the offset in force before the gap.
  return new Date(valid[0] ?? naive - zone.offset(naive - DAY_MS) * 60_000);
}

/** The wall time of an instant in a zone, as a floating Date. */
export const instantToWall = (instant: Date, zone: IANAZone) =>
  new Date(instant.getTime() + zone.offset(instant.getTime()) * 60_000);

/**
 * Checks a recurrence input; returns the recurrence or the problems, each naming its field with `prefix`
 * (`schedule.end_date must be ...`). Combinations that make no sense for a frequency are refused, not ignored.
 */
export function parseRecurrence(
  input: RecurrenceInput,
  prefix = 'schedule.',
): { recurrence?: Recurrence; problems: string[] } {
  const problems: string[] = [];
  const field = (name: string) => `${prefix}${name}`;

  const timeZone = input.time_zone ?? 'UTC';
  if (!isIanaZone(timeZone)) problems.push(`${field('time_zone')} must be an IANA time zone such as Europe/Berlin`);
  const zone = problems.length ? null : IANAZone.create(timeZone);

  let startAt: string | null = null;
  const rawStart = input.start_at;
  const m = typeof rawStart === 'string' ? LOCAL_DATE_TIME.exec(rawStart.trim()) : null;
  if (!m) {
    problems.push(
      `${field('start_at')} must be a date-time YYYY-MM-DDThh:mm[:ss] (local time in time_zone, or with an offset)`,
    );
  } else {
    const local = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}`;
    const asDate = floating(local);
    if (Number.isNaN(asDate.getTime()) || floatingToLocal(asDate) !== local) {
      problems.push(`${field('start_at')} is not a valid date-time`);
    } else if (m[7] && zone) {
      // An instant with an offset: the schedule keeps the wall time it has in time_zone.
      const offset = m[7] === 'Z' ? 0 : Number(m[7].slice(1, 3)) * 60 + Number(m[7].slice(-2));
      const instant = new Date(asDate.getTime() - (m[7].startsWith('-') ? -offset : offset) * 60_000);
      startAt = floatingToLocal(instantToWall(instant, zone));
    } else {
      startAt = local;
    }
  }

  const frequency = input.frequency as Frequency;
  if (!FREQUENCIES.includes(frequency)) problems.push(`${field('frequency')} must be one of ${FREQUENCIES.join(', ')}`);

  const interval = input.interval ?? 1;
  if (!Number.isInteger(interval) || interval < 1 || interval > 1000)
    problems.push(`${field('interval')} must be an integer from 1 to 1000`);

  const weekdays = input.weekdays?.length ? input.weekdays : null;
  const monthDay = input.month_day ?? null;
  const weekOfMonth = input.week_of_month ?? null;
  const weekday = input.weekday ?? null;
  const endDate = input.end_date ?? null;
  const count = input.count ?? null;

  if (weekdays && weekdays.some((d) => !WEEKDAYS.includes(d as WeekdayCode))) {
    problems.push(`${field('weekdays')} must contain only ${WEEKDAYS.join(', ')}`);
  }
  if (weekday !== null && !WEEKDAYS.includes(weekday as WeekdayCode))
    problems.push(`${field('weekday')} must be one of ${WEEKDAYS.join(', ')}`);
  if (monthDay !== null && (!Number.isInteger(monthDay) || monthDay === 0 || monthDay < -1 || monthDay > 31)) {
    problems.push(`${field('month_day')} must be from 1 to 31, or -1 for the last day of the month`);
  }
  if (weekOfMonth !== null && !WEEKS_OF_MONTH.includes(weekOfMonth as (typeof WEEKS_OF_MONTH)[number])) {
    problems.push(`${field('week_of_month')} must be one of 1, 2, 3, 4 or -1 (last)`);
  }
  if (
    endDate !== null &&
    (!LOCAL_DATE.test(endDate) || floatingToLocal(floating(`${endDate}T00:00:00`)).slice(0, 10) !== endDate)
  ) {
    problems.push(`${field('end_date')} must be a date YYYY-MM-DD`);
  }
  if (count !== null && (!Number.isInteger(count) || count < 1 || count > 100_000))
    problems.push(`${field('count')} must be an integer from 1 to 100000`);

  // Which options belong to which frequency.
  const monthly = frequency === 'monthly' || frequency === 'quarterly';
  if (weekdays && frequency !== 'weekly') problems.push(`${field('weekdays')} is only allowed with frequency weekly`);
  if (!monthly) {
    for (const [name, value] of [
      ['month_day', monthDay],
      ['week_of_month', weekOfMonth],
      ['weekday', weekday],
    ] as const) {
      if (value !== null) problems.push(`${field(name)} is only allowed with frequency monthly or quarterly`);
    }
  } else {
    if (monthDay !== null && (weekOfMonth !== null || weekday !== null)) {
      problems.push(`${field('month_day')} cannot be combined with week_of_month and weekday`);
    }
    if ((weekOfMonth === null) !== (weekday === null)) {
      problems.push(
        `${field(weekOfMonth === null ? 'week_of_month' : 'weekday')} is required with ${weekOfMonth === null ? 'weekday' : 'week_of_month'}`,
      );
    }
  }
  if (frequency === 'once') {
    if (input.interval != null) problems.push(`${field('interval')} is not allowed with frequency once`);
    if (endDate !== null) problems.push(`${field('end_date')} is not allowed with frequency once`);
    if (count !== null) problems.push(`${field('count')} is not allowed with frequency once`);
  }
  if (endDate !== null && count !== null) problems.push(`${field('count')} cannot be combined with end_date`);
  if (endDate !== null && startAt && endDate < startAt.slice(0, 10))
    problems.push(`${field('end_date')} must not be before start_at`);

  if (problems.length || !startAt) return { problems };
  return {
    problems,
    recurrence: {
      startAt,
      timeZone,
      frequency,
      interval: frequency === 'once' ? 1 : interval,
      weekdays: frequency === 'weekly' ? ((weekdays as WeekdayCode[] | null) ?? null) : null,
      monthDay: monthly ? monthDay : null,
      weekOfMonth: monthly ? weekOfMonth : null,
      weekday: monthly ? ((weekday as WeekdayCode | null) ?? null) : null,
      endDate,
      count,
    },
  };
}

/** Day-of-month options: days after the 28th fall back to the month's last day in shorter months (31 → 30, 28/29). */
function monthDayOptions(day: number): Pick<RRuleOptions, 'bymonthday' | 'bysetpos'> {
  if (day === -1 || day <= 28) return { bymonthday: [day], bysetpos: null };
  const candidates = Array.from({ length: day - 27 }, (_, i) => 28 + i);
  return { bymonthday: candidates, bysetpos: [-1] };
}

/** Expands a checked recurrence into instants. */
export class RecurrenceRule {
  private readonly zone: IANAZone;
  /** Occurrences are produced in floating wall time, except for hourly (instants). */
  private readonly onInstants: boolean;
  private readonly rule: RRule;
  private readonly exportRule: RRule;

  constructor(readonly recurrence: Recurrence) {
    this.zone = IANAZone.create(recurrence.timeZone);
    this.onInstants = recurrence.frequency === 'hourly';
    const startWall = floating(recurrence.startAt);
    const untilWall = recurrence.endDate ? floating(`${recurrence.endDate}T23:59:59`) : null;
    // FREQ first in the exported text, as RFC 5545 recommends for RFC 2445 readers.
    const { freq, ...rest } = this.options();
    const options = { freq, ...rest };
    this.rule = new RRule({
      ...options,
      dtstart: this.onInstants ? wallToInstant(startWall, this.zone) : startWall,
      until: untilWall && (this.onInstants ? wallToInstant(untilWall, this.zone) : untilWall),
    });
    // RFC 5545: with a DTSTART in a zone, UNTIL is given in UTC.
    this.exportRule = new RRule({ ...options, until: untilWall && wallToInstant(untilWall, this.zone) });
  }

  private options(): Partial<RRuleOptions> {
    const r = this.recurrence;
    const start = floating(r.startAt);
    const base: Partial<RRuleOptions> = { interval: r.interval, count: r.count, wkst: RRule.MO };
    switch (r.frequency) {
      case 'once':
        return { freq: RRule.DAILY, count: 1 };
      case 'hourly':
        return { ...base, freq: RRule.HOURLY };
      case 'daily':
        return { ...base, freq: RRule.DAILY };
      case 'weekly':
        return {
          ...base,
          freq: RRule.WEEKLY,
          byweekday: (r.weekdays ?? [WEEKDAYS[(start.getUTCDay() + 6) % 7]]).map((d) => RRULE_WEEKDAYS[d]),
        };
      case 'monthly':
      case 'quarterly': {
        const freq = { ...base, freq: RRule.MONTHLY, interval: r.interval * (r.frequency === 'quarterly' ? 3 : 1) };
        if (r.weekOfMonth !== null && r.weekday)
          return { ...freq, byweekday: [RRULE_WEEKDAYS[r.weekday].nth(r.weekOfMonth)] };
        return { ...freq, ...monthDayOptions(r.monthDay ?? start.getUTCDate()) };
      }
      case 'yearly':
        return {
          ...base,
          freq: RRule.YEARLY,
          bymonth: [start.getUTCMonth() + 1],
          ...monthDayOptions(start.getUTCDate()),
        };
    }
  }

  private toInstant(occurrence: Date): Date {
    return this.onInstants ? occurrence : wallToInstant(occurrence, this.zone);
  }

  /** The first run at or after `from` (inclusive), or null when the recurrence has ended. */
  firstAtOrAfter(from: Date): Date | null {
    return this.nextAfter(new Date(from.getTime() - 1));
  }

  /** The first run strictly after `after`, or null when the recurrence has ended. */
  nextAfter(after: Date): Date | null {
    // Wall time is not monotonic in instants (fall back repeats an hour): start a little earlier and filter.
    let cursor: Date | null = this.onInstants
      ? after
      : new Date(instantToWall(after, this.zone).getTime() - 3 * 3_600_000);
    let inclusive = !this.onInstants;
    for (let guard = 0; guard < 100 && cursor; guard++) {
      const occurrence: Date | null = this.rule.after(cursor, inclusive);
      if (!occurrence) return null;
      const instant = this.toInstant(occurrence);
      if (instant.getTime() > after.getTime()) return instant;
      cursor = occurrence;
      inclusive = false;
    }
    return null;
  }

  /** Up to `count` runs strictly after `after`. */
  nextDates(after: Date, count: number): Date[] {
    const dates: Date[] = [];
    let cursor = after;
    while (dates.length < count) {
      const next = this.nextAfter(cursor);
      if (!next) break;
      dates.push(next);
      cursor = next;
    }
    return dates;
  }

  /** The instant of the first run as written (start_at in time_zone). */
  get startInstant(): Date {
    return wallToInstant(floating(this.recurrence.startAt), this.zone);
  }

  /** RFC 5545 text: `DTSTART;TZID=<zone>:<local>` and the `RRULE:` line. */
  toRRuleString(): string {
    const dtstart = this.recurrence.startAt.replace(/[-:]/g, '');
    return `DTSTART;TZID=${this.recurrence.timeZone}:${dtstart}\n${this.exportRule.toString()}`;
  }
}
