import { createHash } from 'node:crypto';
import type { ObjectLiteral, Repository } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Hot paths (every authenticated page load) skip TypeORM's query builder, whose SQL generation costs more than the
 * query itself: the SQL is written once from the entity metadata and rows are turned back into entities here.
 */
export function selectList<T extends ObjectLiteral>(repo: Repository<T>, alias: string, prefix = ''): string {
  return repo.metadata.columns
    .filter((c) => c.isSelect)
    .map((c) => `${alias}."${c.databaseName}" AS "${prefix}${c.databaseName}"`)
    .join(', ');
}

export function hydrate<T extends ObjectLiteral>(repo: Repository<T>, row: Record<string, unknown>, prefix = ''): T {
  const entity = repo.create();
  for (const column of plan(repo)) {
    let value = row[`${prefix}${column.databaseName}`];
    if (value === undefined) continue;
    for (const t of column.transformers) value = t.from(value);
    (entity as Record<string, unknown>)[column.propertyName] = value;
  }
  return entity;
}

/**
 * An entity from a JSON object keyed by column names (`row_to_json` of a select list): one column on the wire
 * instead of one per field. JSON has no timestamps: they arrive as ISO strings and become Dates here.
 */
export function hydrateJson<T extends ObjectLiteral>(repo: Repository<T>, json: Record<string, unknown>): T {
  const entity = repo.create();
  for (const column of plan(repo)) {
    let value = json[column.databaseName];
    if (value === undefined) continue;
    if (column.isTimestamp && typeof value === 'string') value = new Date(value);
    for (const t of column.transformers) value = t.from(value);
    (entity as Record<string, unknown>)[column.propertyName] = value;
  }
  return entity;
}

/** `row_to_json` of the selectable columns of `alias`, plus `extra` select-list entries (`expr AS "key"`). */
export function selectJson<T extends ObjectLiteral>(repo: Repository<T>, alias: string, extra: string[] = []): string {
  const columns = repo.metadata.columns.filter((c) => c.isSelect).map((c) => `${alias}."${c.databaseName}"`);
  return `(SELECT row_to_json(j) FROM (SELECT ${[...columns, ...extra].join(', ')}) j)`;
}

interface ColumnPlan {
  databaseName: string;
  propertyName: string;
  isTimestamp: boolean;
  transformers: Array<{ from(value: unknown): unknown }>;
}
const plans = new WeakMap<object, ColumnPlan[]>();

/** What hydration needs of each column, worked out once per entity. */
function plan(repo: Repository<ObjectLiteral>): ColumnPlan[] {
  let columns = plans.get(repo.metadata);
  if (!columns) {
    columns = repo.metadata.columns.map((c) => ({
      databaseName: c.databaseName,
      propertyName: c.propertyName,
      isTimestamp: /^timestamp/.test(String(c.type)) || c.type === Date,
      transformers: (c.transformer ? [c.transformer].flat() : []).reverse(),
    }));
    plans.set(repo.metadata, columns);
  }
  return columns;
}

const statementNames = new Map<string, string>();

/**
 * Runs a hot-path read as a named prepared statement: PostgreSQL parses and plans it once per connection instead of
 * on every call (the guard's caller query: ~570 µs as an unnamed statement, ~215 µs prepared, on 127.0.0.1).
 * The name is derived from the text, so one text is one statement on every connection. Not for use inside a
 * transaction: it takes a pooled connection of its own (the repository must be a root one, not a transaction's).
 */
export async function queryPrepared<R = Record<string, unknown>>(
  repo: Repository<ObjectLiteral>,
  text: string,
  values: unknown[],
): Promise<R[]> {
  if (repo.manager.queryRunner) return repo.manager.query(text, values);
  let name = statementNames.get(text);
  if (!name) {
    name = `hot_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  const pool = (repo.manager.connection.driver as PostgresDriver).master as {
    query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: R[] }>;
  };
  return (await pool.query({ name, text, values })).rows;
}
