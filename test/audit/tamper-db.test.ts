// Tampering with a real SQLite file (triggers dropped, as an attacker with file access would) is detected
// by GET /v1/audit/verify, by /consistency and by the offline `claimledger audit verify --db`, at the right seq.
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import t, { type Test } from 'tap';
import { createCheckpointSigner } from '../../src/services/audit-checkpoint.js';
import { hashEvent } from '../../src/services/audit-log.js';
import { rowToAuditEvent, type AuditRow } from '../../src/services/audit-verify.js';
import { cli, dropTriggers, fileApp, populate, type FileContext } from '../audit-helper.js';

interface Fixture extends FileContext {
  checkpoint: { size: number; headHash: string };
  args: string[];
  sql: (query: string, ...params: unknown[]) => void;
}

/** 21 events, a signed checkpoint at 21 kept in a file, then 8 more events, then the triggers dropped. */
async function setup(t: Test): Promise<Fixture> {
  const ctx = await fileApp(t);
  await populate(ctx.app.services);
  await populate(ctx.app.services);
  const signed = await ctx.app.services.auditTrail.checkpoint();
  const cpFile = path.join(ctx.dir, 'checkpoint.json');
  const keyFile = path.join(ctx.dir, 'service-public-key.pem');
  fs.writeFileSync(cpFile, JSON.stringify(signed));
  fs.writeFileSync(keyFile, signed.publicKey);
  await populate(ctx.app.services);
  dropTriggers(ctx);
  const client = ctx.app.db.$client;
  return {
    ...ctx,
    checkpoint: signed.checkpoint,
    args: ['audit', 'verify', '--checkpoint', cpFile, '--public-key', keyFile],
    sql: (query, ...params) => void client.prepare(query).run(...params),
  };
}

async function verifyRoute(f: Fixture) {
  return (await f.app.inject({ url: '/v1/audit/verify', headers: f.auth('auditor') })).json();
}

async function consistency(f: Fixture) {
  const { size, headHash } = f.checkpoint;
  return (await f.app.inject({ url: `/v1/audit/consistency?size=${size}&headHash=${headHash}`, headers: f.auth('auditor') })).json();
}

async function offline(t: Test, f: Fixture, seq: number, problem: string) {
  const r = await cli(f.args, f.env);
  t.equal(r.code, 1, 'the offline verifier exits 1');
  t.match(r.stdout, `FAIL chain at seq ${seq}: ${problem}`, `offline: ${problem} at seq ${seq}`);
  t.match(r.stdout, /Result: FAILED/);
}

/** Recomputes every hash from `from` on, so the chain is internally consistent again. */
function rechain(f: Fixture, from: number) {
  const rows = f.app.db.$client.prepare('SELECT * FROM audit_events WHERE seq >= ? ORDER BY seq').all(from) as AuditRow[];
  let prev = (f.app.db.$client.prepare('SELECT hash FROM audit_events WHERE seq = ?').get(from - 1) as { hash: string }).hash;
  for (const row of rows) {
    const { hash: _old, ...body } = rowToAuditEvent({ ...row, prev_hash: prev });
    const hash = hashEvent(body);
    f.sql('UPDATE audit_events SET prev_hash = ?, hash = ? WHERE seq = ?', prev, hash, row.seq);
    prev = hash;
  }
}

t.test('a clean log raises no alarm', async (t) => {
  const f = await setup(t);
  t.match(await verifyRoute(f), { ok: true, eventsChecked: 29, headSeq: 29 });
  t.match(await consistency(f), { consistent: true, eventsChecked: 29 });
  const r = await cli(f.args, f.env);
  t.equal(r.code, 0, r.stdout);
  t.match(r.stdout, /signature valid/);
  t.match(r.stdout, /ok {3}chain: 29 events/);
  t.match(r.stdout, /extends 1 signed checkpoint/);
  t.match(r.stdout, /Result: OK/);
});

t.test('editing a field of a past event: hash-mismatch at that seq', async (t) => {
  const edits: Array<[string, string]> = [['reason', 'Nothing to see.'], ['changes', '{"status":{"from":"in_review","to":"false"}}'], ['actor_id', 'key_someone_else'], ['at', '2020-01-01T00:00:00.000Z']];
  for (const [column, value] of edits) {
    const f = await setup(t);
    f.sql(`UPDATE audit_events SET ${column} = ? WHERE seq = 10`, value);
    t.match(await verifyRoute(f), { ok: false, firstBadSeq: 10, problem: 'hash-mismatch', eventsChecked: 9 }, column);
    await offline(t, f, 10, 'hash-mismatch');
  }
});

t.test('deleting an event: seq-gap at its seq', async (t) => {
  const f = await setup(t);
  f.sql('DELETE FROM audit_events WHERE seq = 12');
  t.match(await verifyRoute(f), { ok: false, firstBadSeq: 12, problem: 'seq-gap' });
  t.match(await consistency(f), { consistent: false, firstBadSeq: 12, problem: 'seq-gap' }, 'the checkpointed prefix is checked too');
  await offline(t, f, 12, 'seq-gap');
});

t.test('inserting an event (well forged, later seqs shifted): broken-link right after it', async (t) => {
  const f = await setup(t);
  f.sql('UPDATE audit_events SET seq = seq + 1000 WHERE seq >= 8');
  f.sql('UPDATE audit_events SET seq = seq - 999 WHERE seq >= 1000');
  const prev = f.app.db.$client.prepare('SELECT hash FROM audit_events WHERE seq = 7').get() as { hash: string };
  const forged = { seq: 8, at: '2026-01-01T00:00:00.000Z', actor: 'key_system', action: 'claim.updated', entity: { type: 'claim', id: 'clm_x' }, claimId: 'clm_x', changes: {}, reason: null, prevHash: prev.hash };
  f.sql('INSERT INTO audit_events (seq, at, actor_id, action, entity_type, entity_id, claim_id, changes, reason, prev_hash, hash) VALUES (8, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)',
    forged.at, forged.actor, forged.action, 'claim', 'clm_x', 'clm_x', '{}', prev.hash, hashEvent(forged));
  const report = await verifyRoute(f);
  t.match(report, { ok: false, firstBadSeq: 9, problem: 'broken-link' });
  t.match(report.detail, /event 8 was altered or an event was inserted/);
  await offline(t, f, 9, 'broken-link');
});

t.test('reordering two events: broken-link at the first of them', async (t) => {
  const f = await setup(t);
  f.sql('UPDATE audit_events SET seq = -1 WHERE seq = 15');
  f.sql('UPDATE audit_events SET seq = 15 WHERE seq = 16');
  f.sql('UPDATE audit_events SET seq = 16 WHERE seq = -1');
  t.match(await verifyRoute(f), { ok: false, firstBadSeq: 15, problem: 'broken-link' });
  await offline(t, f, 15, 'broken-link');
});

t.test('truncating the tail after a checkpoint: only the checkpoint can tell, and it does', async (t) => {
  const f = await setup(t);
  f.sql('DELETE FROM audit_events WHERE seq > 18');
  t.match(await verifyRoute(f), { ok: true, headSeq: 18 }, 'a shorter chain is still a valid chain');
  t.match(await consistency(f), { consistent: false, firstBadSeq: 19, problem: 'truncated' });
  await offline(t, f, 19, 'truncated');
});

t.test('rewriting history and re-hashing the chain: only the signed checkpoint can tell, and it does', async (t) => {
  const f = await setup(t);
  f.sql("UPDATE audit_events SET reason = 'Rewritten.' WHERE seq = 10");
  rechain(f, 10);
  t.match(await verifyRoute(f), { ok: true, headSeq: 29 }, 'the re-hashed chain is internally consistent');
  t.match(await consistency(f), { consistent: false, firstBadSeq: 21, problem: 'checkpoint-mismatch' });
  await offline(t, f, 21, 'checkpoint-mismatch');
});

t.test('a forged checkpoint signature is refused', async (t) => {
  const f = await setup(t);
  const cpFile = f.args[3]!;
  const signed = JSON.parse(fs.readFileSync(cpFile, 'utf8'));
  const head = f.app.db.$client.prepare('SELECT hash FROM audit_events WHERE seq = 25').get() as { hash: string };
  fs.writeFileSync(cpFile, JSON.stringify({ ...signed, checkpoint: { ...signed.checkpoint, size: 25, headHash: head.hash } }));
  const r = await cli(f.args, f.env);
  t.equal(r.code, 1);
  t.match(r.stdout, /FAIL checkpoint .*\(size 25, key [0-9a-f]{16}\): bad-signature/);
  t.match(r.stderr, /seq 25: bad-signature/);
  t.match(r.stdout, /ok {3}chain: 29 events/, 'the chain itself is still reported');

  // Signed with another key: valid against the key it carries, refused against the pinned service key.
  const impostor = createCheckpointSigner(generateKeyPairSync('ed25519').privateKey, signed.checkpoint.origin);
  fs.writeFileSync(cpFile, JSON.stringify(impostor.sign({ seq: 25, hash: head.hash })));
  const pinned = await cli(f.args, f.env);
  t.equal(pinned.code, 1);
  t.match(pinned.stdout, /bad-signature/);
});
