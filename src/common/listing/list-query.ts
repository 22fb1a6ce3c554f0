import { type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { ParameterError } from '../errors/app-error';
import type { PageMeta } from '../http/resource';
import { SEVERITIES, severityRank } from '../severity';

/**
 * `severity`: `sql` is a severity rank column (`severity_rank`); filters take the names (`q[severity]=high`) and
 * compare ranks, and sorting orders by rank (critical > high > medium > low > info).
 */
export type ListColumnType = 'string' | 'string[]' | 'uuid' | 'number' | 'boolean' | 'date' | 'enum' | 'severity';

export interface ListColumn {
  /** SQL expression, normally `<alias>.<column>`; never built from input. */
  sql: string;
  type: ListColumnType;
  /** Allowed values for `enum`. */
  values?: readonly string[];
  /** false: filterable but not sortable (e.g. arrays). */
  sortable?: boolean;
}

/** The whitelist a list accepts: which `q[...]` and `sort_by` columns exist and what they mean in SQL. */
export interface ListSpec {
  columns: Record<string, ListColumn>;
  /** `sort_by` used when none is given, e.g. `created_at:desc`. */
  defaultSort: string;
  /** Column that `date_range_*` and `relative_date_range` apply to (default `created_at`). */
  dateColumn?: string;
  /** Columns a plain `q=<text>` searches (case-insensitive substring). */
  search?: string[];
  /** Tie-breaker that makes paging stable, e.g. `t.id`. */
  tieBreaker: string;
}

/**
 * Comparison of a filter: `eq` for `q[col]=v`; the Ransack-style suffixes `q[col_gteq]`, `q[col_lteq]`, `q[col_gt]`,
 * `q[col_lt]` compare number and date columns.
 */
export type FilterOp = 'eq' | 'gteq' | 'lteq' | 'gt' | 'lt';
const RANGE_OPS: Record<Exclude<FilterOp, 'eq'>, string> = { gteq: '>=', lteq: '<=', gt: '>', lt: '<' };

export interface ListQuery {
  page: number;
  perPage: number;
  /** `op` absent means `eq`. */
  filters: { column: string; value: string; op?: FilterOp }[];
  sort: { column: string; direction: 'ASC' | 'DESC' }[];
  from?: Date;
  to?: Date;
  search?: string;
}

export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 100;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LIST_KEYS = new Set([
  'page',
  'per_page',
  'sort_by',
  'date_range_start',
  'date_range_end',
  'relative_date_range',
  'q',
]);

export interface ListQueryOptions {
  /**
   * false for endpoints that answer one summary or one file (widgets, CSV exports): the filters of the grammar apply,
   * `page`, `per_page` and `sort_by` are refused (422) rather than ignored.
   */
  paged?: boolean;
}

/**
 * Parses the list grammar of API.md against a whitelist. Every problem is collected and reported as one 422,
 * so that an unknown column never reaches SQL and is never silently ignored.
 */
export function parseListQuery(
  raw: Record<string, unknown>,
  spec: ListSpec,
  now: Date = new Date(),
  options: ListQueryOptions = {},
): ListQuery {
  const problems: string[] = [];
  if (options.paged === false) {
    for (const key of ['page', 'per_page', 'sort_by'])
      if (raw[key] !== undefined) problems.push(`${key} is not accepted here: this endpoint is not a paged list`);
  }
  const one = (key: string): string | undefined => {
    const value = raw[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      problems.push(`${key} must be given once, as a string`);
      return undefined;
    }
    return value;
  };

  const page = parseIntParam(one('page'), 'page', 1, Number.MAX_SAFE_INTEGER, 1, problems);
  const perPage = parseIntParam(one('per_page'), 'per_page', 1, MAX_PER_PAGE, DEFAULT_PER_PAGE, problems);

  const filters: ListQuery['filters'] = [];
  const filterEntries: [string, unknown][] = [];
  for (const [key, value] of Object.entries(raw)) {
    const bracket = /^q\[([^\]]*)\]$/.exec(key);
    if (bracket) filterEntries.push([bracket[1], value]);
    else if (key === 'q' && value && typeof value === 'object' && !Array.isArray(value)) {
      filterEntries.push(...Object.entries(value as Record<string, unknown>));
    } else if (key.startsWith('q[') || (key.startsWith('q.') && !LIST_KEYS.has(key))) {
      problems.push(`${key} is not a valid filter (use q[column]=value)`);
    }
  }
  for (const [key, value] of filterEntries) {
    let column = key;
    let op: FilterOp = 'eq';
    const range = /^(.+)_(gteq|lteq|gt|lt)$/.exec(key);
    if (!spec.columns[key] && range && spec.columns[range[1]]) {
      column = range[1];
      op = range[2] as FilterOp;
      const type = spec.columns[column].type;
      if (type !== 'number' && type !== 'date' && type !== 'severity') {
        problems.push(`q[${key}]: ${range[2]} compares number, date and severity columns only`);
        continue;
      }
    }
    const def = spec.columns[column];
    if (!def) {
      problems.push(`q[${column}] is not a filterable column (allowed: ${Object.keys(spec.columns).join(', ')})`);
      continue;
    }
    if (typeof value !== 'string') {
      problems.push(`q[${column}] must be given once, as a string`);
      continue;
    }
    const problem = checkFilterValue(key, def, value);
    if (problem) problems.push(problem);
    else filters.push(op === 'eq' ? { column, value } : { column, value, op });
  }

  const sort = options.paged === false ? [] : parseSort(one('sort_by') ?? spec.defaultSort, spec, problems);

  let from: Date | undefined;
  let to: Date | undefined;
  const start = one('date_range_start');
  const end = one('date_range_end');
  if (start !== undefined) from = parseDateParam(start, 'date_range_start', problems);
  if (end !== undefined) to = parseDateParam(end, 'date_range_end', problems, true);
  const relative = one('relative_date_range');
  if (relative !== undefined) {
    const range = parseRelativeRange(relative, now);
    if (!range) {
      problems.push(
        'relative_date_range must be <n><unit> with unit one of s, m, h, d, M, y, q (e.g. 10d), or <1-4>q<year> (e.g. 1q2020)',
      );
    } else {
      from = from && from > range.from ? from : range.from;
      to = to && to < range.to ? to : range.to;
    }
  }
  if ((from || to) && !spec.columns[spec.dateColumn ?? 'created_at'])
    problems.push('this list has no date to filter on');

  const plain = raw.q;
  const search = typeof plain === 'string' ? plain : undefined;
  if (search !== undefined && !spec.search?.length) problems.push('q must be q[column]=value for this list');

  if (problems.length) throw new ParameterError(problems);
  return { page, perPage, filters, sort, from, to, search: search || undefined };
}

function parseIntParam(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
  fallback: number,
  problems: string[],
) {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    problems.push(`${name} must be an integer from ${min}${max === Number.MAX_SAFE_INTEGER ? '' : ` to ${max}`}`);
    return fallback;
  }
  return Number(value);
}

function checkFilterValue(column: string, def: ListColumn, value: string): string | undefined {
  const wildcard = value.includes('*');
  switch (def.type) {
    case 'string':
    case 'string[]':
      return value.length > 500 ? `q[${column}] is too long` : undefined;
    case 'uuid':
      return UUID_RE.test(value) ? undefined : `q[${column}] must be a UUID`;
    case 'number':
      return !wildcard && value.trim() !== '' && Number.isFinite(Number(value))
        ? undefined
        : `q[${column}] must be a number`;
    case 'boolean':
      return value === 'true' || value === 'false' ? undefined : `q[${column}] must be true or false`;
    case 'enum':
      return def.values?.includes(value) ? undefined : `q[${column}] must be one of ${def.values?.join(', ')}`;
    case 'severity':
      return (SEVERITIES as readonly string[]).includes(value)
        ? undefined
        : `q[${column}] must be one of ${SEVERITIES.join(', ')}`;
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDay(value)
        ? undefined
        : `q[${column}] must be a date YYYY-MM-DD`;
  }
}

function parseSort(value: string, spec: ListSpec, problems: string[]): ListQuery['sort'] {
  const sort: ListQuery['sort'] = [];
  for (const part of value.split(',')) {
    const m = /^([A-Za-z0-9_]+)(?::(asc|desc))?$/i.exec(part.trim());
    const def = m && spec.columns[m[1]];
    if (!m || !def || def.sortable === false) {
      const allowed = Object.entries(spec.columns)
        .filter(([, c]) => c.sortable !== false)
        .map(([k]) => k);
      problems.push(`sort_by must be <column>:<asc|desc> with column one of ${allowed.join(', ')}`);
      return [];
    }
    sort.push({ column: m[1], direction: (m[2] ?? 'asc').toUpperCase() as 'ASC' | 'DESC' });
  }
  return sort;
}

/** `YYYY-MM-DD hh:mm:ss` (UTC) as API.md says; a bare date or an ISO-8601 string is accepted too. */
function parseDateParam(value: string, name: string, problems: string[], endOfDay = false): Date | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?))?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    value.trim(),
  );
  if (m && isRealDay(m[1])) {
    const time = m[2] ?? (endOfDay ? '23:59:59.999' : '00:00:00');
    const date = new Date(`${m[1]}T${time.length === 5 ? `${time}:00` : time}${m[3] ?? 'Z'}`);
    if (!Number.isNaN(date.getTime())) return date;
  }
  problems.push(`${name} must be a date-time YYYY-MM-DD hh:mm:ss`);
  return undefined;
}

/** Rejects days that Date would roll over (2024-02-31). */
const isRealDay = (day: string) => {
  const t = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === day;
};

/**
 * `<n><unit>`: the last n seconds/minutes/hours/days/Months/years/quarters up to now.
 * `<k>q<year>`: quarter k (1-4) of that year, e.g. `1q2020` is 2020-01-01 to 2020-03-31.
 */
export function parseRelativeRange(value: string, now: Date): { from: Date; to: Date } | undefined {
  const quarter = /^([1-4])q(\d{4})$/.exec(value);
  if (quarter) {
    const year = Number(quarter[2]);
    const startMonth = (Number(quarter[1]) - 1) * 3;
    return { from: new Date(Date.UTC(year, startMonth, 1)), to: new Date(Date.UTC(year, startMonth + 3, 1) - 1) };
  }
  const m = /^(\d{1,6})([smhdMyq])$/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  if (n < 1) return undefined;
  const from = new Date(now);
  switch (m[2]) {
    case 's':
      from.setTime(now.getTime() - n * 1000);
      break;
    case 'm':
      from.setTime(now.getTime() - n * 60_000);
      break;
    case 'h':
      from.setTime(now.getTime() - n * 3_600_000);
      break;
    case 'd':
      from.setTime(now.getTime() - n * 86_400_000);
      break;
    case 'M':
      from.setUTCMonth(from.getUTCMonth() - n);
      break;
    case 'q':
      from.setUTCMonth(from.getUTCMonth() - 3 * n);
      break;
    case 'y':
      from.setUTCFullYear(from.getUTCFullYear() - n);
      break;
  }
  return { from, to: new Date(now) };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
/** A filter value as a LIKE pattern: `*` matches anything, `%`, `_` and `\\` are literal (use with ESCAPE '\\'). */
export const likePattern = (value: string) => escapeLike(value).replace(/\*/g, '%');

/** Applies filters, date range, search and sort to a query builder. Parameter names are generated, values bound. */
export function applyListQuery<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery, spec: ListSpec) {
  applyListFilters(qb, query, spec);
  query.sort.forEach(({ column, direction }, i) => {
    const sql = spec.columns[column].sql;
    if (i === 0) qb.orderBy(sql, direction, direction === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST');
    else qb.addOrderBy(sql, direction, direction === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST');
  });
  qb.addOrderBy(spec.tieBreaker, 'ASC');
  return qb;
}

/** Whether a query filters at all beyond the given columns (e.g. a widget's fast path for `organization_id`). */
export const filtersOnlyBy = (query: ListQuery, columns: string[]) =>
  !query.from && !query.to && !query.search && query.filters.every((f) => columns.includes(f.column));

/** The filters, date range and search of a query, without sorting (aggregates, exports in their own order). */
export function applyListFilters<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery, spec: ListSpec) {
  query.filters.forEach(({ column, value, op }, i) => {
    const def = spec.columns[column];
    const p = `lq_f${i}`;
    if (op && op !== 'eq') {
      const cmp = RANGE_OPS[op];
      // A date compares by day: `_gteq` from its start, `_lteq` to its end, `_gt` after it, `_lt` before it.
      const bound =
        def.type === 'number'
          ? Number(value)
          : def.type === 'severity'
            ? severityRank(value)
            : new Date(Date.parse(`${value}T00:00:00Z`) + (op === 'lteq' || op === 'gt' ? 86_400_000 : 0));
      const dateCmp = op === 'lteq' ? '<' : op === 'gt' ? '>=' : cmp;
      qb.andWhere(`${def.sql} ${def.type === 'date' ? dateCmp : cmp} :${p}`, { [p]: bound });
      return;
    }
    switch (def.type) {
      case 'string':
        qb.andWhere(`${def.sql} ILIKE :${p} ESCAPE '\\'`, { [p]: likePattern(value) });
        break;
      case 'string[]':
        qb.andWhere(
          `EXISTS (SELECT 1 FROM unnest(${def.sql}) AS lq_e${i}(v) WHERE lq_e${i}.v ILIKE :${p} ESCAPE '\\')`,
          {
            [p]: likePattern(value),
          },
        );
        break;
      case 'date':
        qb.andWhere(`${def.sql} >= :${p}a AND ${def.sql} < :${p}b`, {
          [`${p}a`]: new Date(`${value}T00:00:00Z`),
          [`${p}b`]: new Date(Date.parse(`${value}T00:00:00Z`) + 86_400_000),
        });
        break;
      case 'boolean':
        qb.andWhere(`${def.sql} = :${p}`, { [p]: value === 'true' });
        break;
      case 'number':
        qb.andWhere(`${def.sql} = :${p}`, { [p]: Number(value) });
        break;
      case 'severity':
        qb.andWhere(`${def.sql} = :${p}`, { [p]: severityRank(value) });
        break;
      default:
        qb.andWhere(`${def.sql} = :${p}`, { [p]: value });
    }
  });
  const dateSql = spec.columns[spec.dateColumn ?? 'created_at']?.sql;
  if (query.from && dateSql) qb.andWhere(`${dateSql} >= :lq_from`, { lq_from: query.from });
  if (query.to && dateSql) qb.andWhere(`${dateSql} <= :lq_to`, { lq_to: query.to });
  if (query.search && spec.search?.length) {
    const ors = spec.search.map((c) => `${spec.columns[c].sql}::text ILIKE :lq_search ESCAPE '\\'`).join(' OR ');
    qb.andWhere(`(${ors})`, { lq_search: `%${escapeLike(query.search)}%` });
  }
  return qb;
}

export function pageMeta(query: ListQuery, total: number): PageMeta {
  return { page: query.page, per_page: query.perPage, total, total_pages: Math.ceil(total / query.perPage) };
}

/** Runs a filtered list: one query for the page, one for the total. */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  spec: ListSpec,
): Promise<{ items: T[]; meta: PageMeta }> {
  applyListQuery(qb, query, spec);
  const [items, total] = await qb
    .skip((query.page - 1) * query.perPage)
    .take(query.perPage)
    .getManyAndCount();
  return { items, meta: pageMeta(query, total) };
}
