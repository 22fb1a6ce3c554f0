// Nest 12, pg-boss and PGlite ship ES modules that Jest on Node 20 cannot require(): swc transforms them to
// CommonJS, and `--experimental-vm-modules` (see package.json) lets PGlite's own dynamic imports run.
const swcTs = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false }, target: 'es2022' }, module: { type: 'commonjs' } }];
const swcJs = ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }];
const esmPackages = [
  '@nestjs', '@fastify', 'content-disposition', '@electric-sql', 'glob', 'minimatch', 'path-scurry', 'lru-cache',
  'file-type', 'strtok3', 'token-types', '@tokenizer', 'uint8array-extras', '@borewit', 'load-esm', 'pg-boss',
  'otplib', '@otplib', '@simplewebauthn', '@noble', '@scure', '@hexagon', '@levischuck', '@peculiar', 'nestjs-cls', 'serialize-error',
  'cron-parser', 'p-map', 'uuid',
];
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testRegex: '(test|src)/.*\\.(e2e-)?spec\\.ts$',
  transform: { '^.+\\.ts$': swcTs, '^.+\\.m?js$': swcJs },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 1,
};
