import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { applyListQuery, type ListQuery, type ListSpec } from './list-query';
import type { PageMeta } from '../http/resource';

/** Totals are exact up to this many rows; beyond it `total` is this number and `total_capped` is true. */
export const TOTAL_CAP = 10_000;
/**
 * Time a count may take before the planner's estimate is used instead (PostgreSQL only: PGlite always counts).
 * Mutable so that tests can make counts deterministic (a large budget) or force the estimate (1 ms).
 */
export const countBudget = { ms: 40 };

export interface CappedPageMeta extends PageMeta {
  /** true when more rows match than `total` says (counting stops at TOTAL_CAP). */
  total_capped: boolean;
  /** true when counting would have taken too long and `total` is the database planner's estimate. */
  total_estimated: boolean;
}

/**
 * Like the shared `paginate`, for tables that grow to millions of rows: the page is read with LIMIT/OFFSET along
 * an index, and the total is counted only up to TOTAL_CAP + 1 rows and within `countBudget`; a filter that
 * matches few rows spread over millions gets the planner's estimate instead of a full scan.
 */
export async function cappedPaginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  spec: ListSpec,
): Promise<{ items: T[]; meta: CappedPageMeta }> {
  applyListQuery(qb, query, spec);
  const countSource = qb.clone().orderBy().select('1', 'one').offset(undefined).limit(undefined);
  const items = await qb
    .offset((query.page - 1) * query.perPage)
    .limit(query.perPage)
    .getMany();
  const [matchSql, params] = countSource.getQueryAndParameters();
  const { total, capped, estimated } = await countWithinBudget(qb, matchSql, params);
  return {
    items,
    meta: {
      page: query.page,
      per_page: query.perPage,
      total,
      total_pages: Math.ceil(total / query.perPage),
      total_capped: capped,
      total_estimated: estimated,
    },
  };
}

async function countWithinBudget(qb: SelectQueryBuilder<ObjectLiteral>, matchSql: string, params: unknown[]) {
  const countSql = `SELECT count(*) AS n FROM (${matchSql} LIMIT ${TOTAL_CAP + 1}) AS capped`;
  const embedded = (qb.connection as unknown as { embedded?: string }).embedded !== undefined; // PGlite (or its bridge)
  try {
    const counted = await qb.connection.transaction(async (tx) => {
      if (!embedded) await tx.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.round(countBudget.ms))}`);
      const rows: { n: string | number }[] = await tx.query(countSql, params);
      return Number(rows[0].n);
    });
    return { total: Math.min(counted, TOTAL_CAP), capped: counted > TOTAL_CAP, estimated: false };
  } catch (err) {
    if ((err as { code?: string }).code !== '57014') throw err; // only a cancelled (too slow) count falls back
  }
  const plan: { 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[] = await qb.connection.query(
    `EXPLAIN (FORMAT JSON) ${matchSql}`,
    params,
  );
  const estimate = Math.round(plan[0]['QUERY PLAN'][0].Plan['Plan Rows']);
  return { total: Math.min(estimate, TOTAL_CAP), capped: estimate > TOTAL_CAP, estimated: true };
}
