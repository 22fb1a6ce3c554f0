/** PostgreSQL error codes the application reacts to (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
const FOREIGN_KEY_VIOLATION = '23503';
const RESTRICT_VIOLATION = '23001';
const UNIQUE_VIOLATION = '23505';

/** The SQLSTATE of a database error, whether TypeORM wrapped it (`QueryFailedError`) or not. */
export function sqlState(error: unknown): string | undefined {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null | undefined;
  const code = e?.code ?? e?.driverError?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A foreign key refused the change: an insert or update naming a row that does not exist, or a delete of a row that
 * others still point at (ON DELETE RESTRICT reports 23001, NO ACTION 23503).
 */
export const isForeignKeyViolation = (error: unknown) =>
  [FOREIGN_KEY_VIOLATION, RESTRICT_VIOLATION].includes(sqlState(error) ?? '');

export const isUniqueViolation = (error: unknown) => sqlState(error) === UNIQUE_VIOLATION;
