import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(__dirname, '..', '..');

/** Compiles dist/ when a source is newer than the last build (a no-op when it is current). */
export function ensureBuilt() {
  execFileSync(process.execPath, [path.join(root, 'scripts/run.mjs'), 'build'], { cwd: root, stdio: 'ignore' });
}

/** Environment for a child process: this one's, less the test runner's, plus `env`. */
export function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const key of ['DATABASE_URL', 'NODE_OPTIONS', 'JEST_WORKER_ID', 'LOG_LEVEL', 'NODE_ENV']) delete base[key];
  return { ...base, ...env };
}

export interface Started {
  child: ChildProcess;
  output: () => string;
  stderr: () => string;
  /** Resolves with the output once it matches `pattern` (rejects if the process exits first). */
  waitFor(pattern: RegExp): Promise<string>;
  /** Ends the process with SIGTERM (SIGKILL if it is still there 15 s later); resolves with its exit code. */
  stop(): Promise<number | null>;
  /** True when stop() had to use SIGKILL. */
  killedHard(): boolean;
}

/**
 * Starts `node dist/src/<entry>.js`, collecting its output; `tuned` starts it through scripts/node-tuned.sh, as
 * `npm start` and `npm run worker` do.
 */
export function startProcess(
  entry: string,
  args: string[],
  env: Record<string, string>,
  { tuned = false }: { tuned?: boolean } = {},
): Started {
  const script = [path.join(root, 'dist/src', `${entry}.js`), ...args];
  const child = spawn(tuned ? path.join(root, 'scripts/node-tuned.sh') : process.execPath, script, {
    cwd: root,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const listeners = new Set<() => void>();
  child.stdout!.on('data', (d: Buffer) => ((out += d.toString()), listeners.forEach((l) => l())));
  child.stderr!.on('data', (d: Buffer) => ((err += d.toString()), listeners.forEach((l) => l())));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  let killedHard = false;
  return {
    child,
    output: () => out,
    stderr: () => err,
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (pattern.test(out)) {
            listeners.delete(check);
            resolve(out);
          }
        };
        listeners.add(check);
        void exited.then((code) => {
          if (!pattern.test(out)) reject(new Error(`${entry} exited (${code}) before ${pattern}:\n${out}\n${err}`));
        });
        check();
      }),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      // A process that ignores SIGTERM must not outlive the test run (it would keep Jest from exiting).
      const hard = setTimeout(() => ((killedHard = true), child.kill('SIGKILL')), 15_000);
      const code = await exited;
      clearTimeout(hard);
      return code;
    },
    killedHard: () => killedHard,
  };
}

/** Runs `node dist/src/<entry>.js` to completion. */
export async function runProcess(
  entry: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const started = startProcess(entry, args, env);
  const code = await new Promise<number | null>((resolve) => started.child.on('close', resolve));
  return { code, stdout: started.output(), stderr: started.stderr() };
}
