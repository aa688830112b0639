// Benchmark of the audit log (npm run bench; not part of npm test), on temp SQLite files:
// (a) claim PATCH throughput through the service (with its audit event) against the same UPDATE in a plain
//     transaction without one, interleaved in rounds so both see the same disk; (b) a 1,000,000-event log
//     built in one transaction, then verified as GET /v1/audit/verify does, exported, and verified offline.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../src/cli.js';
import { testConfig } from '../src/config.js';
import { sha256Hex } from '../src/lib/hash.js';
import { sqliteAudit } from '../src/repositories/sqlite/audit.js';
import { createSearchIndex } from '../src/repositories/sqlite/search-index.js';
import { openSqliteStorage } from '../src/repositories/sqlite/storage.js';
import { SYSTEM_ACTOR_ID } from '../src/services/api-keys.js';
import { GENESIS_HASH } from '../src/services/audit-log.js';
import { exportChunks } from '../src/services/audit-trail.js';
import { canonicalEventText, type AuditRow } from '../src/services/audit-verify.js';
import { createServices } from '../src/services/index.js';

const EVENTS = Number(process.env.BENCH_AUDIT_EVENTS ?? 1_000_000);
const WRITES = Number(process.env.BENCH_AUDIT_WRITES ?? 2_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimledger-bench-'));
const seconds = (from: number) => (performance.now() - from) / 1000;
const mb = () => `${Math.round(process.memoryUsage().rss / 2 ** 20)} MB rss, ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB heap`;

async function writeThroughput(synchronous: 'FULL' | 'OFF') {
  const dbPath = path.join(dir, `writes-${synchronous}.db`);
  const storage = openSqliteStorage(dbPath);
  const db = storage.writer;
  db.pragma(`synchronous = ${synchronous}`);
  const s = await createServices(storage, createSearchIndex(storage.reader), testConfig({ dbPath }));
  const audited = (await s.claims.create(SYSTEM_ACTOR_ID, { text: 'North Korea harvested more than 11,000 bitcoins in 2017.' })).id;
  const plain = (await s.claims.create(SYSTEM_ACTOR_ID, { text: 'North Korea harvested more than 11,000 bitcoins in 2017.' })).id;
  const read = db.prepare<[string], { version: number }>('SELECT version FROM claims WHERE id = ?');
  const update = db.prepare('UPDATE claims SET claimant = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ? RETURNING *');
  const time = { audited: 0, plain: 0 };
  const rounds = 4;
  for (let r = 0; r < rounds; r++) {
    let t0 = performance.now();
    for (let i = 0; i < WRITES / rounds; i++) await s.claims.update(SYSTEM_ACTOR_ID, audited, '*', { claimant: `claimant ${r}-${i}` });
    time.audited += seconds(t0);
    t0 = performance.now();
    for (let i = 0; i < WRITES / rounds; i++) {
      // What the service does minus the audit event: read, compare-and-set UPDATE … RETURNING, one transaction.
      db.transaction(() => {
        const before = read.get(plain)!;
        return update.get(`claimant ${r}-${i}`, new Date().toISOString(), plain, before.version);
      }).immediate();
    }
    time.plain += seconds(t0);
  }
  await storage.close();
  const rate = (t: number) => Math.round(WRITES / t);
  console.log(synchronous === 'FULL'
    ? `(a) ${WRITES} claim PATCHes each way, file DB, WAL, synchronous=FULL as the service runs (one fsync per commit):`
    : `    the same with synchronous=OFF (no fsync: the CPU and page-writing cost alone):`);
  console.log(`    with audit event:    ${rate(time.audited)} writes/s (${((time.audited / WRITES) * 1e6).toFixed(0)} µs each)`);
  console.log(`    plain transaction:   ${rate(time.plain)} writes/s (${((time.plain / WRITES) * 1e6).toFixed(0)} µs each)`);
  console.log(`    ratio audited/plain: ${(rate(time.audited) / rate(time.plain)).toFixed(2)} of the plain throughput`);
}

async function millionEvents() {
  const dbPath = path.join(dir, 'log.db');
  const storage = openSqliteStorage(dbPath);
  const client = storage.writer;
  client.pragma('cache_size = -262144'); // 256 MB: the index pages of a one-transaction bulk load stay in memory
  const insert = client.prepare('INSERT INTO audit_events (seq, at, actor_id, action, entity_type, entity_id, claim_id, changes, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  let t0 = performance.now();
  client.transaction(() => {
    let prev = GENESIS_HASH;
    const base = Date.UTC(2026, 0, 1);
    for (let seq = 1; seq <= EVENTS; seq++) {
      const id = `clm_${String(seq % 5000).padStart(26, '0')}`;
      const row: AuditRow = {
        seq, at: new Date(base + seq * 1000).toISOString(), actor_id: 'key_system', action: 'claim.updated', entity_type: 'claim', entity_id: id, claim_id: id,
        changes: `{"claimant":{"from":"claimant ${seq - 1}","to":"claimant ${seq}"},"tags":{"from":["north-korea"],"to":["bitcoin","north-korea"]}}`,
        reason: seq % 10 ? null : 'Periodic review.', prev_hash: prev, hash: '',
      };
      row.hash = sha256Hex(prev + canonicalEventText(row, row.changes));
      insert.run(row.seq, row.at, row.actor_id, row.action, row.entity_type, row.entity_id, row.claim_id, row.changes, row.reason, row.prev_hash, row.hash);
      prev = row.hash;
    }
  }).immediate();
  console.log(`(b) built a ${EVENTS.toLocaleString('en')}-event chained log in one transaction (triggers intact): ${seconds(t0).toFixed(1)} s, ${Math.round(fs.statSync(dbPath).size / 2 ** 20)} MB`);

  await storage.close(); // verify on a fresh connection, without the bulk load's big page cache

  const verifyStorage = openSqliteStorage(dbPath);
  const s = await createServices(verifyStorage, createSearchIndex(verifyStorage.reader), testConfig({ dbPath }));
  t0 = performance.now();
  const report = await s.auditTrail.verify();
  console.log(`    verify (GET /v1/audit/verify): ${seconds(t0).toFixed(2)} s — ok=${report.ok}, ${report.eventsChecked.toLocaleString('en')} events, ${mb()}`);

  const file = path.join(dir, 'log.ndjson');
  t0 = performance.now();
  const out = fs.openSync(file, 'w');
  for await (const chunk of exportChunks(sqliteAudit(verifyStorage.reader))) fs.writeSync(out, chunk);
  fs.closeSync(out);
  console.log(`    export to NDJSON: ${seconds(t0).toFixed(2)} s, ${Math.round(fs.statSync(file).size / 2 ** 20)} MB, ${mb()}`);
  await verifyStorage.close();

  const lines: string[] = [];
  t0 = performance.now();
  const code = await runCli(['audit', 'verify', '--export', file], { DB_PATH: dbPath }, { stdout: (l) => lines.push(l), stderr: (l) => lines.push(l) });
  console.log(`    offline verify of the export (claimledger audit verify --export): ${seconds(t0).toFixed(2)} s — exit ${code}, ${mb()}`);
  if (code !== 0 || !report.ok) throw new Error(`verification failed:\n${lines.join('\n')}`);
}

try {
  await writeThroughput('FULL');
  await writeThroughput('OFF');
  await millionEvents();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
