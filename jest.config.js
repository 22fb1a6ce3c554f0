// Nest 12, pg-boss and PGlite ship ES modules that Jest on Node 20 cannot require(): swc transforms them to
// CommonJS, and `--experimental-vm-modules` (see package.json) lets PGlite's own dynamic imports run.
const swcTs = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false }, target: 'es2022' }, module: { type: 'commonjs' } }];
const swcJs = ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }];
// Every installed package that ships ES modules ("type": "module") goes through the transform.
const fs = require('node:fs');
const path = require('node:path');
function esmPackages(dir = path.join(__dirname, 'node_modules')) {
  const names = [];
  for (const entry of fs.readdirSync(dir)) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) {
      for (const sub of fs.readdirSync(path.join(dir, entry))) names.push(`${entry}/${sub}`);
    } else names.push(entry);
  }
  return names.filter((name) => {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, name, 'package.json'), 'utf8'));
      return pkg.type === 'module' || (pkg.exports && JSON.stringify(pkg.exports).includes('.mjs') && !pkg.main);
    } catch {
      return false;
    }
  });
}
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testRegex: '(test|src)/.*\\.(e2e-)?spec\\.ts$',
  transform: { '^.+\\.ts$': swcTs, '^.+\\.m?js$': swcJs },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages().map(escape).join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
  // Two files at a time (these machines have 2 cores; a file mostly waits on its database, its engine or its timers),
  // each worker replaced once it grows past the limit: a long-lived process slowed down as PGlite's memory piled up.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1200MB',
  // A leaked handle (a child process, a socket) must fail loudly in its test, never hang CI after the last file: the
  // run ends when the files do. test/helpers/processes.ts kills the children it starts.
  forceExit: true,
};
