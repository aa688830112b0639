// Protection from the Fastify ecosystem: rate limits per key and per IP, security headers, CORS closed by
// default, load shedding under event-loop pressure, no-store on keyed responses, a header-count limit.
import t from 'tap';
import { assertProblem, build } from '../helper.js';

t.test('security headers, and no-store on keyed responses', async (t) => {
  const ctx = await build(t);
  const keyed = await ctx.app.inject({ method: 'GET', url: '/v1/claims', headers: ctx.auth('reader') });
  t.equal(keyed.headers['cache-control'], 'no-store');
  t.equal(keyed.headers['x-content-type-options'], 'nosniff');
  t.match(String(keyed.headers['strict-transport-security']), /max-age=/);
  t.match(String(keyed.headers['content-security-policy']), /default-src 'self'/);
  t.equal(keyed.headers['x-powered-by'], undefined);
  const refused = await ctx.app.inject({ method: 'GET', url: '/v1/claims', headers: { authorization: 'Bearer nope' } });
  t.equal(refused.headers['cache-control'], 'no-store', 'a refused keyed request is not cached either');
  const health = await ctx.app.inject({ method: 'GET', url: '/health' });
  t.equal(health.headers['cache-control'], undefined, 'an anonymous public response may be cached');
  t.equal(health.headers['x-content-type-options'], 'nosniff');
});

t.test('CORS is closed by default and open only to listed origins', async (t) => {
  const preflight = (origin: string) => ({
    method: 'OPTIONS' as const, url: '/v1/claims',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
  });
  const closed = await build(t);
  for (const res of [await closed.app.inject(preflight('https://evil.example')), await closed.app.inject({ method: 'GET', url: '/v1/claims', headers: closed.auth('reader', { origin: 'https://evil.example' }) })]) {
    t.equal(res.headers['access-control-allow-origin'], undefined, 'no origin is allowed');
  }

  const open = await build(t, { corsOrigins: ['https://newsroom.example'] });
  const ok = await open.app.inject(preflight('https://newsroom.example'));
  t.equal(ok.statusCode, 204);
  t.equal(ok.headers['access-control-allow-origin'], 'https://newsroom.example');
  t.match(String(ok.headers['access-control-allow-headers']), /authorization/);
  const get = await open.app.inject({ method: 'GET', url: '/v1/claims', headers: open.auth('reader', { origin: 'https://newsroom.example' }) });
  t.equal(get.headers['access-control-allow-origin'], 'https://newsroom.example');
  t.match(String(get.headers['access-control-expose-headers']), /etag/);
  const other = await open.app.inject(preflight('https://evil.example'));
  t.equal(other.headers['access-control-allow-origin'], undefined, 'an unlisted origin is not allowed');
});

t.test('rate limits: per key, per IP for everyone else; 429 is a problem with Retry-After and RateLimit headers', async (t) => {
  const ctx = await build(t, { rateLimit: { max: 5, anonymousMax: 2, windowMs: 60_000 } });
  const get = (headers: Record<string, string>, remoteAddress = '10.0.0.1') => ctx.app.inject({ method: 'GET', url: '/v1/claims', headers, remoteAddress });

  const first = await get(ctx.auth('reader'));
  t.equal(first.statusCode, 200);
  t.equal(first.headers['ratelimit-limit'], '5', 'a valid key counts against its own budget from its first call');
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) statuses.push((await get(ctx.auth('reader'))).statusCode);
  t.same(statuses, [200, 200, 200, 200, 429, 429], 'a key gets its own budget of 5');
  const limited = await get(ctx.auth('reader'));
  const p = assertProblem(t, limited, 429, 'RATE_LIMITED');
  t.match(p.detail, /5 per 60 s/);
  t.ok(Number(limited.headers['retry-after']) > 0, 'Retry-After');
  t.equal(limited.headers['ratelimit-limit'], '5');
  t.equal(limited.headers['ratelimit-remaining'], '0');
  t.ok(Number(limited.headers['ratelimit-reset']) > 0);

  t.equal((await get(ctx.auth('checker'))).statusCode, 200, 'another key has its own budget');
  // A burst of a key's first requests (an instance just started, or one of several): all of them are rate
  // checked before any has authenticated, and none may fall into the IP's budget of 2.
  const burst = await Promise.all(Array.from({ length: 5 }, () => get(ctx.auth('reviewer'), '10.0.0.2')));
  t.same(burst.map((r) => r.statusCode), [200, 200, 200, 200, 200], 'a burst of a new key\'s first requests uses the key\'s budget');

  // Callers without a valid key share their IP's budget of 2, whatever token id they invent.
  const anon = [];
  for (const authorization of ['Bearer nope', `Bearer clk_${'1'.repeat(26)}_${'a'.repeat(43)}`, `Bearer clk_${'2'.repeat(26)}_${'a'.repeat(43)}`]) {
    anon.push((await get({ authorization }, '10.0.0.9')).statusCode);
  }
  t.same(anon, [401, 401, 429], 'invented token ids do not buy a fresh budget');
  assertProblem(t, await get({}, '10.0.0.9'), 429, 'RATE_LIMITED');
  t.equal((await get({}, '10.0.0.10')).statusCode, 401, 'another IP has its own budget');
});

t.test('rate limiting is off in tests unless turned on', async (t) => {
  const ctx = await build(t);
  for (let i = 0; i < 700; i++) {
    const res = await ctx.app.inject({ method: 'GET', url: '/health' });
    if (res.statusCode !== 200) return t.fail(`request ${i}: ${res.statusCode}`);
  }
  t.pass('700 requests, no 429');
});

t.test('too many headers is 431', async (t) => {
  const ctx = await build(t, { maxHeaders: 20 });
  const headers: Record<string, string> = ctx.auth('reader');
  for (let i = 0; i < 25; i++) headers[`x-h${i}`] = 'v';
  assertProblem(t, await ctx.app.inject({ method: 'GET', url: '/v1/claims', headers }), 431, 'HEADERS_TOO_LARGE');
  t.equal((await ctx.app.inject({ method: 'GET', url: '/v1/claims', headers: ctx.auth('reader') })).statusCode, 200);
});

t.test('a saturated event loop gives 503 with Retry-After instead of slowness for everyone', async (t) => {
  const ctx = await build(t, { maxEventLoopDelayMs: 30 });
  const spinUntil = Date.now() + 2500;
  while (Date.now() < spinUntil) {
    const end = Date.now() + 150;
    while (Date.now() < end); // hold the event loop, as a heavy synchronous request would
    await new Promise((resolve) => setImmediate(resolve));
  }
  const res = await ctx.app.inject({ method: 'GET', url: '/v1/claims', headers: ctx.auth('reader') });
  assertProblem(t, res, 503, 'UNAVAILABLE');
  t.equal(res.headers['retry-after'], '10');
});
