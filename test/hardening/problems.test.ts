// Every error is problem+json, including the ones Fastify and Node answer before a route runs, and input
// that is not well-formed (lone surrogates, bad UTF-8, U+0000, "__proto__" keys) is a 400 naming the field.
import net from 'node:net';
import t from 'tap';
import { assertProblem, build, counts, createClaim, createSource, sql } from '../helper.js';

const JSON_HEADERS = { 'content-type': 'application/json' };

/** Sends raw bytes to a listening server and returns the raw response text (until the server closes). */
function raw(port: number, data: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.end(data);
  });
}

function parseRaw(text: string) {
  const [head, body] = text.split('\r\n\r\n', 2) as [string, string];
  const [statusLine, ...headerLines] = head.split('\r\n');
  const headers = Object.fromEntries(headerLines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  return { statusCode: Number(statusLine!.split(' ')[1]), headers, body, json: () => JSON.parse(body) };
}

t.test('an unknown method on a known path is 405 with Allow', async (t) => {
  const ctx = await build(t);
  const c = await createClaim(ctx);
  const cases: Array<[string, string, string[]]> = [
    ['DELETE', '/v1/claims', ['GET', 'HEAD', 'POST']],
    ['PUT', `/v1/claims/${c.id}`, ['GET', 'HEAD', 'PATCH']],
    ['DELETE', `/v1/claims/${c.id}/status`, ['POST']],
    ['GET', '/v1/api-keys/key_01jd2x8q0m7k3v5n6p9r4s2t1w/revoke', ['POST']],
    ['POST', '/health', ['GET', 'HEAD']],
  ];
  for (const [method, url, allow] of cases) {
    const res = await ctx.app.inject({ method: method as 'GET', url, headers: ctx.auth('admin') });
    const p = assertProblem(t, res, 405, 'METHOD_NOT_ALLOWED');
    t.same(String(res.headers.allow).split(', '), allow, `${method} ${url}: Allow ${allow.join(', ')}`);
    t.same(p.allow, allow);
  }
  assertProblem(t, await ctx.app.inject({ method: 'DELETE', url: '/v1/nothing-here' }), 404, 'ROUTE_NOT_FOUND');
});

t.test('bad URL encodings and over-long URLs are problems', async (t) => {
  const ctx = await build(t);
  for (const url of ['/v1/claims/%ZZ', '/v1/claims/%ED%A0%80', '/v1/sources/%C0%AF']) {
    const p = assertProblem(t, await ctx.app.inject({ method: 'GET', url, headers: ctx.auth('reader') }), 400, 'VALIDATION_FAILED');
    t.match(p.errors, [{ path: 'path', message: /UTF-8/ }], `${url} names the path`);
  }
  const longSegment = assertProblem(t, await ctx.app.inject({ method: 'GET', url: `/v1/claims/${'a'.repeat(501)}`, headers: ctx.auth('reader') }), 414, 'URI_TOO_LONG');
  t.match(longSegment.detail, /500/);
  assertProblem(t, await ctx.app.inject({ method: 'GET', url: `/v1/claims?q=${'a'.repeat(9000)}`, headers: ctx.auth('reader') }), 414, 'URI_TOO_LONG');
});

t.test('errors Node answers before Fastify (431, broken HTTP) are problems on a real socket', async (t) => {
  const ctx = await build(t);
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  const port = (ctx.app.server.address() as net.AddressInfo).port;

  const huge = parseRaw(await raw(port, `GET /v1/claims HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`));
  t.equal(huge.statusCode, 431);
  t.equal(huge.headers['content-type'], 'application/problem+json');
  t.match(huge.json(), { status: 431, code: 'HEADERS_TOO_LARGE', type: 'urn:claimledger:problem:headers-too-large', detail: String });

  const longTarget = parseRaw(await raw(port, `GET /v1/claims?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`));
  t.equal(longTarget.statusCode, 431, 'a target beyond the header limit is refused by Node, still as a problem');
  t.equal(longTarget.json().code, 'HEADERS_TOO_LARGE');

  const garbage = parseRaw(await raw(port, 'HELLO THERE\r\n\r\n'));
  t.equal(garbage.statusCode, 400);
  t.match(garbage.json(), { code: 'MALFORMED_REQUEST', status: 400 });

  const badUrl = parseRaw(await raw(port, 'GET /v1/claims/%E0%A4%A HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  t.equal(badUrl.statusCode, 400);
  t.equal(badUrl.headers['content-type'], 'application/problem+json; charset=utf-8');
});

t.test('If-Match uses the strong comparison: a weak tag is 412', async (t) => {
  const ctx = await build(t);
  const c = await createClaim(ctx);
  const before = await counts(ctx);
  for (const ifMatch of ['W/"1"', 'W/1']) {
    const res = await ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${c.id}`, headers: ctx.auth('checker', { 'if-match': ifMatch }), payload: { claimant: 'x' } });
    t.match(assertProblem(t, res, 412, 'PRECONDITION_FAILED').detail, /strong/);
    const status = await ctx.app.inject({ method: 'POST', url: `/v1/claims/${c.id}/status`, headers: ctx.auth('reviewer', { 'if-match': ifMatch }), payload: { status: 'in_review' } });
    assertProblem(t, status, 412, 'PRECONDITION_FAILED');
  }
  const s = await createSource(ctx);
  assertProblem(t, await ctx.app.inject({ method: 'PATCH', url: `/v1/sources/${s.id}`, headers: ctx.auth('checker', { 'if-match': 'W/"1"' }), payload: { title: 'y' } }), 412, 'PRECONDITION_FAILED');
  t.same(await counts(ctx), { ...before, sources: before.sources + 1, audit: before.audit + 1 }, 'nothing but the new source was written');
  const strong = await ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${c.id}`, headers: ctx.auth('checker', { 'if-match': '"1"' }), payload: { claimant: 'x' } });
  t.equal(strong.statusCode, 200, 'the strong tag matches');
});

t.test('a "__proto__" key anywhere in a body is a clear 400 naming it', async (t) => {
  const ctx = await build(t);
  const c = await createClaim(ctx);
  const cases: Array<[string, string, string]> = [
    ['/v1/claims', '{"text":"x","__proto__":{"admin":true}}', 'body.__proto__'],
    ['/v1/claims', '{"text":"x","firstAppearance":{"url":"https://example.com","__proto__":{}}}', 'body.firstAppearance.__proto__'],
    ['/v1/claims', '{"text":"x","tags":[{"__proto__":null}]}', 'body.tags.0.__proto__'],
    [`/v1/claims/${c.id}/evidence`, '{"__proto__":"x"}', 'body.__proto__'],
  ];
  const before = await counts(ctx);
  for (const [url, payload, path] of cases) {
    const p = assertProblem(t, await ctx.app.inject({ method: 'POST', url, headers: ctx.auth('checker', JSON_HEADERS), payload }), 400, 'VALIDATION_FAILED');
    t.match(p.errors, [{ path, message: /__proto__/ }], `names ${path}`);
    t.match(p.detail, /prototype/, 'says why');
  }
  t.same(await counts(ctx), before);
  t.equal(({} as Record<string, unknown>).admin, undefined, 'no prototype was polluted');
});

t.test('a lone surrogate in a body, query or path is a 400 naming the field, and nothing is stored', async (t) => {
  const ctx = await build(t);
  const c = await createClaim(ctx);
  const s = await createSource(ctx);
  const before = await counts(ctx);
  const bodies: Array<[string, string, string, string, Record<string, string>]> = [
    ['POST', '/v1/claims', '{"text":"North Korea \\ud800 bitcoins"}', 'body.text', {}],
    ['POST', '/v1/claims', '{"text":"ok","tags":["fine","\\udfff"]}', 'body.tags.1', {}],
    ['POST', '/v1/claims', '{"text":"ok","firstAppearance":{"url":"https://example.com/\\ud83d"}}', 'body.firstAppearance.url', {}],
    ['POST', '/v1/claims', '{"text":"ok","\\ud800":1}', 'body.\ud800', {}],
    ['PATCH', `/v1/claims/${c.id}`, '{"claimant":"\\udc00x"}', 'body.claimant', { 'if-match': '"1"' }],
    ['POST', '/v1/sources', '{"title":"\\ud800","kind":"news","url":"https://example.com/a"}', 'body.title', {}],
    ['PATCH', `/v1/sources/${s.id}`, '{"content":"a\\udbffb"}', 'body.content', { 'if-match': '"1"' }],
    ['POST', `/v1/claims/${c.id}/status`, '{"status":"in_review","rationale":"\\ud800"}', 'body.rationale', { 'if-match': '"1"' }],
    ['POST', '/v1/api-keys', '{"name":"\\ud800","role":"reader"}', 'body.name', {}],
  ];
  for (const [method, url, payload, path, extra] of bodies) {
    const res = await ctx.app.inject({ method: method as 'POST', url, headers: ctx.auth('admin', { ...JSON_HEADERS, ...extra }), payload });
    t.match(assertProblem(t, res, 400, 'VALIDATION_FAILED').errors, [{ path, message: /lone surrogate/ }], `${method} ${url}: names ${path}`);
  }
  // Raw bytes that are not UTF-8 (here the CESU-8 form of a surrogate) are not silently turned into U+FFFD.
  const bytes = Buffer.concat([Buffer.from('{"text":"North Korea '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]);
  const notUtf8 = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker', JSON_HEADERS), payload: bytes });
  t.match(assertProblem(t, notUtf8, 400, 'VALIDATION_FAILED').errors, [{ path: 'body.text', message: /UTF-8/ }]);

  for (const [query, path] of [['q=%ED%A0%80', 'query.q'], ['tag=ok&claimant=%ZZ', 'query.claimant'], ['%ED%B0%80=1', 'query.%ED%B0%80']] as const) {
    const res = await ctx.app.inject({ method: 'GET', url: `/v1/claims?${query}`, headers: ctx.auth('reader') });
    t.match(assertProblem(t, res, 400, 'VALIDATION_FAILED').errors, [{ path }], `?${query} names ${path}`);
  }
  const search = await ctx.app.inject({ method: 'GET', url: '/v1/claims:search?q=%F0%9F', headers: ctx.auth('reader') });
  t.match(assertProblem(t, search, 400, 'VALIDATION_FAILED').errors, [{ path: 'query.q' }]);
  const path = await ctx.app.inject({ method: 'GET', url: `/v1/claims/${c.id.slice(0, -1)}%ED%A0%80`, headers: ctx.auth('reader') });
  assertProblem(t, path, 400, 'VALIDATION_FAILED');

  t.same(await counts(ctx), before, 'nothing was stored');
  const rows = await sql<{ text: string; claimant: string | null }>(ctx, 'SELECT text, claimant FROM claims');
  t.ok(rows.every((r) => !r.text.includes('\uFFFD') && !(r.claimant ?? '').includes('\uFFFD')), 'no replacement character was stored');

  const fine = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker', JSON_HEADERS), payload: '{"text":"Paired \\ud83d\\udca5 is fine, 💥 too"}' });
  t.equal(fine.statusCode, 201, 'a surrogate pair is well-formed');
  t.equal(fine.json().text, 'Paired 💥 is fine, 💥 too');
});

t.test('U+0000 in a body, query or path is a 400 naming the field on either backend, and nothing is stored', async (t) => {
  const ctx = await build(t);
  const before = await counts(ctx);
  const cases: Array<[string, string, string | undefined, string]> = [
    ['POST', '/v1/claims', '{"text":"North Korea \\u0000 bitcoins"}', 'body.text'],
    ['POST', '/v1/claims', '{"text":"ok","tags":["fine","a\\u0000"]}', 'body.tags.1'],
    ['POST', '/v1/sources', '{"title":"t","kind":"news","url":"https://example.com/a","content":"x\\u0000"}', 'body.content'],
    ['GET', '/v1/claims?tag=%00', undefined, 'query.tag'],
    ['GET', '/v1/claims:search?q=bit%00coin', undefined, 'query.q'],
  ];
  for (const [method, url, payload, path] of cases) {
    const res = await ctx.app.inject({ method: method as 'GET', url, headers: ctx.auth('checker', payload ? JSON_HEADERS : {}), ...(payload ? { payload } : {}) });
    t.match(assertProblem(t, res, 400, 'VALIDATION_FAILED').errors, [{ path, message: /U\+0000/ }], `${method} ${url}: names ${path}`);
  }
  t.same(await counts(ctx), before, 'nothing was stored');
});

t.test('deeply nested JSON is refused without a stack overflow', async (t) => {
  const ctx = await build(t);
  const deep = `{"text":"x","tags":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
  const res = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker', JSON_HEADERS), payload: deep });
  t.ok(res.statusCode === 400, `400, not ${res.statusCode}`);
  t.match(String(res.headers['content-type']), /^application\/problem\+json/);
});
