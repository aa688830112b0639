// Errors across the API: every error is RFC 9457 problem+json, validation names each bad field, and no
// malformed, oversized or random request ever gets a 5xx or changes anything.
import t from 'tap';
import type { TestContext } from '../helper.js';
import { addEvidence, assertProblem, build, claimWithSource, closeDatabase, counts } from '../helper.js';

const JSON_HEADERS = { 'content-type': 'application/json' };

t.test('validation lists each bad field with its path', async (t) => {
  const ctx = await build(t);
  const res = await ctx.app.inject({
    method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'),
    payload: { text: '', language: 'english!', tags: ['ok', 7, 'x'.repeat(51)], claimDate: '2017-02-30', firstAppearance: { url: 'nope' } },
  });
  const p = assertProblem(t, res, 400, 'VALIDATION_FAILED');
  t.equal(p.type, 'urn:claimledger:problem:validation-failed');
  t.equal(p.title, 'The request is not valid');
  t.equal(p.instance, '/v1/claims');
  const paths = new Set(p.errors.map((e: { path: string }) => e.path));
  for (const path of ['body.text', 'body.language', 'body.tags.1', 'body.tags.2', 'body.claimDate', 'body.firstAppearance.url']) t.ok(paths.has(path), `names ${path}`);
  for (const e of p.errors) t.ok(e.message.length > 0, `${e.path} has a message`);
  t.match(p.detail, /body\.text/, 'the detail repeats the problems in words');
  t.equal((await counts(ctx)).claims, 0);
});

t.test('unknown body fields are refused, naming each one', async (t) => {
  const ctx = await build(t);
  const { claimId, sourceId } = await claimWithSource(ctx);
  // [method, url, body, extra headers, the unknown fields it must name]
  const cases: Array<[string, string, Record<string, unknown>, Record<string, string>, string[]]> = [
    ['POST', '/v1/claims', { text: 'x', verdict: 'true', status: 'verified' }, {}, ['verdict', 'status']],
    ['PATCH', `/v1/claims/${claimId}`, { claimant: 'x', version: 9 }, { 'if-match': '"1"' }, ['version']],
    ['POST', `/v1/claims/${claimId}/status`, { status: 'in_review', reviewedBy: 'me' }, { 'if-match': '"1"' }, ['reviewedBy']],
    ['POST', `/v1/claims/${claimId}/evidence`, { sourceId, stance: 'context', selector: {} }, {}, ['selector']],
    ['POST', '/v1/sources', { citation: 'x', title: 'x', kind: 'news', contentSha256: 'abc' }, {}, ['contentSha256']],
    ['PATCH', `/v1/sources/${sourceId}`, { title: 'x', id: 'src_x' }, { 'if-match': '"1"' }, ['id']],
  ];
  const before = await counts(ctx);
  for (const [method, url, payload, extra, unknown] of cases) {
    const res = await ctx.app.inject({ method: method as 'POST', url, headers: ctx.auth('reviewer', extra), payload });
    const paths = assertProblem(t, res, 400, 'VALIDATION_FAILED').errors.map((e: { path: string }) => e.path);
    for (const k of unknown) t.ok(paths.includes(`body.${k}`), `${method} ${url}: names body.${k}`);
  }
  const nested = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'), payload: { text: 'x', firstAppearance: { url: 'https://example.com', note: 'x' } } });
  t.ok(assertProblem(t, nested, 400).errors.some((e: { path: string }) => e.path === 'body.firstAppearance.note'), 'nested unknown field named with its path');
  t.same(await counts(ctx), before, 'nothing was kept');
});

t.test('malformed and empty JSON is 400', async (t) => {
  const ctx = await build(t);
  for (const payload of ['{"text":', '{text: "x"}', "{'text':'x'}", '{"text":"x"}}', '']) {
    const res = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker', JSON_HEADERS), payload });
    assertProblem(t, res, 400, 'MALFORMED_BODY');
  }
  for (const payload of ['null', '[]', '"text"', '42', 'true']) {
    const res = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker', JSON_HEADERS), payload });
    t.match(assertProblem(t, res, 400, 'VALIDATION_FAILED').errors, [{ path: 'body' }], `${payload} is not an object`);
  }
  const none = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker') });
  assertProblem(t, none, 400, 'VALIDATION_FAILED');
  t.equal((await counts(ctx)).claims, 0);
});

t.test('a body that is not JSON is 415', async (t) => {
  const ctx = await build(t);
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x', 'application/octet-stream']) {
    const res = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker', { 'content-type': type }), payload: 'text=North+Korea' });
    assertProblem(t, res, 415, 'UNSUPPORTED_MEDIA_TYPE');
  }
  const charset = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker', { 'content-type': 'application/json; charset=utf-8' }), payload: '{"text":"x"}' });
  t.equal(charset.statusCode, 201, 'application/json with a charset is fine');
});

t.test('a body over the limit is 413', async (t) => {
  const ctx = await build(t);
  const { sourceId } = await claimWithSource(ctx);
  const before = await counts(ctx);
  const huge = JSON.stringify({ citation: 'x', title: 'x', kind: 'news', content: 'a'.repeat(2 * 1024 * 1024 + 10) });
  assertProblem(t, await ctx.app.inject({ method: 'POST', url: '/v1/sources', headers: ctx.auth('checker', JSON_HEADERS), payload: huge }), 413, 'BODY_TOO_LARGE');
  assertProblem(t, await ctx.app.inject({ method: 'PATCH', url: `/v1/sources/${sourceId}`, headers: ctx.auth('checker', { ...JSON_HEADERS, 'if-match': '"1"' }), payload: huge }), 413, 'BODY_TOO_LARGE');
  // Under the body limit but over a field limit: 400 naming the field.
  const long = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'), payload: { text: 'x'.repeat(2001) } });
  t.match(assertProblem(t, long, 400).errors, [{ path: 'body.text' }]);
  const bigSnapshot = await ctx.app.inject({ method: 'POST', url: '/v1/sources', headers: ctx.auth('checker'), payload: { citation: 'x', title: 'x', kind: 'news', content: 'a'.repeat(1_000_001) } });
  t.match(assertProblem(t, bigSnapshot, 400).errors, [{ path: 'body.content' }]);
  t.same(await counts(ctx), before);
});

t.test('unknown routes are 404 problems', async (t) => {
  const ctx = await build(t);
  for (const [method, url] of [['GET', '/v1/nope'], ['GET', '/nope'], ['POST', '/v1/claims/clm_01jd2x8q0m7k3v5n6p9r4s2t1w/verdict'], ['DELETE', '/v1/nope'], ['GET', '/v2/claims']] as const) {
    const res = await ctx.app.inject({ method, url, headers: ctx.auth('admin') });
    t.equal(assertProblem(t, res, 404, 'ROUTE_NOT_FOUND').instance, url);
  }
});

t.test('bad ids in paths are 400, naming the parameter', async (t) => {
  const ctx = await build(t);
  const { claimId } = await claimWithSource(ctx);
  const cases: Array<[string, string, string]> = [
    ['GET', '/v1/claims/123', 'params.id'],
    ['GET', '/v1/claims/CLM_01JD2X8Q0M7K3V5N6P9R4S2T1W', 'params.id'],
    ['GET', "/v1/claims/clm_01jd2x8q0m7k3v5n6p9r4s2t1w'%20OR%201=1", 'params.id'],
    ['PATCH', '/v1/claims/src_01jd2x8q0m7k3v5n6p9r4s2t1w', 'params.id'],
    ['POST', '/v1/claims/x/status', 'params.id'],
    ['GET', '/v1/claims/x/evidence', 'params.id'],
    ['POST', `/v1/claims/${claimId}/evidence/clm_01jd2x8q0m7k3v5n6p9r4s2t1w/retract`, 'params.evidenceId'],
    ['GET', '/v1/sources/%00', 'params.id'],
    ['PATCH', '/v1/sources/evd_01jd2x8q0m7k3v5n6p9r4s2t1w', 'params.id'],
  ];
  for (const [method, url, path] of cases) {
    const res = await ctx.app.inject({ method: method as 'GET', url, headers: ctx.auth('admin', { 'if-match': '"1"' }), payload: method === 'GET' ? undefined : { reason: 'x', status: 'in_review', title: 'x' } });
    t.ok(res.statusCode < 500, `${method} ${url}: no 5xx`);
    t.ok(assertProblem(t, res, 400, 'VALIDATION_FAILED').errors.some((e: { path: string }) => e.path === path), `${method} ${url} names ${path}`);
  }
});

t.test('401 and 403 are problems too', async (t) => {
  const ctx = await build(t);
  const none = await ctx.app.inject({ method: 'GET', url: '/v1/claims' });
  assertProblem(t, none, 401, 'UNAUTHENTICATED');
  t.match(none.headers['www-authenticate'], /^Bearer/);
  for (const authorization of ['Bearer nope', 'Basic YWxhZGRpbjpvcGVuc2VzYW1l', `Bearer ${ctx.keys.admin}x`, ctx.keys.admin]) {
    assertProblem(t, await ctx.app.inject({ method: 'GET', url: '/v1/claims', headers: { authorization } }), 401, 'UNAUTHENTICATED');
  }
  const forbidden = await ctx.app.inject({ method: 'POST', url: '/v1/sources', headers: ctx.auth('reader'), payload: { citation: 'x', title: 'x', kind: 'news' } });
  t.match(assertProblem(t, forbidden, 403, 'FORBIDDEN'), { requiredRole: 'checker', detail: /checker/ });
});

t.test('an internal error is a 500 problem that leaks nothing', async (t) => {
  const ctx = await build(t);
  await closeDatabase(ctx); // every query now throws
  const res = await ctx.app.inject({ method: 'GET', url: '/v1/claims', headers: ctx.auth('reader') });
  const p = assertProblem(t, res, 500, 'INTERNAL');
  t.notMatch(res.body, /database|sqlite|connection|at \w+ \(|\.ts:|\.js:/i, 'no internals in the body');
  t.notOk('stack' in p);
  assertProblem(t, await ctx.app.inject({ method: 'GET', url: '/health' }), 503, 'UNAVAILABLE');
});

// --- property test: random requests never produce a 5xx, and a refused one changes nothing ----------------

/** A small deterministic PRNG (mulberry32), so a failure can be replayed from its seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELD_NAMES = ['text', 'claimant', 'claimDate', 'language', 'tags', 'firstAppearance', 'status', 'rationale', 'sourceId', 'stance', 'quote', 'note', 'reason', 'url', 'citation', 'title', 'kind', 'content', 'publishedAt', 'retrievedAt', 'publisher', 'author', 'version', 'id', '__proto__', 'constructor', ''];
const WORDS = ['in_review', 'verified', 'false', 'misleading', 'unverifiable', 'unverified', 'supports', 'contradicts', 'context', 'news', 'research', 'en', 'pt-BR', '2017-06-01', '2018-09-05T10:00:00Z', 'https://example.com/x', 'javascript:alert(1)', 'src_01jd2x8q0m7k3v5n6p9r4s2t1w', 'clm_', '"', '\\', '\u0000', '\u202E', '💥', 'North Korea’s', 'more than 11,000 bitcoins', ' ', "' OR 1=1 --", '%00', '../../etc/passwd'];

function randomString(r: () => number): string {
  const roll = r();
  if (roll < 0.4) return WORDS[Math.floor(r() * WORDS.length)]!;
  if (roll < 0.45) return 'x'.repeat(Math.floor(r() * 6000));
  const len = Math.floor(r() * 40);
  let s = '';
  for (let i = 0; i < len; i++) s += String.fromCharCode(r() < 0.8 ? 32 + Math.floor(r() * 95) : Math.floor(r() * 0xd7ff));
  return s;
}

function randomValue(r: () => number, depth = 0): unknown {
  const roll = r();
  if (roll < 0.35) return randomString(r);
  if (roll < 0.45) return [0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, 101][Math.floor(r() * 7)];
  if (roll < 0.5) return r() < 0.5;
  if (roll < 0.6) return null;
  if (depth > 2) return randomString(r);
  if (roll < 0.75) return Array.from({ length: Math.floor(r() * 5) }, () => randomValue(r, depth + 1));
  return randomObject(r, depth + 1);
}

function randomObject(r: () => number, depth = 0): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  const n = Math.floor(r() * 5);
  for (let i = 0; i < n; i++) {
    const key = r() < 0.8 ? FIELD_NAMES[Math.floor(r() * FIELD_NAMES.length)]! : randomString(r).slice(0, 20);
    Object.defineProperty(o, key, { value: randomValue(r, depth), enumerable: true, configurable: true, writable: true });
  }
  return o;
}

/** A random payload: mostly JSON objects with plausible field names, sometimes raw garbage or another media type. */
function randomPayload(r: () => number): { payload: string; contentType?: string } {
  const roll = r();
  if (roll < 0.7) return { payload: JSON.stringify(randomObject(r)), contentType: 'application/json' };
  if (roll < 0.8) return { payload: JSON.stringify(randomValue(r)) ?? 'null', contentType: 'application/json' };
  if (roll < 0.9) return { payload: randomString(r), contentType: 'application/json' };
  return { payload: randomString(r), contentType: ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'image/png'][Math.floor(r() * 5)] };
}

function randomQuery(r: () => number): string {
  const keys = ['limit', 'cursor', 'status', 'tag', 'claimant', 'updatedSince', 'kind', 'includeRetracted', 'q', 'x'];
  const values = ['0', '1', '100', '101', '-5', '1e3', 'abc', '', '%ZZ', '%00', 'verified', 'true', 'maybe', '2018-01-01T00:00:00Z', 'Y2xtXw', '🎲', '[]', '{}'];
  const n = Math.floor(r() * 5);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const key = keys[Math.floor(r() * keys.length)]!;
    const value = r() < 0.7 ? values[Math.floor(r() * values.length)]! : encodeURIComponent(randomString(r).slice(0, 30));
    parts.push(`${key}=${value}`);
  }
  return parts.join('&');
}

function randomHeaders(ctx: TestContext, r: () => number): Record<string, string> {
  const headers: Record<string, string> = ctx.auth(r() < 0.9 ? 'reviewer' : 'reader');
  if (r() < 0.8) headers['if-match'] = ['"1"', '*', 'W/"1"', '"2"', 'garbage', '"99999999999999999999"', '""', ' '][Math.floor(r() * 8)]!;
  if (r() < 0.2) headers['idempotency-key'] = randomString(r).slice(0, 300) || 'k';
  return headers;
}

t.test('random bodies and query strings never give a 5xx, and refused requests change nothing', async (t) => {
  const ctx = await build(t);
  const { claimId, sourceId } = await claimWithSource(ctx);
  const evidenceId = (await addEvidence(ctx, claimId, { sourceId, stance: 'context' })).json().id as string;
  const ROUNDS = 200;
  const SEED = 20261121;
  const r = prng(SEED);
  const writes: Array<['POST' | 'PATCH', string]> = [
    ['POST', '/v1/claims'],
    ['PATCH', `/v1/claims/${claimId}`],
    ['POST', `/v1/claims/${claimId}/status`],
    ['POST', `/v1/claims/${claimId}/evidence`],
    ['POST', `/v1/claims/${claimId}/evidence/${evidenceId}/retract`],
    ['POST', '/v1/sources'],
    ['PATCH', `/v1/sources/${sourceId}`],
  ];
  const reads = ['/v1/claims', '/v1/sources', `/v1/claims/${claimId}/evidence`, `/v1/claims/${claimId}`];
  const tally: Record<string, number> = {};
  let failures = 0;

  for (const [method, path] of writes) {
    for (let i = 0; i < ROUNDS; i++) {
      const { payload, contentType } = randomPayload(r);
      const query = r() < 0.3 ? `?${randomQuery(r)}` : '';
      const headers = randomHeaders(ctx, r);
      if (contentType) headers['content-type'] = contentType;
      const before = await counts(ctx);
      const res = await ctx.app.inject({ method, url: `${path}${query}`, headers, payload });
      tally[res.statusCode] = (tally[res.statusCode] ?? 0) + 1;
      const after = await counts(ctx);
      const bad = res.statusCode >= 500 || (res.statusCode >= 400 && (after.claims !== before.claims || after.audit !== before.audit))
        || (res.statusCode >= 400 && !String(res.headers['content-type']).startsWith('application/problem+json'));
      if (bad && failures++ < 5) t.fail(`seed ${SEED}: ${method} ${path}${query} → ${res.statusCode} ${res.body.slice(0, 300)}\npayload: ${payload.slice(0, 300)}`);
    }
  }
  for (const path of reads) {
    for (let i = 0; i < ROUNDS / 4; i++) {
      const before = await counts(ctx);
      const url = `${path}?${randomQuery(r)}`;
      const res = await ctx.app.inject({ method: 'GET', url, headers: ctx.auth('reader') });
      tally[res.statusCode] = (tally[res.statusCode] ?? 0) + 1;
      if ((res.statusCode >= 500 || JSON.stringify(await counts(ctx)) !== JSON.stringify(before)) && failures++ < 5) t.fail(`seed ${SEED}: GET ${url} → ${res.statusCode} ${res.body.slice(0, 300)}`);
    }
  }
  t.equal(failures, 0, `${writes.length * ROUNDS + reads.length * (ROUNDS / 4)} random requests, statuses ${JSON.stringify(tally)}`);
  t.ok(Object.keys(tally).every((s) => Number(s) < 500), 'no 5xx at all');
  t.ok((tally['400'] ?? 0) > 0 && (tally['415'] ?? 0) > 0, 'the generator reaches validation and media-type errors');
});
