import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/database/data-source';
import { bridgeSocketPath } from '../../src/database/pglite-bridge';

/**
 * The embedded database served to other local processes (CLI, worker) over DATA_DIR/.s.PGSQL.5432, while this
 * process keeps using it: clients are real `pg` connections over the Unix socket, this process uses its DataSource.
 * Embedded only by nature (PostgreSQL needs no bridge), so it runs the same on both test runs.
 */
describe('embedded database bridge', () => {
  let dir: string;
  let ds: DataSource;

  const client = async () => {
    const c = new Client({ host: dir, port: 5432, user: 'postgres', database: 'postgres' });
    await c.connect();
    return c;
  };
  /** Resolves when `promise` settles, or with 'pending' after the client did `roundTrips` round trips meanwhile. */
  const stillPending = async (promise: Promise<unknown>, meanwhile: Client, roundTrips = 5) => {
    let settled = false;
    void promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (let i = 0; i < roundTrips; i++) await meanwhile.query('SELECT 1');
    return !settled;
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-bridge-'));
    ds = await createDataSource({ kind: 'pglite', dataDir: path.join(dir, 'pglite') }, { migrationsRun: false });
    await ds.initialize();
    await ds.query('CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)');
    await ds.query('INSERT INTO counter VALUES (1, 0)');
    await ds.query('CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)');
  });

  afterAll(async () => {
    await ds?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves a socket only its owner can open', () => {
    const stat = fs.statSync(bridgeSocketPath(dir));
    expect(stat.isSocket()).toBe(true);
    expect(stat.mode & 0o777).toBe(0o600);
  });

  it('answers simple and parameterized queries, errors included, like a server', async () => {
    const c = await client();
    try {
      expect((await c.query('SELECT 1 + 1 AS two')).rows).toEqual([{ two: 2 }]);
      await c.query('INSERT INTO notes (body) VALUES ($1)', ['from a client']);
      expect((await ds.query('SELECT body FROM notes')).map((r: { body: string }) => r.body)).toContain(
        'from a client',
      );
      await expect(c.query('SELECT * FROM no_such_table')).rejects.toMatchObject({ code: '42P01' });
      expect((await c.query('SELECT $1::text AS v', ['still usable'])).rows[0].v).toBe('still usable');
    } finally {
      await c.end();
    }
  });

  it("keeps the process's own queries out of a client's open transaction", async () => {
    const c = await client();
    const other = await client();
    try {
      await c.query('BEGIN');
      await c.query(`INSERT INTO notes (body) VALUES ('uncommitted')`);
      const ownQuery = ds.query(`SELECT count(*)::int AS n FROM notes WHERE body = 'uncommitted'`);
      // The process waits for the session (as for a lock on PostgreSQL) instead of running inside c's transaction.
      expect(await stillPending(ownQuery, c)).toBe(true);
      await c.query('ROLLBACK');
      expect((await ownQuery)[0].n).toBe(0);
      // Likewise a second client.
      await c.query('BEGIN');
      await c.query(`INSERT INTO notes (body) VALUES ('uncommitted')`);
      const otherQuery = other.query(`SELECT count(*)::int AS n FROM notes WHERE body = 'uncommitted'`);
      expect(await stillPending(otherQuery, c)).toBe(true);
      await c.query('COMMIT');
      expect((await otherQuery).rows[0].n).toBe(1);
    } finally {
      await c.end();
      await other.end();
    }
  });

  it("keeps clients out of the process's own open transaction", async () => {
    const c = await client();
    try {
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let inserted!: () => void;
      const insertedOnce = new Promise<void>((r) => (inserted = r));
      const tx = ds.transaction(async (m) => {
        await m.query(`INSERT INTO notes (body) VALUES ('server side')`);
        inserted();
        await gate;
      });
      await insertedOnce;
      const clientQuery = c.query(`SELECT count(*)::int AS n FROM notes WHERE body = 'server side'`);
      let settled = false;
      void clientQuery.then(() => (settled = true));
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
      expect(settled).toBe(false);
      release();
      await tx;
      expect((await clientQuery).rows[0].n).toBe(1);
    } finally {
      await c.end();
    }
  });

  it('serializes read-modify-write transactions of several clients and the process', async () => {
    const clients = await Promise.all([client(), client()]);
    try {
      const bump = async (run: (sql: string) => Promise<unknown>, read: () => Promise<number>) => {
        await run('BEGIN');
        const n = await read();
        await run(`UPDATE counter SET n = ${n + 1} WHERE id = 1`);
        await run('COMMIT');
      };
      const viaClient = (c: Client) => () =>
        bump(
          (sql) => c.query(sql),
          async () => (await c.query('SELECT n FROM counter WHERE id = 1')).rows[0].n,
        );
      const viaProcess = () =>
        ds.transaction(async (m) => {
          const [{ n }] = await m.query('SELECT n FROM counter WHERE id = 1');
          await m.query('UPDATE counter SET n = $1 WHERE id = 1', [n + 1]);
        });
      const loops = [...clients.map(viaClient), viaProcess].map(async (step) => {
        for (let i = 0; i < 15; i++) await step();
      });
      await Promise.all(loops);
      expect((await ds.query('SELECT n FROM counter WHERE id = 1'))[0].n).toBe(45);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  });

  it('rolls back the transaction of a client that goes away', async () => {
    const c = await client();
    c.on('error', () => undefined); // the connection is cut on purpose
    await c.query('BEGIN');
    await c.query(`INSERT INTO notes (body) VALUES ('abandoned')`);
    const ownQuery = ds.query(`SELECT count(*)::int AS n FROM notes WHERE body = 'abandoned'`);
    (c as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    expect((await ownQuery)[0].n).toBe(0);
    expect((await ds.query(`SELECT 1 AS ok`))[0].ok).toBe(1);
  });
});
