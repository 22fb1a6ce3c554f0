import { ParameterError } from '../../src/common/errors/app-error';
import { parseListQuery, parseRelativeRange, type ListSpec } from '../../src/common/listing/list-query';

const spec: ListSpec = {
  columns: {
    name: { sql: 't.name', type: 'string' },
    hosts: { sql: 't.hosts', type: 'string[]', sortable: false },
    severity: { sql: 't.severity', type: 'enum', values: ['low', 'high'] },
    id: { sql: 't.id', type: 'uuid' },
    port: { sql: 't.port', type: 'number' },
    active: { sql: 't.active', type: 'boolean' },
    created_at: { sql: 't.created_at', type: 'date' },
  },
  defaultSort: 'created_at:desc',
  search: ['name'],
  tieBreaker: 't.id',
};
const now = new Date('2026-05-15T12:00:00.000Z');
const problems = (raw: Record<string, unknown>) => {
  try {
    parseListQuery(raw, spec, now);
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(ParameterError);
    return (err as ParameterError).entries.map((e) => e.message);
  }
};

describe('list grammar', () => {
  it('has defaults', () => {
    expect(parseListQuery({}, spec, now)).toEqual({
      page: 1,
      perPage: 25,
      filters: [],
      sort: [{ column: 'created_at', direction: 'DESC' }],
      from: undefined,
      to: undefined,
      search: undefined,
    });
  });

  it('reads q[col] filters in bracket and nested form', () => {
    expect(parseListQuery({ 'q[name]': 'web*', 'q[hosts]': '192.168.*' }, spec, now).filters).toEqual([
      { column: 'name', value: 'web*' },
      { column: 'hosts', value: '192.168.*' },
    ]);
    expect(parseListQuery({ q: { severity: 'high' } }, spec, now).filters).toEqual([
      { column: 'severity', value: 'high' },
    ]);
  });

  it('types filter values', () => {
    expect(problems({ 'q[port]': 'abc' })).toEqual(['q[port] must be a number']);
    expect(problems({ 'q[id]': '123' })).toEqual(['q[id] must be a UUID']);
    expect(problems({ 'q[active]': 'yes' })).toEqual(['q[active] must be true or false']);
    expect(problems({ 'q[severity]': 'urgent' })[0]).toContain('must be one of low, high');
    expect(problems({ 'q[created_at]': '2026-02-30' })[0]).toContain('YYYY-MM-DD');
    expect(problems({ 'q[name]': ['a', 'b'] })[0]).toContain('once');
  });

  it('refuses unknown columns for filters and sorting, and lists all problems at once', () => {
    const found = problems({ 'q[secret]': 'x', sort_by: 'secret:asc', per_page: '500' });
    expect(found).toHaveLength(3);
    expect(found.join()).toContain('q[secret] is not a filterable column');
    expect(found.join()).toContain('per_page must be an integer from 1 to 100');
    expect(problems({ sort_by: 'hosts:asc' })[0]).toContain('sort_by');
  });

  it('parses sort_by with several columns and default direction', () => {
    expect(parseListQuery({ sort_by: 'name,port:desc' }, spec, now).sort).toEqual([
      { column: 'name', direction: 'ASC' },
      { column: 'port', direction: 'DESC' },
    ]);
  });

  it('parses paging within bounds', () => {
    expect(parseListQuery({ page: '3', per_page: '100' }, spec, now)).toMatchObject({ page: 3, perPage: 100 });
    for (const bad of [{ page: '0' }, { page: '-1' }, { page: '1.5' }, { per_page: '0' }, { per_page: '101' }])
      expect(problems(bad)).toHaveLength(1);
  });

  it('parses absolute date ranges in the documented format', () => {
    const q = parseListQuery({ date_range_start: '2026-01-02 03:04:05', date_range_end: '2026-01-31' }, spec, now);
    expect(q.from?.toISOString()).toBe('2026-01-02T03:04:05.000Z');
    expect(q.to?.toISOString()).toBe('2026-01-31T23:59:59.999Z');
    expect(problems({ date_range_start: 'yesterday' })[0]).toContain('date_range_start');
  });

  it('parses every relative unit, and quarters of a year', () => {
    const ago = (v: string) => now.getTime() - parseRelativeRange(v, now)!.from.getTime();
    expect(ago('30s')).toBe(30_000);
    expect(ago('15m')).toBe(15 * 60_000);
    expect(ago('2h')).toBe(2 * 3_600_000);
    expect(ago('10d')).toBe(10 * 86_400_000);
    expect(parseRelativeRange('1M', now)!.from.toISOString()).toBe('2026-04-15T12:00:00.000Z');
    expect(parseRelativeRange('1y', now)!.from.toISOString()).toBe('2025-05-15T12:00:00.000Z');
    expect(parseRelativeRange('2q', now)!.from.toISOString()).toBe('2025-11-15T12:00:00.000Z');
    expect(parseRelativeRange('1q2020', now)).toEqual({
      from: new Date('2020-01-01T00:00:00.000Z'),
      to: new Date('2020-03-31T23:59:59.999Z'),
    });
    expect(parseRelativeRange('4q2021', now)).toEqual({
      from: new Date('2021-10-01T00:00:00.000Z'),
      to: new Date('2021-12-31T23:59:59.999Z'),
    });
    for (const bad of ['0d', '5q2020', '10w', 'd', '1.5d', '']) expect(parseRelativeRange(bad, now)).toBeUndefined();
    expect(problems({ relative_date_range: '10w' })[0]).toContain('relative_date_range');
  });

  it('accepts a plain q only for lists that search', () => {
    expect(parseListQuery({ q: 'abc' }, spec, now).search).toBe('abc');
    expect(problems({ q: 'abc' }).length).toBe(0);
    const noSearch = { ...spec, search: undefined };
    expect(() => parseListQuery({ q: 'abc' }, noSearch, now)).toThrow(ParameterError);
  });
});
