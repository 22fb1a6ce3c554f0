import type { ObjectLiteral, Repository } from 'typeorm';

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
  for (const column of repo.metadata.columns) {
    let value = row[`${prefix}${column.databaseName}`];
    if (value === undefined) continue;
    const transformers = column.transformer ? [column.transformer].flat() : [];
    for (const t of transformers.reverse()) value = t.from(value);
    (entity as Record<string, unknown>)[column.propertyName] = value;
  }
  return entity;
}
