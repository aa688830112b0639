// npm run bench:import [-- --claims N]: `claimledger import --ndjson` of N synthetic claims (default 100,000)
// into a fresh database, against the ceiling of the same run: a plain better-sqlite3 program that reads the
// same file and writes the same rows (claim, tags, chained audit event with its sha256, the claim's search
// index row) in batches of the same size, with the same synchronous=FULL. Both include parsing each line and
// its quantities. The ceiling writes them the cheapest plain-SQL way the service also uses (migrations/0010):
// the claims 500 per INSERT, the batch's search rows in one INSERT ... SELECT while claim_search_deferred
// holds its row (so the trigger does not index them one by one), the event text by canonicalEventText().
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { runCli } from '../src/cli.js';
import { openMigratedDatabase } from '../src/db/database.js';
import { parseQuantities } from '../src/domain/quantities.js';
import { GENESIS_HASH } from '../src/services/audit-log.js';
import { canonicalEventText } from '../src/services/audit-verify.js';
import { canonicalJson, sha256Hex } from '../src/lib/hash.js';
import { newId } from '../src/lib/ids.js';
import { SYSTEM_ACTOR_ID } from '../src/services/api-keys.js';
import { corpus } from './lib/synthetic.js';

const { values } = parseArgs({ options: { claims: { type: 'string', default: '100000' }, seed: { type: 'string', default: '42' } } });
const N = Number(values.claims);
const BATCH = 5_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimledger-bench-import-'));
const log = (s: string) => process.stderr.write(`${s}\n`);

try {
  const file = path.join(dir, 'claims.ndjson');
  const c = corpus(Number(values.seed));
  const out = fs.openSync(file, 'w');
  for (let i = 0; i < N; i++) {
    const body = c.next();
    // Unique texts: the import skips a text that is already there, and the corpus repeats some sentences.
    fs.writeSync(out, `${JSON.stringify({ text: `${body.text} (${i})`, claimant: body.claimant, tags: body.tags, language: body.language })}\n`);
  }
  fs.closeSync(out);
  log(`${N} claims in ${file} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB)`);

  // The ceiling: the same work in plain SQL, nothing of the service in between.
  const ceilingDb = path.join(dir, 'ceiling.db');
  openMigratedDatabase(ceilingDb).$client.close();
  const sqlite = new Database(ceilingDb);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.prepare("INSERT INTO api_keys (id, name, role, display_prefix, created_at) VALUES (?, 'system', 'admin', '-', ?)").run(SYSTEM_ACTOR_ID, new Date(0).toISOString());
  const ROWS_PER_INSERT = 500;
  const CLAIM_ROW = "(?, ?, ?, NULL, ?, ?, ?, 'unverified', 1, ?, ?, ?)";
  const insertClaims = (n: number) => sqlite.prepare(`INSERT INTO claims (id, text, claimant, claim_date, language, tags, quantities, status, version, created_at, created_by, updated_at) VALUES ${Array.from({ length: n }, () => CLAIM_ROW).join(', ')}`);
  const insertFullChunk = insertClaims(ROWS_PER_INSERT);
  const insertTag = sqlite.prepare('INSERT OR IGNORE INTO claim_tags (claim_id, tag) VALUES (?, ?)');
  const insertEvent = sqlite.prepare('INSERT INTO audit_events (seq, at, actor_id, action, entity_type, entity_id, claim_id, changes, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const maxDoc = sqlite.prepare('SELECT coalesce(max(doc), 0) FROM claim_search_docs').pluck();
  const deferSearch = sqlite.prepare('INSERT INTO claim_search_deferred (one) VALUES (1)');
  const resumeSearch = sqlite.prepare('DELETE FROM claim_search_deferred');
  const indexDocsAfter = sqlite.prepare('INSERT INTO claims_fts (rowid, text, claimant, tags, quantities) SELECT doc, text, claimant, tags, quantities FROM claim_search_rows WHERE doc > ?');
  let seq = 0;
  let prev = GENESIS_HASH;
  const writeBatch = sqlite.transaction((batch: Array<{ text: string; claimant: string; tags: string[]; language: string }>) => {
    const now = new Date().toISOString();
    const rows = batch.map((b) => ({ ...b, id: newId('clm'), quantities: parseQuantities(b.text) }));
    const lastDoc = maxDoc.get();
    deferSearch.run();
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      const chunk = rows.slice(i, i + ROWS_PER_INSERT);
      (chunk.length === ROWS_PER_INSERT ? insertFullChunk : insertClaims(chunk.length))
        .run(...chunk.flatMap((r) => [r.id, r.text, r.claimant, r.language, JSON.stringify(r.tags), JSON.stringify(r.quantities), now, SYSTEM_ACTOR_ID, now]));
    }
    for (const r of rows) for (const tag of r.tags) insertTag.run(r.id, tag);
    resumeSearch.run();
    indexDocsAfter.run(lastDoc);
    for (const { id, text, claimant, language, tags, quantities } of rows) {
      // The changes the service records for a new claim of this shape (its non-null audited fields).
      const changes = canonicalJson({ text: { from: null, to: text }, claimant: { from: null, to: claimant }, language: { from: null, to: language }, tags: { from: null, to: tags }, appearances: { from: null, to: [] }, status: { from: null, to: 'unverified' }, quantities: { from: null, to: quantities } });
      const row = { seq: ++seq, at: now, actor_id: SYSTEM_ACTOR_ID, action: 'claim.created', entity_type: 'claim', entity_id: id, claim_id: id, changes, reason: null, prev_hash: prev, hash: '' };
      const hash = sha256Hex(prev + canonicalEventText(row, changes));
      insertEvent.run(seq, now, SYSTEM_ACTOR_ID, 'claim.created', 'claim', id, id, changes, null, prev, hash);
      prev = hash;
    }
  });
  const t0 = performance.now();
  let batch: Array<{ text: string; claimant: string; tags: string[]; language: string }> = [];
  for await (const line of readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    batch.push(JSON.parse(line));
    if (batch.length === BATCH) { writeBatch.immediate(batch); batch = []; }
  }
  if (batch.length) writeBatch.immediate(batch);
  const ceilingSeconds = (performance.now() - t0) / 1000;
  sqlite.close();
  const ceiling = Math.round(N / ceilingSeconds);
  log(`ceiling (plain better-sqlite3, same rows and hashes, batches of ${BATCH}): ${ceiling} claims/s (${ceilingSeconds.toFixed(1)} s)`);

  const dbPath = path.join(dir, 'claimledger.db');
  let report = '';
  const t1 = performance.now();
  const code = await runCli(['import', '--ndjson', file], { ...process.env, DB_PATH: dbPath, SEED: 'never', LOG_LEVEL: 'warn' }, { stdout: (s) => { report = s; }, stderr: () => {} });
  const seconds = (performance.now() - t1) / 1000;
  if (code !== 0) throw new Error(`import exited ${code}`);
  const created = (JSON.parse(report) as { created: number }).created;
  if (created !== N) throw new Error(`import created ${created} of ${N} claims`);
  const rate = Math.round(N / seconds);
  const check = new Database(dbPath, { readonly: true });
  const events = (check.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n;
  // A fair ceiling: the same event contents and the same number of indexed claims as the service wrote.
  const ceilingCheck = new Database(ceilingDb, { readonly: true });
  for (const sql of ['SELECT changes FROM audit_events WHERE seq = 1', 'SELECT count(*) FROM claims_fts', 'SELECT count(*) FROM claim_tags']) {
    const [mine, theirs] = [check, ceilingCheck].map((db) => db.prepare(sql).pluck().get());
    if (mine !== theirs) throw new Error(`the ceiling wrote different rows (${sql}): ${String(theirs)} against the service's ${String(mine)}`);
  }
  ceilingCheck.close();
  check.close();
  log(`claimledger import --ndjson: ${rate} claims/s (${seconds.toFixed(1)} s, ${events} audit events), ${(100 * rate / ceiling).toFixed(0)}% of the ceiling`);
  const result = { date: new Date().toISOString(), claims: N, batch: BATCH, importPerSec: rate, ceilingPerSec: ceiling, ratio: rate / ceiling, loadAverage: os.loadavg()[0], node: process.version };
  fs.mkdirSync('bench/results', { recursive: true });
  fs.writeFileSync(path.join('bench/results', `import-${result.date.replace(/[:.]/g, '-')}.json`), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`| import of ${N} claims (NDJSON) | ${rate} claims/s | ${ceiling} claims/s (plain better-sqlite3, same rows + hashes) | ${(100 * result.ratio).toFixed(0)}% | load ${(result.loadAverage ?? 0).toFixed(1)} |`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
