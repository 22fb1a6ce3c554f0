import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { StartupError } from './connection-errors';
import {
  arbitrated,
  BRIDGE_PORT,
  type BridgeServer,
  bridgeSocketPath,
  serveBridge,
  SessionArbiter,
} from './pglite-bridge';
import { SnakeNamingStrategy } from './naming-strategy';
import { migrations } from '../../migrations';

/** Where the data lives: a PostgreSQL URL, or an embedded PGlite directory ('memory://' for a throw-away one). */
export type DatabaseTarget =
  { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string; loadDataDir?: Blob };

export function databaseTargetFromEnv(env: { DATABASE_URL?: string; DATA_DIR: string }): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  // `DATA_DIR=memory://` gives a throw-away in-memory database (used by the CLI's migration generator).
  if (env.DATA_DIR.startsWith('memory://')) return { kind: 'pglite', dataDir: 'memory://' };
  return { kind: 'pglite', dataDir: path.resolve(env.DATA_DIR, 'pglite') };
}

export const baseDataSourceOptions = {
  type: 'postgres',
  migrations,
  migrationsTransactionMode: 'each',
  namingStrategy: new SnakeNamingStrategy(),
  // PGlite has no uuid-ossp: gen_random_uuid() is built into PostgreSQL 13+ (stack.md 0.4c).
  uuidExtension: 'pgcrypto',
  installExtensions: false,
  synchronize: false,
  // Off: TypeORM would print failed queries with their parameters, which can hold token hashes and personal data.
  logging: false,
} as const;

export class DataDirLockedError extends StartupError {}

/**
 * PGlite's memory: WebAssembly memory only grows, so PostgreSQL's defaults (shared_buffers 128 MB, in a 128 MB
 * initial heap) are what an idle API kept. The embedded database serves one process's working set: 16 MB of shared
 * buffers and 4 MB per sort/hash are plenty for it (PostgreSQL's own minimum sizing guidance for small
 * installations). The heap starts at the 128 MB the module declares (it cannot start smaller) and grows on demand.
 */
function pgliteMemory(PGliteClass: unknown) {
  const defaults = (PGliteClass as { defaultStartParams: string[] }).defaultStartParams;
  return {
    startParams: [...defaults, '-c', 'shared_buffers=16MB', '-c', 'work_mem=4MB', '-c', 'maintenance_work_mem=16MB'],
  };
}

/**
 * PGlite does not guard its data directory: two processes on one directory silently lose data (stack.md 2.2).
 * A lock file holding our pid stops a second process; a lock left by a dead process is taken over.
 */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, '..', `${path.basename(dir)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(fs.readFileSync(lockPath, 'utf8'));
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new DataDirLockedError(
          `The embedded database in ${dir} is in use by process ${holder}. Stop that process, or set DATABASE_URL ` +
            `to use a PostgreSQL server that several processes can share (lock file: ${lockPath}).`,
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not take the lock ${lockPath}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Builds (does not initialize) a DataSource for the target; destroying it also closes PGlite and its lock.
 *
 * An embedded data directory in use by another process (the API) is opened through that process's bridge socket
 * (`pglite-bridge.ts`) when `shareEmbedded` allows it (CLI and worker): the same database, as a PostgreSQL client.
 * The process that opens the directory itself serves the bridge, unless `serveBridge` is false.
 */
export async function createDataSource(
  target: DatabaseTarget,
  options: Partial<DataSourceOptions> = {},
  sharing: { shareEmbedded?: boolean; serveBridge?: boolean } = {},
): Promise<DataSource> {
  const common = { ...baseDataSourceOptions, ...options } as DataSourceOptions;
  if (target.kind === 'postgres') {
    return new DataSource({ ...common, url: target.url, extra: { max: 10 } } as DataSourceOptions);
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const memory = target.dataDir.startsWith('memory://');
  const socketDir = path.dirname(target.dataDir);
  let release: () => void;
  try {
    release = memory ? () => undefined : lockDataDir(target.dataDir);
  } catch (err) {
    if (!(err instanceof DataDirLockedError) || !sharing.shareEmbedded || !fs.existsSync(bridgeSocketPath(socketDir)))
      throw err;
    // One session shared with the API: pool of one, like PGlite itself (code inside a transaction uses its manager).
    const ds = new DataSource({
      ...common,
      host: socketDir,
      port: BRIDGE_PORT,
      username: 'postgres',
      database: 'postgres',
      poolSize: 1,
      extra: { max: 1, idleTimeoutMillis: 0 },
    } as DataSourceOptions);
    return Object.assign(ds, { embedded: 'bridge' as const });
  }
  let pglite: InstanceType<typeof PGlite>;
  const PGLITE_MEMORY = pgliteMemory(PGlite);
  try {
    pglite =
      memory && target.loadDataDir
        ? await PGlite.create({ loadDataDir: target.loadDataDir, ...PGLITE_MEMORY })
        : new PGlite(target.dataDir, PGLITE_MEMORY);
  } catch (err) {
    release();
    throw err;
  }
  const arbiter = new SessionArbiter();
  let bridge: BridgeServer | undefined;
  if (!memory && sharing.serveBridge !== false) {
    await pglite.waitReady;
    bridge = await serveBridge(pglite, arbiter, socketDir).catch(() => undefined);
  }
  // PGlite is one connection: the pool must be of size 1, and code inside a transaction must use its manager.
  const ds = new DataSource({
    ...common,
    poolSize: 1,
    extra: { ...createPgConfig(arbitrated(pglite, arbiter)), max: 1, idleTimeoutMillis: 0 },
  } as DataSourceOptions);
  const destroy = ds.destroy.bind(ds);
  Object.assign(ds, {
    destroy: async () => {
      await bridge?.close();
      bridge = undefined;
      if (ds.isInitialized) await destroy();
      if (!pglite.closed) await pglite.close();
      release();
    },
    pglite,
    embedded: 'pglite' as const,
  });
  return ds;
}

/** True when the data lives in PGlite, opened here or through the bridge of the process that has it open. */
export function isEmbedded(ds: DataSource): boolean {
  return (ds as unknown as { embedded?: string }).embedded !== undefined;
}

/** The raw PGlite instance behind a DataSource, when there is one (used to dump a template in tests). */
export function pgliteOf(ds: DataSource): { dumpDataDir(c?: 'gzip' | 'none'): Promise<Blob | File> } | undefined {
  return (ds as unknown as { pglite?: { dumpDataDir(c?: 'gzip' | 'none'): Promise<Blob | File> } }).pglite;
}
