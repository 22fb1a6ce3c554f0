/** A problem the operator fixes (configuration, a locked or missing database): printed plainly, without a stack. */
export class StartupError extends Error {}

/** The database could not be reached or opened; `transient` ones (a server still starting) are retried briefly. */
export class DatabaseConnectionError extends StartupError {
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
  }
}

/** Connection refused / reset is retried this many times, `RETRY_DELAY_MS` apart (a server that is still starting). */
export const CONNECT_RETRY_ATTEMPTS = 5;
export const CONNECT_RETRY_DELAY_MS = 1_000;

interface PgLikeError {
  code?: string;
  message?: string;
}

/** The URL without its password, for messages. */
function describeUrl(url: string): { shown: string; host: string; port: string; user: string; database: string } {
  try {
    const u = new URL(url);
    const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || decodeURIComponent(u.username) || 'postgres';
    if (u.password) u.password = '***';
    return {
      shown: u.toString(),
      host: u.hostname || 'localhost',
      port: u.port || '5432',
      user: decodeURIComponent(u.username) || 'postgres',
      database,
    };
  } catch {
    return { shown: '(unparsable DATABASE_URL)', host: 'localhost', port: '5432', user: 'postgres', database: '?' };
  }
}

/**
 * Turns a driver error from the first connection into a message that names the fix. PostgreSQL SQLSTATEs:
 * 3D000 invalid_catalog_name (no such database), 28P01 invalid_password, 28000 invalid_authorization_specification
 * (no pg_hba.conf entry, unknown role); Node's ECONNREFUSED / ENOTFOUND / ETIMEDOUT for the network.
 * A database is never created implicitly: a mistyped URL would otherwise start a second, empty installation with a
 * new super admin next to the real one.
 */
export function classifyConnectionError(err: unknown, url: string): DatabaseConnectionError | undefined {
  const { code, message = '' } = (err ?? {}) as PgLikeError;
  const { shown, host, port, user, database } = describeUrl(url);
  const psql = `-h ${host} -p ${port} -U ${user}`;
  switch (code) {
    case '3D000':
      return new DatabaseConnectionError(
        `The database "${database}" does not exist on ${host}:${port} (DATABASE_URL=${shown}).\n` +
          `Create it, then start again:  createdb ${psql} ${database}\n` +
          `(or: psql ${psql} -d postgres -c 'CREATE DATABASE "${database}"')`,
        false,
      );
    case '28P01':
      return new DatabaseConnectionError(
        `PostgreSQL refused the password of user "${user}" on ${host}:${port} (DATABASE_URL=${shown}). ` +
          `Check the user and password in DATABASE_URL (percent-encode special characters).`,
        false,
      );
    case '28000':
      return new DatabaseConnectionError(
        `PostgreSQL refused the connection of user "${user}" to "${database}" on ${host}:${port}: ${message}. ` +
          `Check that the role exists and that pg_hba.conf allows this client (DATABASE_URL=${shown}).`,
        false,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new DatabaseConnectionError(
        `The database host "${host}" cannot be resolved (DATABASE_URL=${shown}).`,
        code === 'EAI_AGAIN',
      );
    case 'ECONNREFUSED':
    case 'ECONNRESET':
    case 'ETIMEDOUT':
    case '57P03': // cannot_connect_now: the server is starting up
      return new DatabaseConnectionError(
        `No PostgreSQL server answers on ${host}:${port} (${code}; DATABASE_URL=${shown}). Start it ` +
          `(pg_ctlcluster <version> main start, or your service manager), or unset DATABASE_URL to use the embedded database.`,
        true,
      );
    default:
      return undefined;
  }
}
