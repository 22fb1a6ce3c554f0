import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadEnv } from '../../src/config/env';
import { DataDirLockedError, lockDataDir } from '../../src/database/data-source';

describe('configuration', () => {
  it('has working defaults', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      DATA_DIR: './data',
      BOOTSTRAP_ADMIN_USERNAME: 'admin',
      RUN_WORKERS_IN_API: true,
    });
  });

  it('stops with a message naming each bad variable', () => {
    expect(() => loadEnv({ PORT: 'eighty', JWT_SECRET: 'short', APP_BASE_URL: 'not a url' })).toThrow(ConfigError);
    try {
      loadEnv({ PORT: 'eighty', JWT_SECRET: 'short', LOG_LEVEL: 'loud' });
    } catch (err) {
      const text = (err as Error).message;
      expect(text).toContain('PORT');
      expect(text).toContain('JWT_SECRET');
      expect(text).toContain('LOG_LEVEL');
      expect(text).not.toContain('short'); // the value itself may be a secret
    }
  });
});

describe('embedded database lock', () => {
  it('stops a second process from opening the same data directory, and takes over a dead owner', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-lock-'));
    const data = path.join(dir, 'pglite');
    const release = lockDataDir(data);
    const lockFile = path.join(dir, 'pglite.lock');
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
    // Another live process holds it (pid 1 is always alive).
    release();
    fs.writeFileSync(lockFile, '1');
    expect(() => lockDataDir(data)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(data)).toThrow(/in use by process 1/);
    // A lock left by a process that no longer exists is taken over.
    fs.writeFileSync(lockFile, '999999');
    const again = lockDataDir(data);
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
    again();
    expect(fs.existsSync(lockFile)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
