import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { In } from 'typeorm';
import { RecordNotFound } from '../../src/common/errors/app-error';
import { tenantRepositoryToken, type TenantRepository } from '../../src/common/tenancy/tenant-repository';
import { TenantScope } from '../../src/common/tenancy/tenant-scope';
import { Target } from '../../src/modules/targets/target.entity';
import { TestApp } from '../helpers/test-app';

/** Compiles `code` as a file of this folder and answers the type errors, as `line: message`. */
function typeErrors(code: string): string[] {
  const file = path.join(__dirname, `.typecheck-${process.pid}.ts`);
  fs.writeFileSync(file, code);
  try {
    const configPath = path.join(__dirname, '..', '..', 'tsconfig.json');
    const config = ts.getParsedCommandLineOfConfigFile(
      configPath,
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
    )!;
    const program = ts.createProgram([file], { ...config.options, noEmit: true, skipLibCheck: true });
    return ts
      .getPreEmitDiagnostics(program, program.getSourceFile(file))
      .filter((d) => d.file?.fileName === file)
      .map((d) => {
        const { line } = d.file!.getLineAndCharacterOfPosition(d.start!);
        return `${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
      });
  } finally {
    fs.rmSync(file, { force: true });
  }
}

describe('tenant repositories', () => {
  let t: TestApp;
  let repo: TenantRepository<Target>;
  let acme: TenantScope;
  let other: TenantScope;
  let acmeTarget: Target;

  beforeAll(async () => {
    t = await TestApp.start();
    const a = await t.createOrganization('Acme');
    const b = await t.createOrganization('Other');
    acme = TenantScope.of(a.id);
    other = TenantScope.of(b.id);
    repo = t.app.get(tenantRepositoryToken(Target));
    acmeTarget = await repo.save(
      acme,
      repo.create({ organizationId: a.id, userId: null, name: 'acme hosts', hosts: ['192.0.2.1'], hostCount: '1' }),
    );
  });
  afterAll(() => t?.close());

  it('reads a row through its own scope', async () => {
    expect((await repo.get(acme, acmeTarget.id)).name).toBe('acme hosts');
    expect(await repo.count(acme)).toBe(1);
    expect(await repo.idsIn(acme, [acmeTarget.id])).toEqual([acmeTarget.id]);
  });

  it('answers another organization as if the row did not exist', async () => {
    await expect(repo.get(other, acmeTarget.id)).rejects.toBeInstanceOf(RecordNotFound);
    expect(await repo.findOne(other, { id: acmeTarget.id })).toBeNull();
    expect(await repo.find(other, { id: In([acmeTarget.id]) })).toEqual([]);
    expect(await repo.count(other, { id: acmeTarget.id })).toBe(0);
    expect(await repo.idsIn(other, [acmeTarget.id])).toEqual([]);
    expect(await repo.query(other, 't').where('t.id = :id', { id: acmeTarget.id }).getCount()).toBe(0);
  });

  it('changes nothing of another organization', async () => {
    expect(await repo.update(other, { id: acmeTarget.id }, { name: 'stolen' })).toBe(0);
    expect(await repo.delete(other, { id: acmeTarget.id })).toBe(0);
    await expect(repo.save(other, { ...acmeTarget, name: 'stolen' } as Target)).rejects.toBeInstanceOf(RecordNotFound);
    await expect(
      repo.insert(other, [{ organizationId: acmeTarget.organizationId, name: 'planted', hosts: [], hostCount: '0' }]),
    ).rejects.toBeInstanceOf(RecordNotFound);
    expect((await repo.get(acme, acmeTarget.id)).name).toBe('acme hosts');
  });

  it('keeps the scope when a query builder replaces its conditions with where()', async () => {
    const qb = repo.query(other, 't').where('1 = 1');
    expect(await qb.getCount()).toBe(0);
  });

  it('answers a cross-tenant id with the 404 envelope over HTTP', async () => {
    const bob = await t.createUser(await t.createOrganization('Bob Co'), 'User');
    const res = await t.http.get(`/v2/targets/${acmeTarget.id}`).set(bob.headers);
    expect(res.status).toBe(404);
    expect(res.body.errors[0]).toMatchObject({ message: 'Record Not Found' });
  });

  it('does not compile a read or write without a scope, and compiles it with one', () => {
    const errors = typeErrors(`
import type { TenantRepository } from '../../src/common/tenancy/tenant-repository';
import type { TenantScope } from '../../src/common/tenancy/tenant-scope';
import type { Target } from '../../src/modules/targets/target.entity';
declare const repo: TenantRepository<Target>;
export async function unscoped(id: string) {
  await repo.get(id);
  await repo.find({ id });
  await repo.count();
  await repo.update({ id }, { name: 'x' });
  await repo.delete({ id });
  repo.query('t');
}
export async function scoped(scope: TenantScope, id: string) {
  await repo.get(scope, id);
  await repo.find(scope, { id });
  await repo.count(scope);
  await repo.update(scope, { id }, { name: 'x' });
  await repo.delete(scope, { id });
  repo.query(scope, 't');
}
`);
    // One error per unscoped call (lines 7-12); none for the scoped ones.
    expect(errors.map((e) => Number(e.split(':')[0]))).toEqual([7, 8, 9, 10, 11, 12]);
    expect(errors.join('\n')).toMatch(
      /Expected 2 arguments, but got 1|not assignable to parameter of type 'TenantScope'/,
    );
  }, 60_000);
});
