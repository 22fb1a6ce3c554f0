import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');
const run = (args: string[]) =>
  execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** The published TypeScript client (clients/typescript) stays the one openapi.json gives, and compiles. */
describe('TypeScript client', () => {
  it('matches openapi.json (`npm run client` regenerates it)', () => {
    expect(run(['clients/typescript/generate.mjs', '--check'])).toContain('matches openapi.json');
  });

  it('type-checks, with its example, against the generated types', () => {
    // Throws (with tsc's report) on any type error: a route, parameter or field the example uses that the spec lost.
    run([require.resolve('typescript/bin/tsc'), '-p', 'clients/typescript/tsconfig.json']);
  });
});
