// openapi/openapi.json is generated from the code (npm run openapi); this fails when the two drift apart,
// and when any route (including ones added later) lacks what OpenAPI tools and readers of the docs need.
import fs from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import t from 'tap';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/config.js';
import { ERROR_CATALOGUE } from '../src/errors.js';
import { generateOpenApi, generateSchemaTypes } from '../scripts/generate-openapi.js';

const committed = fs.readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8');
const generated = await generateOpenApi();

interface Op {
  operationId?: string;
  summary?: string;
  tags?: string[];
  description?: string;
  security?: Array<Record<string, string[]>>;
  requestBody?: { content?: Record<string, { examples?: Record<string, { value?: unknown }> }> };
  parameters?: Array<{ name: string; in: string; required?: boolean }>;
  responses?: Record<string, { description?: string; content?: Record<string, { examples?: Record<string, { value?: unknown }> }>; headers?: Record<string, unknown> }>;
}
// Checked on the document the code generates now, so a route added without an operationId fails here
// even before anyone regenerates openapi/openapi.json.
const spec = JSON.parse(generated) as { tags: Array<{ name: string }>; paths: Record<string, Record<string, Op>>; components: { schemas: Record<string, Record<string, unknown>>; securitySchemes?: Record<string, unknown> } };
const operations = Object.entries(spec.paths).flatMap(([p, ops]) => Object.entries(ops).map(([method, op]) => ({ name: `${method.toUpperCase()} ${p}`, path: p, method, op })));

t.test('the committed spec matches the code (run `npm run openapi` after changing routes)', async (t) => {
  t.equal(generated, committed, 'openapi/openapi.json is up to date');
  const types = fs.readFileSync(new URL('../openapi/schema.d.ts', import.meta.url), 'utf8');
  t.equal(await generateSchemaTypes(generated), types, 'openapi/schema.d.ts (the console client\'s types) is up to date');
});

t.test('every operation has a summary, a description and documented responses', async (t) => {
  for (const { name, path, op } of operations) {
    t.ok(op.summary, `${name} has a summary`);
    t.ok(op.description, `${name} has a description`);
    t.ok(Object.keys(op.responses ?? {}).some((s) => s.startsWith('2')), `${name} documents its success response`);
    // Public routes (security: [], signing in and out) need no credentials, so they cannot answer 401 for lack of them.
    if (path.startsWith('/v1') && op.security?.length !== 0) t.ok(op.responses?.['401'], `${name} documents 401`);
  }
});

t.test('every operation has a unique camelCase operationId and a declared tag (set them in the route schema)', async (t) => {
  const declaredTags = new Set(spec.tags.map((tag) => tag.name));
  const seen = new Map<string, string>();
  for (const { name, op } of operations) {
    t.match(op.operationId, /^[a-z][a-zA-Z0-9]*$/, `${name} has a camelCase operationId`);
    if (op.operationId) {
      t.notOk(seen.has(op.operationId), `${name}: operationId ${op.operationId} is not also used by ${seen.get(op.operationId)}`);
      seen.set(op.operationId, name);
    }
    t.ok(op.tags?.length, `${name} has a tag`);
    for (const tag of op.tags ?? []) t.ok(declaredTags.has(tag), `${name}: tag "${tag}" is declared in the document's tags`);
  }
});

t.test('every operation states its security: a bearer key with roles, or [] when public', async (t) => {
  for (const { name, path, op } of operations) {
    t.ok(Array.isArray(op.security), `${name} declares security`);
    if (!path.startsWith('/v1')) t.same(op.security, [], `${name} is public: security []`);
    else if (op.security?.length) t.ok(op.security[0]?.bearerAuth?.length, `${name} needs a bearer key with named roles`);
    for (const requirement of op.security ?? []) {
      for (const scheme of Object.keys(requirement)) t.ok(spec.components.securitySchemes?.[scheme], `${name}: security scheme ${scheme} is declared`);
    }
  }
});

t.test('errors are problem+json and headers the server insists on are required', async (t) => {
  for (const { name, op } of operations) {
    for (const [status, response] of Object.entries(op.responses ?? {})) {
      if (Number(status) >= 400) t.same(Object.keys(response.content ?? {}), ['application/problem+json'], `${name} ${status} is problem+json`);
    }
    if (op.responses?.['428']) {
      const ifMatch = op.parameters?.find((p) => p.in === 'header' && p.name.toLowerCase() === 'if-match');
      t.equal(ifMatch?.required, true, `${name} answers 428 without If-Match, so If-Match is required`);
    }
    if (op.responses?.['401']) t.ok(op.responses['401'].headers?.['WWW-Authenticate'], `${name} 401 documents WWW-Authenticate`);
  }
});

t.test('components: no $id, one schema per shape', async (t) => {
  const schemas = spec.components.schemas;
  for (const [name, schema] of Object.entries(schemas)) {
    t.notOk('$id' in schema, `${name} has no $id`);
    if (name.endsWith('Input')) {
      const output = schemas[name.slice(0, -'Input'.length)];
      t.ok(output, `${name} exists only beside its output form`);
      t.notSame(schema, output, `${name} differs from its output form`);
    }
  }
  t.notOk(generated.includes('"#/components/schemas/ProblemInput"'), 'no output-only schema is published twice');
});

t.test('/docs teaches by example: each operation shows a request and response recorded on the seed data', async (t) => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...spec, $id: 'openapi.json' });
  const esc = (s: string) => s.replaceAll('~', '~0').replaceAll('/', '~1');
  const valid = (pointer: string, value: unknown) => {
    const validate = ajv.getSchema(`openapi.json#${pointer}`)!;
    return validate(value) ? 'valid' : JSON.stringify(validate.errors);
  };
  for (const { name, path, method, op } of operations) {
    if (op.operationId === 'getOpenApiDocument') continue; // its example would be this whole document
    const body = op.requestBody?.content?.['application/json'];
    if (body) {
      const example = body.examples?.seedData?.value;
      t.ok(example !== undefined, `${name} has an example request body (run \`npm run examples\`)`);
      if (example !== undefined) t.equal(valid(`/paths/${esc(path)}/${method}/requestBody/content/application~1json/schema`, example), 'valid', `${name}: the example request fits its schema`);
    }
    t.match(op.description, /\*\*Example:\*\* `[A-Z]+ \//, `${name} shows an example request line`);
    const successes = Object.entries(op.responses ?? {}).filter(([s, r]) => s.startsWith('2') && r.content);
    let shown = 0;
    for (const [status, response] of successes) {
      for (const [mediaType, media] of Object.entries(response.content ?? {})) {
        const example = media.examples?.seedData?.value;
        if (example === undefined) continue;
        shown++;
        t.equal(valid(`/paths/${esc(path)}/${method}/responses/${status}/content/${esc(mediaType)}/schema`, example), 'valid', `${name}: the example ${status} response fits its schema`);
      }
    }
    if (successes.length) t.ok(shown, `${name} shows an example response`);
  }
});

t.test('error responses link to their entries in the served error catalogue', async (t) => {
  const app = await buildApp(testConfig(), { logger: false });
  t.teardown(() => app.close());
  const page = await app.inject({ url: '/docs/errors' });
  t.equal(page.statusCode, 200);
  t.match(page.headers['content-type'], /^text\/html/);
  for (const code of Object.keys(ERROR_CATALOGUE)) t.match(page.body, `id="${code}"`, `the catalogue has an entry for ${code}`);
  for (const { name, op } of operations) {
    for (const [status, response] of Object.entries(op.responses ?? {})) {
      if (Number(status) < 400) continue;
      const links = [...(response.description ?? '').matchAll(/\(\/docs\/errors#([A-Z_]+)\)/g)].map((m) => m[1]!);
      t.ok(links.length, `${name} ${status} links to the codes it may carry`);
      for (const code of links) t.equal(ERROR_CATALOGUE[code as keyof typeof ERROR_CATALOGUE]?.status, Number(status), `${name} ${status}: ${code} has that status`);
    }
  }
});
