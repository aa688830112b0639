// /v1/audit: events, export, verify, checkpoint and consistency on a clean log.
import { createPublicKey, verify } from 'node:crypto';
import t from 'tap';
import { canonicalJson, sha256Hex } from '../../src/lib/hash.js';
import { build } from '../helper.js';
import { populate, SYSTEM } from '../audit-helper.js';

t.test('GET /v1/audit/events pages the whole log by seq and filters it', async (t) => {
  const ctx = await build(t);
  const { claimId, sourceId } = await populate(ctx.app.services);
  const all: number[] = [];
  let url = '/v1/audit/events?limit=4';
  for (;;) {
    const body = (await ctx.app.inject({ url, headers: ctx.auth('auditor') })).json();
    all.push(...body.data.map((e: { seq: number }) => e.seq));
    if (!body.nextCursor) break;
    url = `/v1/audit/events?limit=4&cursor=${body.nextCursor}`;
  }
  const total = (await ctx.app.services.audit.head()).seq;
  t.same(all, Array.from({ length: total }, (_, i) => i + 1), 'every seq once, in order');

  const q = async (query: string) => (await ctx.app.inject({ url: `/v1/audit/events?limit=100&${query}`, headers: ctx.auth('admin') })).json().data as Array<{ action: string; entity: { id: string }; actor: { id: string } }>;
  t.same((await q('action=claim.status_changed')).map((e) => e.action), ['claim.status_changed', 'claim.status_changed']);
  t.ok((await q(`entityId=${sourceId}`)).every((e) => e.entity.id === sourceId));
  t.equal((await q(`claimId=${claimId}`)).length, 7);
  t.equal((await q('entityType=api_key')).length, 5, 'one key per role was created by the test helper');
  t.equal((await q('actor=key_system')).length, total);
  t.equal((await ctx.app.inject({ url: '/v1/audit/events?entityType=planet', headers: ctx.auth('auditor') })).statusCode, 400);
});

t.test('GET /v1/audit/export streams one canonical, verifiable event per line', async (t) => {
  const ctx = await build(t);
  await populate(ctx.app.services);
  const res = await ctx.app.inject({ url: '/v1/audit/export', headers: ctx.auth('auditor') });
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /^application\/x-ndjson/);
  const lines = res.body.split('\n');
  t.equal(lines.pop(), '', 'ends with a newline');
  t.equal(lines.length, (await ctx.app.services.audit.head()).seq);
  let prev = '0'.repeat(64);
  for (const line of lines) {
    const { hash, ...event } = JSON.parse(line);
    t.equal(line, canonicalJson({ ...event, hash }), `seq ${event.seq} is canonical JSON`);
    t.equal(event.prevHash, prev);
    t.equal(sha256Hex(event.prevHash + canonicalJson(event)), hash, `seq ${event.seq}: sha256(prevHash ‖ event) is its hash`);
    prev = hash;
  }
});

t.test('the export never holds the connection between chunks, and stops at the head it started from', async (t) => {
  const ctx = await build(t);
  await populate(ctx.app.services);
  const head = (await ctx.app.services.audit.head()).seq;
  const chunks = ctx.app.services.auditTrail.exportChunks(3);
  const first = await chunks.next();
  t.notOk(first.done);
  await populate(ctx.app.services); // a write while the export is under way must not fail with "connection is busy"
  const rest: string[] = [];
  for await (const chunk of chunks) rest.push(chunk);
  const lines = [first.value, ...rest].join('').trim().split('\n');
  t.equal(lines.length, head, 'the export is the log as it was when it began');
});

t.test('GET /v1/audit/verify, /checkpoint and /consistency on a clean log', async (t) => {
  const ctx = await build(t);
  await populate(ctx.app.services);
  const verified = (await ctx.app.inject({ url: '/v1/audit/verify', headers: ctx.auth('auditor') })).json();
  const head = await ctx.app.services.audit.head();
  t.same(verified, { ok: true, eventsChecked: head.seq, headSeq: head.seq, headHash: head.hash });

  const cp = (await ctx.app.inject({ url: '/v1/audit/checkpoint', headers: ctx.auth('auditor') })).json();
  t.same(cp.checkpoint, { origin: ctx.app.services.config.publicBaseUrl, size: head.seq, headHash: head.hash });
  t.ok(verify(null, Buffer.from(canonicalJson(cp.checkpoint)), createPublicKey(cp.publicKey), Buffer.from(cp.signature, 'base64')), 'Ed25519 over the canonical checkpoint');
  t.match(cp.keyId, /^[0-9a-f]{16}$/);

  await ctx.app.services.claims.create(SYSTEM.id, { text: 'Later claim.' });
  const consistency = async (size: number, headHash: string) =>
    (await ctx.app.inject({ url: `/v1/audit/consistency?size=${size}&headHash=${headHash}`, headers: ctx.auth('auditor') })).json();
  const later = await consistency(cp.checkpoint.size, cp.checkpoint.headHash);
  t.match(later, { consistent: true, eventsChecked: head.seq + 1, from: { size: head.seq, headHash: head.hash }, to: { checkpoint: { size: head.seq + 1 } } });
  t.match(await consistency(0, '0'.repeat(64)), { consistent: true, eventsChecked: head.seq + 1 }, 'from the empty log');
  t.match(await consistency(3, cp.checkpoint.headHash), { consistent: false, firstBadSeq: 3, problem: 'checkpoint-mismatch' }, 'a checkpoint this log never had');
  t.match(await consistency(head.seq + 5, cp.checkpoint.headHash), { consistent: false, firstBadSeq: head.seq + 2, problem: 'truncated' });
  t.equal((await ctx.app.inject({ url: '/v1/audit/consistency?size=1&headHash=xyz', headers: ctx.auth('auditor') })).statusCode, 400);
});

t.test('only auditors and admins reach /v1/audit', async (t) => {
  const ctx = await build(t);
  for (const path of ['events', 'export', 'verify', 'checkpoint', `consistency?size=0&headHash=${'0'.repeat(64)}`]) {
    for (const role of ['reader', 'checker', 'reviewer', 'auditor', 'admin'] as const) {
      const res = await ctx.app.inject({ url: `/v1/audit/${path}`, headers: ctx.auth(role) });
      t.equal(res.statusCode, role === 'auditor' || role === 'admin' ? 200 : 403, `${role} → ${path}`);
    }
    t.equal((await ctx.app.inject({ url: `/v1/audit/${path}` })).statusCode, 401);
  }
});
