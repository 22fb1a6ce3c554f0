import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import type { Type } from '@nestjs/common';
import { createApp } from '../../src/app.factory';
import { type DatabaseTarget, pgliteOf } from '../../src/database/data-source';
import { FirstStartService } from '../../src/bootstrap/first-start.service';
import type { Role } from '../../src/common/auth/roles';
import { ApiKeysService } from '../../src/modules/api-keys/api-keys.service';
import type { Organization } from '../../src/modules/organizations/organization.entity';
import { OrganizationsService } from '../../src/modules/organizations/organizations.service';
import type { User } from '../../src/modules/users/user.entity';
import { UsersService } from '../../src/modules/users/users.service';
import { freshDatabase } from './database';

export const DEFAULT_PASSWORD = 'correct horse battery staple';

export interface TestAppOptions {
  /** Modules added to the app (test-only subscribers, providers). */
  extraModules?: Type[];
}

export interface SignedIn {
  user: User;
  token: string;
  /** Headers for this user's requests: API key + Bearer token. */
  headers: Record<string, string>;
}

/**
 * The real application over HTTP (supertest) on a database of its own, with a bootstrap super admin and API key.
 * Fixtures go through services, never around them.
 */
export class TestApp {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly apiKey: string,
    readonly superAdmin: { username: string; password: string },
    /** DATA_DIR of this app: mail (.eml files) lands in `<dataDir>/mail`. */
    readonly dataDir: string,
    private readonly dropDatabase: () => Promise<void>,
    private readonly database: DatabaseTarget,
  ) {}

  get mailDir(): string {
    return path.join(this.dataDir, 'mail');
  }

  static async start(envOverrides: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
    const db = await freshDatabase();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-test-'));
    const app = await TestApp.boot(db.target, dataDir, envOverrides, options);
    const first = await app.get(FirstStartService).run(false);
    return new TestApp(
      app,
      first.apiKey!,
      { username: first.username!, password: first.password! },
      dataDir,
      db.drop,
      db.target,
    );
  }

  private static async boot(
    database: DatabaseTarget,
    dataDir: string,
    envOverrides: Record<string, string>,
    options: TestAppOptions,
  ): Promise<NestFastifyApplication> {
    const { app } = await createApp({
      logger: false,
      database,
      extraModules: options.extraModules,
      envOverrides: { LOG_LEVEL: 'silent', NODE_ENV: 'test', DATA_DIR: dataDir, ...envOverrides },
    });
    await app.getHttpAdapter().getInstance().ready();
    return app;
  }

  /**
   * Stops this app the way a crash would leave things (nothing after the last commit runs) and starts a new one on
   * the same data: the same PostgreSQL database, or (PGlite) a copy of the data directory taken at the stop.
   * This instance must not be used afterwards; close the returned one.
   */
  async restart(envOverrides: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
    let database = this.database;
    const pglite = pgliteOf(this.dataSource);
    if (pglite) {
      const dump = await pglite.dumpDataDir('none');
      database = { kind: 'pglite', dataDir: 'memory://', loadDataDir: dump };
    }
    await this.app.close();
    const app = await TestApp.boot(database, this.dataDir, envOverrides, options);
    return new TestApp(app, this.apiKey, this.superAdmin, this.dataDir, this.dropDatabase, database);
  }

  /** A second application on the same database (PostgreSQL only: PGlite is one process, one connection). */
  async secondInstance(envOverrides: Record<string, string> = {}, options: TestAppOptions = {}) {
    if (this.database.kind !== 'postgres') throw new Error('A second instance needs PostgreSQL');
    return TestApp.boot(this.database, this.dataDir, envOverrides, options);
  }

  /** Listens on 127.0.0.1 (ephemeral port) for clients other than supertest: raw sockets, fetch. Returns the base URL. */
  async listen(): Promise<string> {
    const server = this.app.getHttpServer();
    if (!server.listening) await this.app.listen({ port: 0, host: '127.0.0.1' });
    return `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}`;
  }

  get http(): TestAgent {
    return request(this.app.getHttpServer());
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  get<T>(token: new (...args: never[]) => T): T {
    return this.app.get(token as never);
  }

  async close() {
    await this.app.close();
    await this.dropDatabase();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** Headers with the API key only. */
  get keyOnly(): Record<string, string> {
    return { 'x-api-key': this.apiKey };
  }

  async signIn(username: string, password: string): Promise<string> {
    const res = await this.http.post('/auth/sign_in').set(this.keyOnly).send({ username, password });
    if (res.status !== 200 || !res.body.token)
      throw new Error(`sign-in of ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.token;
  }

  async signInSuperAdmin(): Promise<SignedIn> {
    const token = await this.signIn(this.superAdmin.username, this.superAdmin.password);
    const user = (await this.get(UsersService).findForSignIn(this.superAdmin.username))!;
    return { user, token, headers: { ...this.keyOnly, authorization: `Bearer ${token}` } };
  }

  createOrganization(name: string, extra: Partial<Organization> = {}): Promise<Organization> {
    return this.get(OrganizationsService).create({ name, companyName: `${name} Inc.`, ...extra });
  }

  /** A confirmed user with DEFAULT_PASSWORD, signed in. */
  async createUser(
    organization: Organization,
    role: Role = 'User',
    username = `u_${Math.random().toString(36).slice(2, 10)}`,
  ): Promise<SignedIn> {
    const user = await this.get(UsersService).create({
      organizationId: organization.id,
      username,
      email: `${username}@example.test`,
      password: DEFAULT_PASSWORD,
      role,
      confirmed: true,
    });
    const token = await this.signIn(username, DEFAULT_PASSWORD);
    return { user, token, headers: { ...this.keyOnly, authorization: `Bearer ${token}` } };
  }

  async newApiKey(name = 'test'): Promise<{ id: string; raw: string }> {
    const { key, rawKey } = await this.get(ApiKeysService).create(name, null);
    return { id: key.id, raw: rawKey };
  }
}

/** Asserts the common error envelope and returns its first entry. */
export function expectError(res: request.Response, status: number, type?: string) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
  expect(Array.isArray(res.body.errors)).toBe(true);
  expect(res.body.errors.length).toBeGreaterThan(0);
  for (const e of res.body.errors) {
    expect(typeof e.message).toBe('string');
    expect(typeof e.type).toBe('string');
    expect(e.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  }
  if (type) expect(res.body.errors.map((e: { type: string }) => e.type)).toContain(type);
  return res.body.errors[0] as { message: string; type: string; timestamp: string };
}
