import { parseRecurrence, RecurrenceRule, type RecurrenceInput } from '../../src/modules/schedules/recurrence';

const rule = (input: RecurrenceInput) => {
  const { recurrence, problems } = parseRecurrence(input);
  if (!recurrence) throw new Error(problems.join('; '));
  return new RecurrenceRule(recurrence);
};
const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
/** All runs from the start (inclusive). */
const runs = (r: RecurrenceRule, n: number) => {
  const first = r.firstAtOrAfter(new Date(0));
  return first ? iso([first, ...r.nextDates(first, n - 1)]) : [];
};

describe('recurrence', () => {
  it('keeps a weekly 09:00 in New York at 09:00 local across both DST changes', () => {
    const r = rule({
      start_at: '2026-02-23T09:00',
      time_zone: 'America/New_York',
      frequency: 'weekly',
      weekdays: ['MO'],
    });
    // EST is UTC-5 until 2026-03-08, EDT UTC-4 until 2026-11-01.
    expect(runs(r, 3)).toEqual(['2026-02-23T14:00:00.000Z', '2026-03-02T14:00:00.000Z', '2026-03-09T13:00:00.000Z']);
    expect(iso(r.nextDates(new Date('2026-10-20T00:00:00Z'), 3))).toEqual([
      '2026-10-26T13:00:00.000Z',
      '2026-11-02T14:00:00.000Z',
      '2026-11-09T14:00:00.000Z',
    ]);
  });

  it('keeps a daily 08:30 in Berlin at 08:30 local across the European change (a different date than the US one)', () => {
    const r = rule({ start_at: '2026-03-27T08:30:00', time_zone: 'Europe/Berlin', frequency: 'daily' });
    expect(runs(r, 4)).toEqual([
      '2026-03-27T07:30:00.000Z',
      '2026-03-28T07:30:00.000Z',
      '2026-03-29T06:30:00.000Z', // CEST from 2026-03-29
      '2026-03-30T06:30:00.000Z',
    ]);
  });

  it('handles a southern-hemisphere zone (Sydney leaves DST in April)', () => {
    const r = rule({ start_at: '2026-04-03T10:00', time_zone: 'Australia/Sydney', frequency: 'daily', count: 3 });
    expect(runs(r, 5)).toEqual(['2026-04-02T23:00:00.000Z', '2026-04-03T23:00:00.000Z', '2026-04-05T00:00:00.000Z']);
  });

  it('runs a local time that does not exist on spring-forward day with the offset before the gap (RFC 5545)', () => {
    const r = rule({ start_at: '2026-03-07T02:30', time_zone: 'America/New_York', frequency: 'daily' });
    // 02:30 on 2026-03-08 does not exist: 02:30 EST = 07:30Z (shown as 03:30 EDT); then 02:30 EDT again.
    expect(runs(r, 3)).toEqual(['2026-03-07T07:30:00.000Z', '2026-03-08T07:30:00.000Z', '2026-03-09T06:30:00.000Z']);
  });

  it('runs an ambiguous local time on fall-back day once, at its first occurrence', () => {
    const r = rule({ start_at: '2026-10-31T01:30', time_zone: 'America/New_York', frequency: 'daily' });
    expect(runs(r, 3)).toEqual(['2026-10-31T05:30:00.000Z', '2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z']);
    // Asked from between the two 01:30s, the next run is the next day's, not the repeated hour.
    expect(r.nextAfter(new Date('2026-11-01T05:45:00Z'))!.toISOString()).toBe('2026-11-02T06:30:00.000Z');
  });

  it('keeps hourly runs one hour apart in elapsed time across a DST change', () => {
    const r = rule({ start_at: '2026-03-08T00:00', time_zone: 'America/New_York', frequency: 'hourly', interval: 1 });
    expect(runs(r, 4)).toEqual([
      '2026-03-08T05:00:00.000Z',
      '2026-03-08T06:00:00.000Z',
      '2026-03-08T07:00:00.000Z',
      '2026-03-08T08:00:00.000Z',
    ]);
  });

  it('moves a monthly run on the 31st to the last day of shorter months', () => {
    const r = rule({ start_at: '2026-01-31T12:00', time_zone: 'UTC', frequency: 'monthly', month_day: 31 });
    expect(runs(r, 5).map((d) => d.slice(0, 10))).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
    ]);
    const leap = rule({ start_at: '2028-01-30T12:00', time_zone: 'UTC', frequency: 'monthly' });
    expect(runs(leap, 3).map((d) => d.slice(0, 10))).toEqual(['2028-01-30', '2028-02-29', '2028-03-30']);
    const last = rule({ start_at: '2026-01-01T12:00', time_zone: 'UTC', frequency: 'quarterly', month_day: -1 });
    expect(runs(last, 3).map((d) => d.slice(0, 10))).toEqual(['2026-01-31', '2026-04-30', '2026-07-31']);
  });

  it('runs on the n-th and on the last weekday of the month', () => {
    const second = rule({
      start_at: '2026-01-01T10:00',
      time_zone: 'Europe/Berlin',
      frequency: 'monthly',
      week_of_month: 2,
      weekday: 'TU',
    });
    expect(runs(second, 3)).toEqual([
      '2026-01-13T09:00:00.000Z',
      '2026-02-10T09:00:00.000Z',
      '2026-03-10T09:00:00.000Z',
    ]);
    expect(second.toRRuleString()).toBe(
      'DTSTART;TZID=Europe/Berlin:20260101T100000\nRRULE:FREQ=MONTHLY;INTERVAL=1;WKST=MO;BYDAY=+2TU',
    );
    const lastFriday = rule({
      start_at: '2026-01-01T10:00',
      time_zone: 'UTC',
      frequency: 'monthly',
      week_of_month: -1,
      weekday: 'FR',
    });
    expect(runs(lastFriday, 2).map((d) => d.slice(0, 10))).toEqual(['2026-01-30', '2026-02-27']);
  });

  it('ends by date (inclusive, local day) and by count', () => {
    const until = rule({
      start_at: '2026-06-01T23:30',
      time_zone: 'America/Los_Angeles',
      frequency: 'daily',
      end_date: '2026-06-03',
    });
    expect(runs(until, 10)).toEqual([
      '2026-06-02T06:30:00.000Z',
      '2026-06-03T06:30:00.000Z',
      '2026-06-04T06:30:00.000Z',
    ]);
    expect(until.toRRuleString()).toContain('UNTIL=20260604T065959Z');
    const counted = rule({
      start_at: '2026-06-01T09:00',
      time_zone: 'UTC',
      frequency: 'weekly',
      weekdays: ['MO', 'WE'],
      count: 3,
    });
    expect(runs(counted, 10)).toEqual([
      '2026-06-01T09:00:00.000Z',
      '2026-06-03T09:00:00.000Z',
      '2026-06-08T09:00:00.000Z',
    ]);
    expect(counted.nextAfter(new Date('2026-06-08T09:00:00Z'))).toBeNull();
  });

  it('runs once, every other week, and yearly on 29 February', () => {
    expect(runs(rule({ start_at: '2026-05-05T05:05', frequency: 'once' }), 3)).toEqual(['2026-05-05T05:05:00.000Z']);
    const biweekly = rule({ start_at: '2026-06-01T09:00', frequency: 'weekly', interval: 2 });
    expect(runs(biweekly, 3).map((d) => d.slice(0, 10))).toEqual(['2026-06-01', '2026-06-15', '2026-06-29']);
    const leap = rule({ start_at: '2028-02-29T09:00', frequency: 'yearly' });
    expect(runs(leap, 2).map((d) => d.slice(0, 10))).toEqual(['2028-02-29', '2029-02-28']);
  });

  it('refuses invalid combinations, naming the field', () => {
    const problems = (input: RecurrenceInput) => parseRecurrence(input).problems;
    expect(problems({ start_at: '2026-01-01T00:00', time_zone: 'Mars/Olympus', frequency: 'daily' })).toEqual([
      'schedule.time_zone must be an IANA time zone such as Europe/Berlin',
    ]);
    expect(problems({ start_at: '2026-02-30T00:00', frequency: 'daily' })).toEqual([
      'schedule.start_at is not a valid date-time',
    ]);
    expect(problems({ start_at: '2026-01-01T00:00', frequency: 'daily', weekdays: ['MO'] })).toEqual([
      'schedule.weekdays is only allowed with frequency weekly',
    ]);
    expect(
      problems({ start_at: '2026-01-01T00:00', frequency: 'monthly', month_day: 3, week_of_month: 1, weekday: 'MO' }),
    ).toEqual(['schedule.month_day cannot be combined with week_of_month and weekday']);
    expect(problems({ start_at: '2026-01-01T00:00', frequency: 'monthly', week_of_month: 2 })).toEqual([
      'schedule.weekday is required with week_of_month',
    ]);
    expect(problems({ start_at: '2026-01-01T00:00', frequency: 'daily', end_date: '2026-02-01', count: 3 })).toEqual([
      'schedule.count cannot be combined with end_date',
    ]);
    expect(problems({ start_at: '2026-01-01T00:00', frequency: 'daily', end_date: '2025-12-31' })).toEqual([
      'schedule.end_date must not be before start_at',
    ]);
    expect(problems({ start_at: '2026-01-01T00:00', frequency: 'once', count: 2 })).toEqual([
      'schedule.count is not allowed with frequency once',
    ]);
    expect(problems({ start_at: '2026-01-01T00:00', time_zone: 'UTC+3', frequency: 'daily' })).toHaveLength(1);
  });

  it('converts a start with an offset to the wall time of the zone', () => {
    const r = rule({ start_at: '2026-07-01T07:00:00Z', time_zone: 'Europe/Berlin', frequency: 'daily' });
    expect(r.recurrence.startAt).toBe('2026-07-01T09:00:00');
    expect(r.startInstant.toISOString()).toBe('2026-07-01T07:00:00.000Z');
  });
});
