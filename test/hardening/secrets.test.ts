// No secret is stored in plain text or returned twice: an issued API key appears in no table and in no
// byte of the database files, a replayed key creation carries no key, and no response holds a key hash.
import fs from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { sha256Hex } from '../../src/lib/hash.js';
import { assertProblem, build, claimWithSource, type TestContext } from '../helper.js';

/** Every table and column of the database, each value as text (blobs decoded as UTF-8 and latin1). */
function everyValue(ctx: TestContext): Array<{ where: string; text: string }> {
  const client = ctx.app.db.$client;
  const tables = client.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
  const out: Array<{ where: string; text: string }> = [];
  for (const { name } of tables) {
    for (const row of client.prepare(`SELECT * FROM "${name}"`).all() as Array<Record<string, unknown>>) {
      for (const [col, v] of Object.entries(row)) {
        if (v == null) continue;
        const text = Buffer.isBuffer(v) ? `${v.toString('utf8')}\n${v.toString('latin1')}` : String(v);
        out.push({ where: `${name}.${col}`, text });
      }
    }
  }
  return out;
}

t.test('an issued key is in no table, no database file, and is never returned twice', async (t) => {
  const dir = t.testdir();
  const dbPath = path.join(dir, 'secrets.db');
  const ctx = await build(t, { dbPath, auditSigningKeyPath: path.join(dir, 'audit-signing-key.pem') });
  await claimWithSource(ctx);

  const issued: string[] = [];
  const responses: string[] = [];
  const create = (name: string, idempotencyKey?: string) =>
    ctx.app.inject({
      method: 'POST', url: '/v1/api-keys',
      headers: ctx.auth('admin', idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      payload: { name, role: 'reader' },
    });

  for (let i = 0; i < 3; i++) {
    const first = await create(`desk ${i}`, `create-${i}`);
    t.equal(first.statusCode, 201);
    const token = first.json().key as string;
    t.match(token, /^clk_/);
    issued.push(token);
    responses.push(first.body);

    const replay = await create(`desk ${i}`, `create-${i}`);
    t.equal(replay.statusCode, 201, 'the replay says it was created');
    t.equal(replay.headers['idempotent-replayed'], 'true');
    t.equal(replay.headers.location, first.headers.location, 'and where');
    const { key: _secret, ...metadata } = first.json();
    t.same(replay.json(), metadata, 'the replay is the metadata without the secret');
    t.notOk('key' in replay.json(), 'no key in the replay');
    responses.push(replay.body);

    const works = await ctx.app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${token}` } });
    t.equal(works.statusCode, 200, 'the key shown once works');
  }
  const plain = await create('no idempotency key');
  issued.push(plain.json().key);
  responses.push(plain.body);
  const cliKey = ctx.keys.reader; // made through the service, as `claimledger keys create` does
  issued.push(cliKey);

  // Walk the API as an admin and an auditor would: no response may hold a key or a key hash.
  const claims = (await ctx.app.inject({ method: 'GET', url: '/v1/claims', headers: ctx.auth('reader') })).json();
  const urls = [
    '/v1/api-keys?limit=100', '/v1/me', '/v1/audit/events?limit=100', '/v1/audit/export', '/v1/audit/verify', '/v1/audit/checkpoint',
    '/v1/claims', `/v1/claims/${claims.data[0].id}/history`, '/v1/sources', '/openapi.json',
  ];
  for (const url of urls) {
    const res = await ctx.app.inject({ method: 'GET', url, headers: ctx.auth(url.startsWith('/v1/audit') ? 'auditor' : 'admin') });
    t.ok(res.statusCode < 400, `GET ${url} → ${res.statusCode}`);
    responses.push(res.body);
  }
  const hashes = issued.map(sha256Hex);
  const storedHashes = (ctx.app.db.$client.prepare('SELECT token_hash AS h FROM api_keys WHERE token_hash IS NOT NULL').all() as Array<{ h: string }>).map((r) => r.h);
  t.ok(hashes.every((h) => storedHashes.includes(h)), 'the hashes are what the database keeps');
  for (const body of responses) {
    for (const h of storedHashes) t.notOk(body.includes(h), 'no response holds a key hash');
  }
  t.equal(responses.filter((b) => issued.some((k) => b.includes(k))).length, 4, 'each key made over HTTP was returned exactly once, the CLI one never');

  const values = everyValue(ctx);
  t.ok(values.some((v) => v.where.startsWith('idempotency_records.')), 'idempotency records were kept (so the scan covers them)');
  const leaks = values.filter((v) => issued.some((k) => v.text.includes(k) || v.text.includes(k.slice(16))));
  t.same(leaks.map((l) => l.where), [], 'no table holds an issued key, nor its secret part');

  ctx.app.db.$client.pragma('wal_checkpoint(TRUNCATE)');
  const files = fs.readdirSync(dir).filter((f) => f.startsWith('secrets.db'));
  t.ok(files.includes('secrets.db'));
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(dir, f));
    for (const k of issued) {
      t.equal(bytes.indexOf(k), -1, `${f} does not contain an issued key`);
      t.equal(bytes.indexOf(k.slice(16)), -1, `${f} does not contain its secret part`);
    }
  }
});

t.test('a replay for another body is still refused, and revoking works after a lost key', async (t) => {
  const ctx = await build(t);
  const headers = ctx.auth('admin', { 'idempotency-key': 'k1' });
  const first = await ctx.app.inject({ method: 'POST', url: '/v1/api-keys', headers, payload: { name: 'a', role: 'reader' } });
  assertProblem(t, await ctx.app.inject({ method: 'POST', url: '/v1/api-keys', headers, payload: { name: 'b', role: 'reader' } }), 422, 'IDEMPOTENCY_KEY_REUSED');
  const revoke = await ctx.app.inject({ method: 'POST', url: `/v1/api-keys/${first.json().id}/revoke`, headers: ctx.auth('admin'), payload: { reason: 'lost it' } });
  t.equal(revoke.statusCode, 200);
  t.notOk('key' in revoke.json());
});
