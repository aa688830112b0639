// Console sessions: sign-in with an API key, the cookie's attributes, expiry, sign-out, revocation,
// the CSRF Origin check on cookie-authenticated writes, and what is (not) stored.
import t from 'tap';
import { SESSION_COOKIE } from '../../src/plugins/auth.js';
import { SESSION_TTL_MS } from '../../src/services/sessions.js';
import { SYSTEM_ACTOR_ID } from '../../src/services/api-keys.js';
import { assertProblem, build, counts, createClaim, sql, type TestContext } from '../helper.js';

const ORIGIN = 'http://localhost';

/** Signs in with a key and returns the Set-Cookie header and the cookie header to send back. */
async function signIn(ctx: TestContext, key: string, headers: Record<string, string> = {}) {
  const res = await ctx.app.inject({ method: 'POST', url: '/v1/session', headers, payload: { key } });
  const setCookie = String(res.headers['set-cookie'] ?? '');
  const token = new RegExp(`^${SESSION_COOKIE}=([^;]*)`).exec(setCookie)?.[1];
  return { res, setCookie, token, cookie: { cookie: `${SESSION_COOKIE}=${token}` } };
}

t.test('signing in sets an HttpOnly, SameSite=Strict cookie that acts with the key\'s role', async (t) => {
  const ctx = await build(t);
  const { res, setCookie, token, cookie } = await signIn(ctx, ctx.keys.checker);
  t.equal(res.statusCode, 201, res.body);
  t.match(res.json(), { actor: { name: 'checker key', role: 'checker' }, expiresAt: String });
  const ttl = Date.parse(res.json().expiresAt) - Date.now();
  t.ok(ttl > SESSION_TTL_MS - 60_000 && ttl <= SESSION_TTL_MS, 'expires in 12 hours');
  t.match(setCookie, /; HttpOnly/);
  t.match(setCookie, /; SameSite=Strict/);
  t.match(setCookie, /; Path=\//);
  t.match(setCookie, /; Expires=/);
  t.notMatch(setCookie, /; Secure/, 'not Secure over plain http');
  t.match(token, /^[A-Za-z0-9_-]{43}$/, '32 random bytes, base64url');
  t.not(token, ctx.keys.checker, 'the cookie is not the API key');

  const me = await ctx.app.inject({ url: '/v1/me', headers: cookie });
  t.equal(me.statusCode, 200);
  t.equal(me.json().role, 'checker');

  // A write with the cookie from the service's own origin is the checker's write.
  const created = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: { ...cookie, origin: ORIGIN }, payload: { text: 'Signed in through the console.' } });
  t.equal(created.statusCode, 201, created.body);
  t.equal(created.json().createdBy.name, 'checker key');
});

t.test('only the sha256 of the session token is stored', async (t) => {
  const ctx = await build(t);
  const { token } = await signIn(ctx, ctx.keys.reader);
  const rows = await sql<Record<string, string>>(ctx, 'SELECT * FROM sessions');
  t.equal(rows.length, 1);
  const stored = JSON.stringify(rows);
  t.notOk(stored.includes(token!), 'the token is not in the table');
  t.notOk(stored.includes(ctx.keys.reader), 'neither is the API key');
  const { createHash } = await import('node:crypto');
  t.equal(rows[0]!.token_hash, createHash('sha256').update(token!).digest('hex'));
});

t.test('the cookie is Secure when PUBLIC_BASE_URL is https', async (t) => {
  const ctx = await build(t, { publicBaseUrl: 'https://claims.example.org' });
  const { setCookie } = await signIn(ctx, ctx.keys.reader);
  t.match(setCookie, /; Secure/);
});

t.test('a wrong, revoked or malformed key is refused with a sentence, and no cookie', async (t) => {
  const ctx = await build(t);
  const revoked = await ctx.app.services.apiKeys.create(SYSTEM_ACTOR_ID, { name: 'gone', role: 'admin' });
  await ctx.app.services.apiKeys.revoke(SYSTEM_ACTOR_ID, revoked.key.id);
  for (const key of ['clk_00000000000000000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', revoked.token, 'not a key']) {
    const { res } = await signIn(ctx, key);
    t.match(assertProblem(t, res, 401, 'UNAUTHENTICATED').detail, /unknown, revoked or expired/);
    t.notOk(res.headers['set-cookie'], 'no cookie');
  }
  assertProblem(t, await ctx.app.inject({ method: 'POST', url: '/v1/session', payload: {} }), 400, 'VALIDATION_FAILED');
  assertProblem(t, await ctx.app.inject({ method: 'POST', url: '/v1/session', payload: { key: ctx.keys.admin, role: 'admin' } }), 400, 'VALIDATION_FAILED');
  t.equal(Number((await sql<{ n: number }>(ctx, 'SELECT count(*) AS n FROM sessions'))[0]!.n), 0, 'no session was opened');
});

t.test('an unknown or forged session cookie is 401', async (t) => {
  const ctx = await build(t);
  for (const value of ['A'.repeat(43), 'garbage', '']) {
    const res = await ctx.app.inject({ url: '/v1/me', headers: { cookie: `${SESSION_COOKIE}=${value}` } });
    t.match(assertProblem(t, res, 401, 'UNAUTHENTICATED').detail, /session has ended/);
  }
});

t.test('signing out ends the session; signing out again is fine', async (t) => {
  const ctx = await build(t);
  const { cookie } = await signIn(ctx, ctx.keys.reviewer);
  const out = await ctx.app.inject({ method: 'DELETE', url: '/v1/session', headers: { ...cookie, origin: ORIGIN } });
  t.equal(out.statusCode, 204);
  t.match(String(out.headers['set-cookie']), new RegExp(`^${SESSION_COOKIE}=;.*Expires=Thu, 01 Jan 1970`), 'the cookie is cleared');
  assertProblem(t, await ctx.app.inject({ url: '/v1/me', headers: cookie }), 401, 'UNAUTHENTICATED');
  t.equal((await ctx.app.inject({ method: 'DELETE', url: '/v1/session', headers: { ...cookie, origin: ORIGIN } })).statusCode, 204);
  t.equal((await ctx.app.inject({ method: 'DELETE', url: '/v1/session' })).statusCode, 204, 'no cookie at all');
});

t.test('revoking the key ends its sessions at once', async (t) => {
  const ctx = await build(t);
  const made = await ctx.app.services.apiKeys.create(SYSTEM_ACTOR_ID, { name: 'desk', role: 'checker' });
  const a = await signIn(ctx, made.token);
  const b = await signIn(ctx, made.token);
  const other = await signIn(ctx, ctx.keys.checker);
  t.equal((await ctx.app.inject({ url: '/v1/me', headers: a.cookie })).statusCode, 200);
  const revoke = await ctx.app.inject({ method: 'POST', url: `/v1/api-keys/${made.key.id}/revoke`, headers: ctx.auth('admin'), payload: {} });
  t.equal(revoke.statusCode, 200);
  assertProblem(t, await ctx.app.inject({ url: '/v1/me', headers: a.cookie }), 401, 'UNAUTHENTICATED');
  assertProblem(t, await ctx.app.inject({ url: '/v1/me', headers: b.cookie }), 401, 'UNAUTHENTICATED');
  t.equal((await ctx.app.inject({ url: '/v1/me', headers: other.cookie })).statusCode, 200, 'other keys\' sessions go on');
  const left = await sql<{ key_id: string }>(ctx, 'SELECT key_id FROM sessions');
  t.notOk(left.some((r) => r.key_id === made.key.id), 'the revoked key\'s sessions are deleted');
});

t.test('a session ends after 12 hours, and never outlives its key', async (t) => {
  const ctx = await build(t);
  const { sessions, apiKeys } = ctx.app.services;
  const start = new Date();
  const opened = (await sessions.open(ctx.keys.reader, start))!;
  t.ok(await sessions.authenticate(opened.token, new Date(start.getTime() + SESSION_TTL_MS - 1000)), 'alive just before 12 h');
  t.equal(await sessions.authenticate(opened.token, new Date(start.getTime() + SESSION_TTL_MS)), null, 'over at 12 h');

  const keyEnd = new Date(Date.now() + 60 * 60 * 1000).toISOString();
  const short = await apiKeys.create(SYSTEM_ACTOR_ID, { name: 'short', role: 'reader', expiresAt: keyEnd });
  const res = await ctx.app.inject({ method: 'POST', url: '/v1/session', payload: { key: short.token } });
  t.equal(res.json().expiresAt, keyEnd, 'the session ends with its key');
});

t.test('cookie-authenticated writes need the service\'s own Origin (CSRF)', async (t) => {
  const ctx = await build(t, { publicBaseUrl: 'https://claims.example.org' });
  const { cookie } = await signIn(ctx, ctx.keys.admin);
  const before = await counts(ctx);
  const attempts: Array<[string, Record<string, string>]> = [
    ['no Origin', {}],
    ['another site', { origin: 'https://evil.example' }],
    ['a look-alike', { origin: 'https://claims.example.org.evil.example' }],
    ['another port', { origin: 'http://localhost:8080' }],
    ['"null" (sandboxed frame)', { origin: 'null' }],
  ];
  for (const [label, headers] of attempts) {
    const res = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: { ...cookie, ...headers }, payload: { text: `CSRF attempt from ${label}.` } });
    assertProblem(t, res, 403, 'CROSS_SITE_REQUEST');
  }
  t.same(await counts(ctx), before, 'nothing was written');

  const claim = await createClaim(ctx);
  const patch = await ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${claim.id}`, headers: { ...cookie, origin: 'https://evil.example', 'if-match': '"1"' }, payload: { tags: ['x'] } });
  assertProblem(t, patch, 403, 'CROSS_SITE_REQUEST');
  const revokeAll = await ctx.app.inject({ method: 'DELETE', url: '/v1/session', headers: { ...cookie, origin: 'https://evil.example' } });
  assertProblem(t, revokeAll, 403, 'CROSS_SITE_REQUEST');

  for (const origin of ['https://claims.example.org', ORIGIN]) {
    const ok = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: { ...cookie, origin }, payload: { text: `Written from ${origin}.` } });
    t.equal(ok.statusCode, 201, `PUBLIC_BASE_URL and the addressed Host are both the service's origin (${origin})`);
  }
  const read = await ctx.app.inject({ url: '/v1/claims', headers: { ...cookie, origin: 'https://evil.example' } });
  t.equal(read.statusCode, 200, 'reads need no Origin check: SameSite=Strict and CORS keep their answers from other sites');
  const bearer = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker', { origin: 'https://evil.example' }), payload: { text: 'Scripts use keys.' } });
  t.equal(bearer.statusCode, 201, 'bearer keys are not subject to the Origin check');
  const loginCsrf = await signIn(ctx, ctx.keys.reader, { origin: 'https://evil.example' });
  assertProblem(t, loginCsrf.res, 403, 'CROSS_SITE_REQUEST');
  t.notOk(loginCsrf.res.headers['set-cookie'], 'another site cannot sign a browser in');
});

t.test('a bearer key wins over a cookie when both are sent', async (t) => {
  const ctx = await build(t);
  const { cookie } = await signIn(ctx, ctx.keys.admin);
  const me = await ctx.app.inject({ url: '/v1/me', headers: { ...cookie, ...ctx.auth('reader') } });
  t.equal(me.json().role, 'reader');
});

t.test('console sessions are rate-limited per key, not per IP (a newsroom shares one address)', async (t) => {
  const ctx = await build(t, { rateLimit: { max: 6, anonymousMax: 3, windowMs: 60_000 } });
  const get = (headers: Record<string, string>) => ctx.app.inject({ url: '/v1/claims', headers, remoteAddress: '10.0.0.7' });
  const res = await ctx.app.inject({ method: 'POST', url: '/v1/session', payload: { key: ctx.keys.reader }, remoteAddress: '10.0.0.7' });
  t.equal(res.statusCode, 201, 'signing in counts against the IP: 1');
  const cookie = { cookie: String(res.headers['set-cookie']).split(';')[0]! };
  t.equal((await get(cookie)).statusCode, 200, 'the first call of a session not yet seen counts against its IP: 2');
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) statuses.push((await get(cookie)).statusCode);
  t.same(statuses, [200, 200, 200, 200, 200, 200, 429], 'then the session has its key\'s budget of 6');
  const limited = await get(cookie);
  t.equal(limited.headers['ratelimit-limit'], '6');
  t.equal((await get({})).statusCode, 401, 'the IP still has room for one anonymous call: 3');
  t.equal((await get({})).statusCode, 429, 'and then it is limited, whatever the sessions did');
});
