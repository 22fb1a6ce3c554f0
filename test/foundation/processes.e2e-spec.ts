import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adminUrl, usingPostgres } from '../helpers/database';
import { childEnv, ensureBuilt, root, runProcess, type Started, startProcess } from '../helpers/processes';

/**
 * The real entry points (`node dist/src/main.js`, `cli.js`, `worker.js`) as an operator runs them: the first start's
 * output, the CLI and a worker next to a running API on the embedded database, start-up errors.
 */
describe('processes', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  describe('API on the embedded database, with the CLI and a worker beside it', () => {
    let dataDir: string;
    let api: Started;
    let base: string;
    let apiKey: string;
    const env = () => ({ DATA_DIR: dataDir, PORT: '0', RUN_PERIODIC_TASKS: 'false' });

    beforeAll(async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-proc-'));
      api = startProcess('main', [], env(), { tuned: true });
      const out = await api.waitFor(/"API on http:\/\/127\.0\.0\.1:(\d+)/);
      base = `http://127.0.0.1:${/API on http:\/\/127\.0\.0\.1:(\d+)/.exec(out)![1]}`;
      apiKey = /API key \(x-api-key\): +(\S+)/.exec(out)![1];
    }, 120_000);

    afterAll(async () => {
      await api?.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('prints the credentials once, prominently, and no route-mapping lines (JSON logs off a terminal)', () => {
      const lines = api.output().split('\n');
      expect(lines.filter((l) => l.includes('first start: save these now'))).toHaveLength(1);
      expect(api.output()).not.toMatch(/Mapped \{|RoutesResolver|InstanceLoader/);
      const block = lines.findIndex((l) => l.includes('first start'));
      const logLines = lines.filter((l, i) => l.trim() && (i < block || i > block + 4));
      for (const line of logLines) expect(() => JSON.parse(line)).not.toThrow();
      expect(logLines.length).toBeLessThan(15);
    });

    it('runs with the settings of `npm start` (scripts/node-tuned.sh: malloc tunables, V8 heap flags)', () => {
      const pid = api.child.pid!;
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      expect(cmdline).toEqual(
        expect.arrayContaining([
          '--max-semi-space-size=8',
          '--heap-growing-percent=75',
          '--wasm-num-compilation-tasks=1',
          '--v8-pool-size=2',
        ]),
      );
      expect(cmdline.some((arg) => arg.endsWith('dist/src/main.js'))).toBe(true); // exec'd: the server is this pid
      // The environment as a process started by the script sees it (ld.so rewrites the copy /proc shows).
      const seen = execFileSync(
        path.join(root, 'scripts/node-tuned.sh'),
        ['-e', 'console.log(process.env.GLIBC_TUNABLES)'],
        { encoding: 'utf8', env: childEnv({}) },
      );
      expect(seen.trim()).toBe(
        'glibc.malloc.arena_max=2:glibc.malloc.mmap_threshold=131072:glibc.malloc.trim_threshold=131072',
      );
    });

    it('lets CLI commands read and write the running API’s database', async () => {
      const listed = await runProcess('cli', ['list-api-keys'], env());
      expect(listed.stderr).toBe('');
      expect(listed.stdout).toMatch(/bootstrap\s+active/);
      const created = await runProcess('cli', ['create-api-key', 'from-cli'], env());
      expect(created.code).toBe(0);
      const key = /: (cgk_\S+)/.exec(created.stdout)![1];
      // The API sees the key the CLI wrote through its socket at once.
      const res = await fetch(`${base}/v2/user/valid_token`, { headers: { 'x-api-key': key } });
      expect(res.status).toBe(401); // a valid key, no user credential: 401 for the missing sign-in, not the key
      expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message).not.toMatch(/api key/i);
      const bad = await fetch(`${base}/v2/user/valid_token`, { headers: { 'x-api-key': 'cgk_nope' } });
      expect(((await bad.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/api key/i);
    }, 60_000);

    it('shows the SMS codes and mails the embedded default keeps', async () => {
      const signIn = await fetch(`${base}/auth/sign_in`, {
        method: 'POST',
        headers: { 'x-api-key': apiKey, 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: /password: +(\S+)/.exec(api.output())![1] }),
      });
      const { token } = (await signIn.json()) as { token: string };
      const auth = { 'x-api-key': apiKey, authorization: `Bearer ${token}` };
      const sms = await fetch(`${base}/v2/user/mfa/enable?method=sms&phone_number=41234567&country_code=%2B47`, {
        method: 'PUT',
        headers: auth,
      });
      expect(sms.status).toBe(200);
      const invite = await fetch(`${base}/v2/users/invite`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ user: { email: 'ada@example.com', username: 'ada' } }),
      });
      expect(invite.status).toBe(201);

      const listed = await runProcess('cli', ['sms:list', '--to', '+4741234567'], env());
      expect(listed.stdout).toMatch(/\+4741234567 {2}Your CG Scanning verification code is \d{6}\./);

      let mails = '';
      for (let i = 0; i < 50 && !mails.includes('ada@example.com'); i++) {
        mails = (await runProcess('cli', ['mail:list', '--to', 'ada@example.com'], env())).stdout;
        if (!mails.includes('ada@example.com')) await new Promise((r) => setTimeout(r, 200));
      }
      const id = mails.split(/\s+/)[0];
      const shown = await runProcess('cli', ['mail:show', id], env());
      expect(shown.stdout).toMatch(/^Subject: You are invited to /m);
      expect(shown.stdout).toMatch(/^Links:\n {2}http:\/\/\S+\/users\/invitation\/accept\?invitation_token=\S{40,}$/m);
    }, 60_000);

    it('runs a worker next to the API', async () => {
      const worker = startProcess('worker', [], env());
      try {
        await worker.waitFor(/Worker running/);
        expect(worker.stderr()).toBe('');
      } finally {
        await worker.stop();
      }
      // SIGTERM right after start-up ends it: the job queue stops before the database closes (it hung here once).
      expect(worker.killedHard()).toBe(false);
      expect(worker.child.signalCode ?? worker.child.exitCode).toBe('SIGTERM');
    }, 60_000);
  });

  it('loads the heavy libraries only when used (PDF, S3, OpenAI, SMTP, WebAuthn): none at start', () => {
    const loaded = execFileSync(
      process.execPath,
      ['-e', "require('./dist/src/app.module'); console.log(JSON.stringify(Object.keys(require.cache)))"],
      { cwd: root, encoding: 'utf8' },
    );
    const packages = new Set(
      (JSON.parse(loaded) as string[]).map((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1]),
    );
    expect(packages).toContain('typeorm'); // the check sees the module graph
    for (const lazy of ['pdfkit', 'svg-to-pdfkit', 'vega', 'fontkit', '@aws-sdk/client-s3', 'openai', 'nodemailer'])
      expect(packages).not.toContain(lazy);
    expect(packages).not.toContain('@simplewebauthn/server');
  });

  describe('start-up errors name the fix', () => {
    const pg = () => usingPostgres() || process.env.CI === 'true';
    const url = (database: string) =>
      usingPostgres() ? adminUrl(database) : `postgres://postgres@127.0.0.1:5432/${database}`;

    it('a database that does not exist: stops at once with the createdb command', async () => {
      if (!pg()) return; // needs a PostgreSQL server to say so (CI has one on both runs)
      const started = Date.now();
      const run = await runProcess('main', [], { DATABASE_URL: url('cg_no_such_database'), PORT: '0' });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/The database "cg_no_such_database" does not exist/);
      expect(run.stderr).toMatch(/createdb -h \S+ -p \d+ -U \S+ cg_no_such_database/);
      expect(run.stderr.trim().split('\n')).toHaveLength(3); // the message alone, no stack, said once
      expect(Date.now() - started).toBeLessThan(20_000); // not the ~30 s of retries it was
    }, 60_000);

    it('nothing listening: a few quick retries, then what to start', async () => {
      const run = await runProcess('main', [], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/x', PORT: '0' });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/No PostgreSQL server answers on 127\.0\.0\.1:1 \(ECONNREFUSED/);
      expect(run.stderr).toMatch(/Retrying \(1\/4\)/);
    }, 60_000);
  });
});
