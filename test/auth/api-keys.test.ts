// API keys: shown once, stored as a hash, revocable at once, expiring; actors shown by id and name only.
import t from 'tap';
import { sha256Hex } from '../../src/lib/hash.js';
import { SYSTEM_ACTOR_ID } from '../../src/services/api-keys.js';
import { build, sql } from '../helper.js';

t.test('an admin creates a key; it is shown once and stored only as its hash', async (t) => {
  const ctx = await build(t);
  const res = await ctx.app.inject({ method: 'POST', url: '/v1/api-keys', headers: ctx.auth('admin'), payload: { name: 'Newsroom desk', role: 'reader' } });
  t.equal(res.statusCode, 201);
  const body = res.json();
  t.match(body.key, /^clk_[0-9a-z]{26}_[A-Za-z0-9_-]{43}$/, 'recognisable prefix');
  t.equal(body.role, 'reader');
  t.equal(body.prefix, body.key.slice(0, 12));
  const row = (await ctx.app.storage.read.apiKeys.find(body.id))!;
  t.equal(row.tokenHash, sha256Hex(body.key), 'only the hash is stored');
  t.notOk(JSON.stringify(row).includes(body.key), 'the key itself is not in the row');

  const list = await ctx.app.inject({ method: 'GET', url: '/v1/api-keys', headers: ctx.auth('admin') });
  t.notOk(list.body.includes(body.key), 'listing never shows a key');
  t.notOk(list.body.includes(row.tokenHash!), 'listing never shows a hash');
  t.notOk(list.json().data.some((k: { id: string }) => k.id === SYSTEM_ACTOR_ID), 'the built-in system actor is not listed');

  const me = await ctx.app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${body.key}` } });
  t.same(me.json(), { id: body.id, name: 'Newsroom desk', role: 'reader' });
});

t.test('a revoked key is refused from the next request on', async (t) => {
  const ctx = await build(t);
  const created = (await ctx.app.inject({ method: 'POST', url: '/v1/api-keys', headers: ctx.auth(), payload: { name: 'temp', role: 'checker' } })).json();
  const auth = { authorization: `Bearer ${created.key}` };
  t.equal((await ctx.app.inject({ method: 'GET', url: '/v1/me', headers: auth })).statusCode, 200);
  const revoke = await ctx.app.inject({ method: 'POST', url: `/v1/api-keys/${created.id}/revoke`, headers: ctx.auth(), payload: { reason: 'laptop lost' } });
  t.equal(revoke.statusCode, 200);
  t.ok(revoke.json().revokedAt);
  t.equal(revoke.json().revokedBy.name, 'admin key');
  const after = await ctx.app.inject({ method: 'GET', url: '/v1/me', headers: auth });
  t.equal(after.statusCode, 401);
  t.equal(after.headers['www-authenticate'], 'Bearer realm="claimledger"');
  const again = await ctx.app.inject({ method: 'POST', url: `/v1/api-keys/${created.id}/revoke`, headers: ctx.auth(), payload: {} });
  t.equal(again.statusCode, 409);
  t.equal(again.json().code, 'API_KEY_ALREADY_REVOKED');
  const missing = await ctx.app.inject({ method: 'POST', url: '/v1/api-keys/key_00000000000000000000000000/revoke', headers: ctx.auth(), payload: {} });
  t.equal(missing.statusCode, 404);
  const system = await ctx.app.inject({ method: 'POST', url: `/v1/api-keys/${SYSTEM_ACTOR_ID}/revoke`, headers: ctx.auth(), payload: {} });
  t.equal(system.statusCode, 400, 'the system actor is not a key id');
});

t.test('an expired key is refused; expiry must be in the future', async (t) => {
  const ctx = await build(t);
  const { token, key } = await ctx.app.services.apiKeys.create(SYSTEM_ACTOR_ID, { name: 'short-lived', role: 'reader', expiresAt: new Date(Date.now() + 60_000).toISOString() });
  t.equal((await ctx.app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${token}` } })).statusCode, 200);
  await sql(ctx, 'UPDATE api_keys SET expires_at = ? WHERE id = ?', [new Date(Date.now() - 1000).toISOString(), key.id]);
  const res = await ctx.app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${token}` } });
  t.equal(res.statusCode, 401);
  t.match(res.json().detail, /revoked or expired/);
  const past = await ctx.app.inject({ method: 'POST', url: '/v1/api-keys', headers: ctx.auth(), payload: { name: 'x', role: 'reader', expiresAt: '2000-01-01T00:00:00Z' } });
  t.equal(past.statusCode, 400);
  t.equal(past.json().errors[0].path, 'body.expiresAt');
});

t.test('a tampered token with a valid key id is refused', async (t) => {
  const ctx = await build(t);
  const last = ctx.keys.admin.at(-1) === 'A' ? 'B' : 'A';
  const forged = ctx.keys.admin.slice(0, -1) + last;
  const res = await ctx.app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${forged}` } });
  t.equal(res.statusCode, 401);
  t.equal((await ctx.app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Basic ${ctx.keys.admin}` } })).statusCode, 401, 'only the Bearer scheme');
});

t.test('writes record the acting key, shown by id and name, never the key', async (t) => {
  const ctx = await build(t);
  const res = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'), payload: { text: 'Lazarus hacked Sony Pictures in 2014.' } });
  const claim = res.json();
  t.equal(claim.createdBy.name, 'checker key');
  t.match(claim.createdBy.id, /^key_/);
  t.same(Object.keys(claim.createdBy).sort(), ['id', 'name']);
  t.notOk(res.body.includes(ctx.keys.checker));
  const [ev] = await sql<{ actor_id: string }>(ctx, 'SELECT actor_id FROM audit_events WHERE entity_id = ?', [claim.id]);
  t.equal(ev!.actor_id, claim.createdBy.id, 'the audit event names the same key');
});

t.test('mass assignment: no body can set status, reviewer, author, version or a role it may not', async (t) => {
  const ctx = await build(t);
  const create = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'), payload: { text: 'x', status: 'verified', reviewedBy: 'key_x', createdBy: 'key_x', version: 9 } });
  t.equal(create.statusCode, 400);
  t.same(create.json().errors.map((e: { path: string }) => e.path).sort(), ['body.createdBy', 'body.reviewedBy', 'body.status', 'body.version'], 'each unknown field is named');

  const claim = (await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'), payload: { text: 'A claim.' } })).json();
  for (const payload of [{ status: 'verified' }, { reviewedBy: 'key_x' }, { createdBy: 'key_x' }, { version: 7 }, { statusRationale: 'x' }, { reviewedAt: '2020-01-01T00:00:00Z' }]) {
    const res = await ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${claim.id}`, headers: ctx.auth('checker', { 'if-match': '"1"' }), payload });
    t.equal(res.statusCode, 400, `PATCH ${Object.keys(payload)[0]} refused`);
  }
  const src = await ctx.app.inject({ method: 'POST', url: '/v1/sources', headers: ctx.auth('checker'), payload: { title: 't', citation: 'c', kind: 'news', createdBy: 'key_x', contentSha256: 'abc' } });
  t.equal(src.statusCode, 400);
  const ev = await ctx.app.inject({ method: 'POST', url: `/v1/claims/${claim.id}/evidence`, headers: ctx.auth('checker'), payload: { sourceId: 'src_00000000000000000000000000', stance: 'context', retractedAt: '2020-01-01T00:00:00Z', createdBy: 'key_x' } });
  t.equal(ev.statusCode, 400);
  const selfPromote = await ctx.app.inject({ method: 'POST', url: '/v1/api-keys', headers: ctx.auth('checker'), payload: { name: 'me too', role: 'admin' } });
  t.equal(selfPromote.statusCode, 403, 'a checker cannot mint keys');
  const verdict = await ctx.app.inject({ method: 'POST', url: `/v1/claims/${claim.id}/status`, headers: ctx.auth('checker', { 'if-match': '"1"' }), payload: { status: 'in_review', reviewedBy: 'key_x' } });
  t.equal(verdict.statusCode, 400);
  const after = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claim.id}`, headers: ctx.auth('reader') })).json();
  t.equal(after.status, 'unverified');
  t.equal(after.version, 1, 'nothing changed');
});

t.test('/health, /docs and /openapi.json need no key', async (t) => {
  const ctx = await build(t);
  t.equal((await ctx.app.inject('/health')).statusCode, 200);
  t.equal((await ctx.app.inject('/openapi.json')).statusCode, 200);
  const docs = await ctx.app.inject('/docs');
  t.ok([200, 302].includes(docs.statusCode));
  const spec = (await ctx.app.inject('/openapi.json')).json();
  t.same(spec.components.securitySchemes.bearerAuth, { type: 'http', scheme: 'bearer', description: spec.components.securitySchemes.bearerAuth.description });
  t.same(spec.paths['/v1/claims'].post.security, [{ bearerAuth: ['checker', 'reviewer', 'admin'] }, { sessionCookie: ['checker', 'reviewer', 'admin'] }], 'the roles are machine-readable too, for keys and console sessions');
  t.match(spec.paths['/v1/claims'].post.description, /checker, reviewer, admin/);
  t.match(spec.paths['/v1/api-keys'].post.description, /roles: admin/);
});
