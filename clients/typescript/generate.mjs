#!/usr/bin/env node
// Writes schema.d.ts (the TypeScript types of every path, operation and schema) from the committed openapi.json with
// openapi-typescript. `--check` writes nothing and fails when the committed schema.d.ts differs from what
// openapi.json gives (the drift check run by test/contract/typescript-client.spec.ts, hence by .ci/run).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = path.dirname(fileURLToPath(import.meta.url));
const spec = JSON.parse(fs.readFileSync(path.join(here, '..', '..', 'openapi.json'), 'utf8'));
const target = path.join(here, 'schema.d.ts');
const header =
  '/**\n * The CG Scanning API V2, as TypeScript types: generated from openapi.json by clients/typescript/generate.mjs\n' +
  ' * (openapi-typescript). Do not edit: run `npm run openapi` then `npm run client`.\n */\n\n';
const generated = header + astToString(await openapiTS(spec));

if (process.argv.includes('--check')) {
  const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (committed !== generated) {
    process.stderr.write('clients/typescript/schema.d.ts does not match openapi.json: run `npm run client`\n');
    process.exit(1);
  }
  process.stdout.write('clients/typescript/schema.d.ts matches openapi.json\n');
} else {
  fs.writeFileSync(target, generated);
  process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
}
