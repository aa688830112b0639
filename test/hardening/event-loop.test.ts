// The event loop stays free during a long audit verification: GET /health keeps answering within 100 ms
// while GET /v1/audit/verify checks a 200,000-event chain, because the verify reads and hashes the log in a
// worker thread on its own read-only connection (src/repositories/sqlite/audit-verify-worker.ts).
import http from 'node:http';
import type net from 'node:net';
import path from 'node:path';
import t from 'tap';
import { sha256Hex } from '../../src/lib/hash.js';
import { GENESIS_HASH } from '../../src/services/audit-log.js';
import { canonicalEventText, type AuditRow } from '../../src/services/audit-verify.js';
import { build } from '../helper.js';

const EVENTS = 200_000;
const LATENCY_LIMIT_MS = 100;

function get(port: number, url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: url, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString('utf8') }));
    }).on('error', reject);
  });
}

t.test(`/health answers within ${LATENCY_LIMIT_MS} ms while a ${EVENTS.toLocaleString('en')}-event audit verify runs`, async (t) => {
  const dir = t.testdir();
  const dbPath = path.join(dir, 'loop.db');
  const ctx = await build(t, { dbPath, auditSigningKeyPath: path.join(dir, 'audit-signing-key.pem') });

  // A valid chained log, written in one transaction after the events the test keys made: a unit of work
  // of its own, so that it is committed (and the WAL checkpointed) before the measurement, not inside the
  // open group commit of whatever unit (the webhook pump's) happens to end in the same turn.
  const client = ctx.app.db.$client;
  await ctx.app.storage.withTransaction(async () => {
  const head = client.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  const insert = client.prepare('INSERT INTO audit_events (seq, at, actor_id, action, entity_type, entity_id, claim_id, changes, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  client.transaction(() => {
    let prev = head?.hash ?? GENESIS_HASH;
    const first = (head?.seq ?? 0) + 1;
    const base = Date.now() - EVENTS * 10;
    for (let seq = first; seq < first + EVENTS; seq++) {
      const id = `clm_${String(seq % 5000).padStart(26, '0')}`;
      const row: AuditRow = {
        seq, at: new Date(base + seq * 10).toISOString(), actor_id: 'key_system', action: 'claim.updated', entity_type: 'claim', entity_id: id, claim_id: id,
        changes: `{"claimant":{"from":"claimant ${seq - 1}","to":"claimant ${seq}"}}`, reason: null, prev_hash: prev, hash: '',
      };
      row.hash = sha256Hex(prev + canonicalEventText(row, row.changes));
      insert.run(row.seq, row.at, row.actor_id, row.action, row.entity_type, row.entity_id, row.claim_id, row.changes, row.reason, row.prev_hash, row.hash);
      prev = row.hash;
    }
  })();
  });

  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  const port = (ctx.app.server.address() as net.AddressInfo).port;
  const latencies: number[] = [];
  let verifying = true;
  const started = performance.now();
  const verify = get(port, '/v1/audit/verify', { authorization: `Bearer ${ctx.keys.auditor}` }).finally(() => {
    verifying = false;
  });
  while (verifying) {
    const t0 = performance.now();
    const res = await get(port, '/health');
    latencies.push(performance.now() - t0);
    if (res.status !== 200) t.fail(`/health answered ${res.status}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const verifyMs = performance.now() - started;
  const report = JSON.parse((await verify).body);
  t.equal(report.ok, true, `the chain verifies (${JSON.stringify(report).slice(0, 400)})`);
  t.ok(report.eventsChecked >= EVENTS, `${report.eventsChecked} events checked in ${Math.round(verifyMs)} ms`);
  const sorted = [...latencies].sort((a, b) => a - b);
  const max = sorted.at(-1)!;
  const p95 = sorted[Math.floor(sorted.length * 0.95)]!;
  t.comment(`/health during verify: ${latencies.length} requests, p95 ${p95.toFixed(1)} ms, max ${max.toFixed(1)} ms`);
  t.ok(latencies.length >= 5, `/health was asked ${latencies.length} times during the verify`);
  // p95 within the limit; the max gets slack for a busy shared CI machine, yet stays far below the 2.5 s
  // a verify that held the event loop would cause.
  t.ok(p95 < LATENCY_LIMIT_MS, `95 % of /health answers within ${LATENCY_LIMIT_MS} ms (p95 ${p95.toFixed(1)} ms)`);
  t.ok(max < 5 * LATENCY_LIMIT_MS, `no /health answer waited for the verify (max ${max.toFixed(1)} ms)`);
});
