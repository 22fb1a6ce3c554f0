import type { PageMeta } from '../http/resource';
import { severityRank } from '../severity';
import { type ListQuery, type ListSpec, pageMeta } from './list-query';

/** A value of one list column of an in-memory row. */
export type ListValue = string | number | boolean | null | undefined | readonly string[];

const matches = (pattern: string, value: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'is').test(value);

/**
 * The list grammar over a fixed, small catalogue shipped with the product (SAQ types, ...): the same ListSpec,
 * validation and answers as a database list, evaluated in memory. `value(row, column)` reads a column of the spec.
 */
export function listInMemory<T>(
  rows: readonly T[],
  query: ListQuery,
  spec: ListSpec,
  value: (row: T, column: string) => ListValue,
): { items: T[]; meta: PageMeta } {
  let found = rows.filter((row) =>
    query.filters.every(({ column, value: wanted, op }) => {
      const type = spec.columns[column].type;
      const actual = value(row, column);
      if (op && op !== 'eq') {
        const x =
          type === 'severity' ? severityRank(String(actual)) : type === 'number' ? Number(actual) : String(actual);
        const y = type === 'severity' ? severityRank(wanted) : type === 'number' ? Number(wanted) : wanted;
        if (actual === null || actual === undefined) return false;
        return op === 'gteq' ? x >= y : op === 'lteq' ? x <= y : op === 'gt' ? x > y : x < y;
      }
      if (type === 'string' || type === 'string[]') {
        const values = Array.isArray(actual) ? actual : [actual];
        const pattern = wanted.includes('*') ? wanted : `*${wanted}*`;
        return values.some((v) => v !== null && v !== undefined && matches(pattern, String(v)));
      }
      if (type === 'number') return Number(actual) === Number(wanted);
      if (type === 'boolean') return actual === (wanted === 'true');
      return String(actual) === wanted;
    }),
  );
  if (query.search) {
    const needle = query.search.toLowerCase();
    found = found.filter((row) =>
      (spec.search ?? []).some((c) =>
        String(value(row, c) ?? '')
          .toLowerCase()
          .includes(needle),
      ),
    );
  }
  const key = (row: T, column: string) => {
    const v = value(row, column);
    return spec.columns[column].type === 'severity' ? severityRank(String(v)) : v;
  };
  found = [...found].sort((a, b) => {
    for (const { column, direction } of query.sort) {
      const x = key(a, column) as string | number;
      const y = key(b, column) as string | number;
      if (x === y) continue;
      const order = x === null || x === undefined ? -1 : y === null || y === undefined ? 1 : x < y ? -1 : 1;
      return direction === 'ASC' ? order : -order;
    }
    return 0;
  });
  const start = (query.page - 1) * query.perPage;
  return { items: found.slice(start, start + query.perPage), meta: pageMeta(query, found.length) };
}
