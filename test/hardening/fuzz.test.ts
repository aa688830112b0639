// Fuzzing with fast-check: at least 10,000 random and hostile requests across every route in the OpenAPI
// document — in bodies, queries, paths and headers — with a fixed seed (printed, and printed again by
// fast-check on failure). Never a 5xx; every error is problem+json; every success matches its OpenAPI
// schema; a refused request (and any read) writes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import t from 'tap';
import { build, createSource, SNAPSHOT, sql, type TestContext } from '../helper.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);

// A CommonJS package: from ESM its default export sits on `default`.
const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv2020) => void }).default;
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');

type Schema = Record<string, unknown>;
interface Operation {
  method: string;
  template: string;
  query: string[];
  bodyFields: string[];
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

const doc = JSON.parse(fs.readFileSync(path.join(root, 'openapi/openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string }>; requestBody?: { content: Record<string, { schema: Schema }> }; responses: Operation['responses'] }>>;
  components: { schemas: Record<string, Schema> };
};

function resolve(schema: Schema | undefined): Schema {
  const ref = schema?.$ref;
  return typeof ref === 'string' ? resolve(doc.components.schemas[ref.split('/').pop()!]) : (schema ?? {});
}

const OPERATIONS: Operation[] = Object.entries(doc.paths).flatMap(([template, ops]) =>
  Object.entries(ops).map(([method, op]) => ({
    method: method.toUpperCase(),
    template,
    query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    bodyFields: Object.keys((resolve(op.requestBody?.content['application/json']?.schema).properties as Schema | undefined) ?? {}),
    responses: op.responses,
  })),
);

const ajv = new Ajv2020({ strict: false, validateSchema: false, allErrors: false });
addFormats(ajv);
ajv.addSchema({ $id: 'openapi', components: doc.components });
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
function validatorFor(key: string, schema: Schema) {
  let v = validators.get(key);
  if (!v) {
    v = ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')) as Schema);
    validators.set(key, v);
  }
  return v;
}
const problemValidator = validatorFor('Problem', { $ref: '#/components/schemas/Problem' });

// --- arbitraries -------------------------------------------------------------------------------------

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.tuple(fc.string({ maxLength: 10 }), loneSurrogate, fc.string({ maxLength: 10 })).map(([a, s, b]) => `${a}${s}${b}`) },
  {
    weight: 3,
    arbitrary: fc.constantFrom('', ' ', '\u0000', '\u202e', '💥', '"', '\\', "' OR 1=1 --", '%00', '../../etc/passwd', '<script>alert(1)</script>', 'javascript:alert(1)',
      'in_review', 'verified', 'false', 'misleading', 'unverifiable', 'unverified', 'supports', 'contradicts', 'context', 'news', 'research', 'reader', 'admin',
      'en', 'pt-BR', '2017-06-01', '2018-09-05T10:00:00Z', 'https://example.com/x', 'North Korea harvested more than 11,000 bitcoins in 2017', '11,000 bitcoins', 'x'.repeat(6000)),
  },
);
const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: hostileString },
    { weight: 2, arbitrary: fc.constantFrom(0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, 101, Number.NaN, true, false, null) },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(hostileString, tie('value'), { maxKeys: 3 }) },
  ),
})).value;

interface Fixture {
  ctx: TestContext;
  ids: { claim: string; source: string; evidence: string; key: string };
}

/** Valid bodies per operation, so that mutations of them reach the deep rules and some succeed. */
function validBody(op: Operation, f: Fixture, n: number): Record<string, unknown> | undefined {
  switch (`${op.method} ${op.template}`) {
    case 'POST /v1/claims': return { text: `Fuzzed claim ${n}: 12 bitcoins.`, tags: ['fuzz'] };
    case 'PATCH /v1/claims/{id}': return { claimant: `Claimant ${n}` };
    case 'POST /v1/claims/{id}/status': return { status: 'in_review' };
    case 'POST /v1/claims/{id}/evidence': return { sourceId: f.ids.source, stance: 'context', quote: 'harvested more than 11,000 bitcoins' };
    case 'POST /v1/claims/{id}/evidence/{evidenceId}/retract': return { reason: 'Fuzzed retraction.' };
    case 'POST /v1/sources': return { title: `Fuzzed source ${n}`, kind: 'news', url: `https://example.com/fuzz/${n}` };
    case 'PATCH /v1/sources/{id}': return { title: `Retitled ${n}` };
    case 'POST /v1/api-keys': return { name: `Fuzz key ${n}`, role: 'reader' };
    case 'POST /v1/api-keys/{id}/revoke': return {};
    case 'POST /v1/session': return { key: f.ctx.keys.reader };
    default: return undefined;
  }
}

const ID_PREFIX: Record<string, string> = { '/v1/claims': 'clm', '/v1/sources': 'src', '/v1/api-keys': 'key' };

function pathValue(op: Operation, name: string, f: Fixture, choice: number, hostile: string): string {
  const kind = name === 'evidenceId' ? 'evidence' : op.template.startsWith('/v1/sources') ? 'source' : op.template.startsWith('/v1/api-keys') ? 'key' : 'claim';
  const prefix = kind === 'evidence' ? 'evd' : ID_PREFIX[`/v1/${op.template.split('/')[2]}`] ?? 'clm';
  if (choice < 6) return f.ids[kind as keyof Fixture['ids']];
  if (choice < 7) return `${prefix}_01jd2x8q0m7k3v5n6p9r4s2t1w`;
  if (choice < 8) return ['%ED%A0%80', '%ZZ', '%C0%AF', 'a'.repeat(600), '..', '%00', '%2F'][choice % 7]!;
  return hostile.isWellFormed() ? encodeURIComponent(hostile) : '%ED%A0%80';
}

/** `arb` with probability `p`, else null. */
const sometimes = <T>(arb: fc.Arbitrary<T>, p: number): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: Math.round((1 - p) * 100), arbitrary: fc.constant(null) }, { weight: Math.round(p * 100), arbitrary: arb });

const requestArb = fc.record({
  op: fc.integer({ min: 0, max: OPERATIONS.length - 1 }),
  otherMethod: sometimes(fc.constantFrom('PUT', 'DELETE', 'PATCH', 'POST', 'GET', 'OPTIONS'), 0.1),
  pathChoice: fc.integer({ min: 0, max: 9 }),
  pathHostile: hostileString,
  query: fc.array(fc.tuple(sometimes(fc.constantFrom('x', '__proto__', 'limit[]', ''), 0.2), fc.integer({ min: 0, max: 20 }), hostileString), { maxLength: 4 }),
  auth: fc.constantFrom('admin', 'admin', 'reviewer', 'reviewer', 'checker', 'reader', 'auditor', 'none', 'garbage'),
  ifMatch: sometimes(fc.constantFrom('"1"', '"2"', '"3"', '*', 'W/"1"', 'garbage', '"99999999999999999999"', '""'), 0.7),
  idempotencyKey: sometimes(fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), minLength: 0, maxLength: 300 }), 0.2),
  contentType: sometimes(fc.constantFrom('text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'multipart/form-data; boundary=x'), 0.08),
  body: fc.oneof(
    { weight: 6, arbitrary: fc.record({ drop: fc.array(fc.nat(), { maxLength: 1 }), set: fc.array(fc.tuple(fc.nat(), hostileValue), { maxLength: 1 }), extra: sometimes(fc.tuple(fc.constantFrom('__proto__', 'constructor', 'version', 'id', 'x'), hostileValue), 0.2) }).map((m) => ({ kind: 'mutated' as const, ...m })) },
    { weight: 2, arbitrary: hostileValue.map((v) => ({ kind: 'value' as const, v })) },
    { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 50 }), fc.constantFrom('{"text":', '{"text":"\\ud800"}', '{"__proto__":{"a":1}}', `{"text":"x","tags":${'['.repeat(5000)}${']'.repeat(5000)}}`, '')).map((raw) => ({ kind: 'raw' as const, raw })) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 40 }).map((bytes) => ({ kind: 'bytes' as const, bytes })) },
  ),
});

type Req = typeof requestArb extends fc.Arbitrary<infer R> ? R : never;

async function counts(ctx: TestContext) {
  const one = async (text: string) => Number((await sql<{ n: number }>(ctx, text))[0]!.n);
  return [
    await one('SELECT count(*) AS n FROM claims'), await one('SELECT count(*) AS n FROM sources'), await one('SELECT count(*) AS n FROM evidence'),
    await one('SELECT count(*) AS n FROM audit_events'), await one('SELECT count(*) AS n FROM api_keys'), await one('SELECT coalesce(sum(version), 0) AS n FROM claims'),
  ].join(',');
}

t.test(`fuzzing: ${RUNS} random and hostile requests (seed ${SEED})`, async (t) => {
  t.comment(`fast-check seed ${SEED}: replay a failure with FUZZ_SEED=${SEED} and the path fast-check prints`);
  const ctx = await build(t);
  const source = await createSource(ctx, { content: SNAPSHOT });
  const claim = (await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'), payload: { text: 'North Korea harvested more than 11,000 bitcoins in 2017.' } })).json();
  const evidence = (await ctx.app.inject({ method: 'POST', url: `/v1/claims/${claim.id}/evidence`, headers: ctx.auth('checker'), payload: { sourceId: source.id, stance: 'supports', quote: 'harvested more than 11,000 bitcoins' } })).json();
  const key = (await ctx.app.inject({ method: 'POST', url: '/v1/api-keys', headers: ctx.auth('admin'), payload: { name: 'fuzz target', role: 'reader' } })).json();
  const f: Fixture = { ctx, ids: { claim: claim.id, source: source.id, evidence: evidence.id, key: key.id } };
  const tally: Record<string, number> = {};
  let n = 0;

  const property = fc.asyncProperty(requestArb, async (r: Req) => {
    n++;
    const op = OPERATIONS[r.op]!;
    const method = r.otherMethod ?? op.method;
    let url = op.template.replace(/\{(\w+)\}/g, (_, name: string) => pathValue(op, name, f, r.pathChoice, r.pathHostile));
    const query = r.query.map(([unknown, pick, value]) => {
      const name = unknown ?? op.query[pick % Math.max(1, op.query.length)] ?? 'q';
      return `${encodeURIComponent(name)}=${value.isWellFormed() ? encodeURIComponent(value) : '%ED%A0%80'}`;
    });
    // The live event stream never ends by itself; follow=false makes it answer and end like any other.
    if (op.template === '/v1/events/stream') query.push('follow=false');
    if (query.length) url += `?${query.join('&')}`;

    const headers: Record<string, string> = {};
    if (r.auth === 'garbage') headers.authorization = 'Bearer clk_garbage';
    else if (r.auth !== 'none') headers.authorization = `Bearer ${ctx.keys[r.auth]}`;
    if (r.ifMatch) headers['if-match'] = r.ifMatch;
    if (r.idempotencyKey !== null) headers['idempotency-key'] = r.idempotencyKey;

    let payload: string | Buffer | undefined;
    if (method === 'POST' || method === 'PATCH' || method === 'PUT') {
      headers['content-type'] = r.contentType ?? 'application/json';
      const b = r.body;
      if (b.kind === 'mutated') {
        const body: Record<string, unknown> = { ...(validBody(op, f, n) ?? {}) };
        const fields = op.bodyFields.length ? op.bodyFields : Object.keys(body);
        for (const d of b.drop) delete body[fields[d % Math.max(1, fields.length)] ?? ''];
        for (const [i, v] of b.set) if (fields.length) body[fields[i % fields.length]!] = v;
        if (b.extra) Object.defineProperty(body, b.extra[0], { value: b.extra[1], enumerable: true, configurable: true, writable: true });
        payload = JSON.stringify(body);
      } else if (b.kind === 'value') payload = JSON.stringify(b.v) ?? 'null';
      else if (b.kind === 'raw') payload = b.raw;
      else payload = Buffer.from(b.bytes);
    }

    const before = await counts(ctx);
    const res = await ctx.app.inject({ method: method as 'GET', url, headers, payload });
    const after = await counts(ctx);
    const status = res.statusCode;
    tally[status] = (tally[status] ?? 0) + 1;
    const where = `${method} ${url.slice(0, 200)} (${op.method} ${op.template}) → ${status} ${res.body.slice(0, 300)}`;

    if (status >= 500) throw new Error(`5xx: ${where}`);
    if (status >= 400) {
      if (!String(res.headers['content-type']).startsWith('application/problem+json')) throw new Error(`not problem+json: ${where}`);
      const problem = res.json();
      if (!problemValidator(problem) || problem.status !== status) throw new Error(`not a Problem: ${where} ${ajv.errorsText(problemValidator.errors)}`);
      if (after !== before) throw new Error(`a refused request wrote (${before} → ${after}): ${where}`);
      return;
    }
    if (method === 'GET' && after !== before) throw new Error(`a read wrote (${before} → ${after}): ${where}`);
    // The public feeds may be read from any origin, so they answer a CORS preflight; it is not an API operation.
    if (method === 'OPTIONS' && op.template.startsWith('/feeds/') && status === 204) {
      if (res.headers['access-control-allow-origin'] !== '*') throw new Error(`preflight without CORS headers: ${where}`);
      return;
    }
    const target = OPERATIONS.find((o) => o.template === op.template && o.method === method);
    if (!target) throw new Error(`${method} answered ${status} on ${op.template}, where the document has no ${method}: ${where}`);
    const documented = target.responses[String(status)];
    if (!documented) throw new Error(`undocumented status: ${where}`);
    const schema = documented.content?.['application/json']?.schema;
    if (schema && String(res.headers['content-type']).startsWith('application/json')) {
      const validate = validatorFor(`${target.method} ${target.template} ${status}`, schema);
      if (!validate(res.json())) throw new Error(`response does not match its schema: ${where}: ${ajv.errorsText(validate.errors)}`);
    }
  });

  await fc.assert(property, { numRuns: RUNS, seed: SEED, endOnFailure: true });
  t.equal(n, RUNS, `${RUNS} requests sent`);
  t.comment(`statuses: ${JSON.stringify(tally)}`);
  t.ok(Object.keys(tally).every((s) => Number(s) < 500), 'no 5xx');
  const successes = Object.entries(tally).filter(([s]) => Number(s) < 300).reduce((a, [, c]) => a + c, 0);
  t.ok(successes > RUNS / 20, `${successes} successes: the generator gets past validation often enough`);
  for (const s of ['400', '401', '403', '404', '405', '412', '415']) t.ok((tally[s] ?? 0) > 0, `the generator reaches ${s}`);
});
