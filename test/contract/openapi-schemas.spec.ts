import fs from 'node:fs';
import path from 'node:path';

/**
 * The committed openapi.json says what the server really accepts and returns (the contract test keeps it equal to
 * what the code generates): generated clients are typed from it, so a vague or wrong schema is a bug.
 */
type Schema = {
  type?: string;
  format?: string;
  nullable?: boolean;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  required?: string[];
  enum?: unknown[];
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};
type Operation = {
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
};

const doc = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; securitySchemes: Record<string, unknown> };
};
const FORMATS_BY_TYPE: Record<string, string[]> = {
  string: ['uuid', 'date-time', 'date', 'email', 'uri', 'binary', 'byte', 'ipv4', 'ipv6', 'hostname', 'password'],
  integer: ['int32', 'int64'],
  number: ['float', 'double'],
};

/** Every problem of one schema and the schemas inside it. */
function problemsOf(schema: Schema | undefined, where: string, out: string[] = []): string[] {
  if (!schema || schema.$ref) {
    if (schema?.$ref && !doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')])
      out.push(`${where}: $ref to a missing schema ${schema.$ref}`);
    return out;
  }
  const composite = schema.allOf ?? schema.oneOf ?? schema.anyOf;
  if (!schema.type && !composite) out.push(`${where}: no type`);
  if (schema.format && !(FORMATS_BY_TYPE[schema.type ?? ''] ?? []).includes(schema.format))
    out.push(`${where}: format ${schema.format} on type ${schema.type}`);
  if (schema.type === 'object' && !schema.properties && schema.additionalProperties === undefined && !composite)
    out.push(`${where}: an object that says neither its properties nor additionalProperties`);
  if (schema.type === 'array' && !schema.items) out.push(`${where}: an array without items`);
  for (const name of schema.required ?? [])
    if (schema.properties && !schema.properties[name]) out.push(`${where}: requires ${name}, which it does not define`);
  for (const [name, property] of Object.entries(schema.properties ?? {})) problemsOf(property, `${where}.${name}`, out);
  if (schema.items) problemsOf(schema.items, `${where}[]`, out);
  if (typeof schema.additionalProperties === 'object') problemsOf(schema.additionalProperties, `${where}{}`, out);
  for (const [i, part] of (composite ?? []).entries()) problemsOf(part, `${where}|${i}`, out);
  return out;
}

describe('openapi.json schemas', () => {
  it('gives every schema, property, parameter and body a real type (no `object` with a format, no untyped field)', () => {
    const problems: string[] = [];
    for (const [name, schema] of Object.entries(doc.components.schemas)) problemsOf(schema, name, problems);
    for (const [route, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const at = `${method.toUpperCase()} ${route}`;
        for (const p of op.parameters ?? []) problemsOf(p.schema, `${at} ${p.in} ${p.name}`, problems);
        for (const [type, body] of Object.entries(op.requestBody?.content ?? {}))
          problemsOf(body.schema, `${at} body ${type}`, problems);
        for (const [status, res] of Object.entries(op.responses))
          for (const [type, body] of Object.entries(res.content ?? {}))
            problemsOf(body.schema, `${at} ${status} ${type}`, problems);
      }
    }
    expect(problems).toEqual([]);
  });

  it('types nullable ids as nullable uuid strings (e.g. CreateScanDto)', () => {
    const scan = doc.components.schemas.CreateScanDto.properties!;
    for (const name of ['scanner_id', 'scan_profile_id', 'port_list_id'])
      expect(scan[name]).toMatchObject({ type: 'string', format: 'uuid', nullable: true });
    expect(scan.description).toMatchObject({ type: 'string', nullable: true });
  });

  it('asks for the API key AND one credential on user routes, never for one of them alone', () => {
    const schemes = new Set(Object.keys(doc.components.securitySchemes));
    const problems: string[] = [];
    for (const [route, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const at = `${method.toUpperCase()} ${route}`;
        for (const requirement of op.security ?? []) {
          const names = Object.keys(requirement);
          if (!names.includes('api-key')) problems.push(`${at}: a requirement without the API key`);
          if (names.includes('bearer') && names.includes('access-token')) problems.push(`${at}: both credentials`);
          if (names.includes('mfa-step-up') && names.length < 3) problems.push(`${at}: step-up without a credential`);
          for (const n of names) if (!schemes.has(n)) problems.push(`${at}: unknown scheme ${n}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(doc.paths['/v2/user/me'].get.security).toEqual([
      { 'api-key': [], bearer: [] },
      { 'api-key': [], 'access-token': [] },
    ]);
    expect(doc.paths['/auth/sign_in'].post.security).toEqual([{ 'api-key': [] }]);
    // /v1/identity: the step-up header is required (seeds/003); /v2: a recent second factor of the session also does.
    expect(doc.paths['/v1/identity/auth/mfa/recovery-codes/regenerate'].post.security).toEqual([
      { 'api-key': [], bearer: [], 'mfa-step-up': [] },
      { 'api-key': [], 'access-token': [], 'mfa-step-up': [] },
    ]);
    expect(doc.paths['/v2/user/generate_access_token'].put.security).toEqual([
      { 'api-key': [], bearer: [] },
      { 'api-key': [], 'access-token': [] },
      { 'api-key': [], bearer: [], 'mfa-step-up': [] },
      { 'api-key': [], 'access-token': [], 'mfa-step-up': [] },
    ]);
  });
});
