// npm run bench [-- --quick] [-- --claims N] [-- --db FILE]: the real server, built, on a generated temporary database,
// driven over 127.0.0.1 by autocannon; every figure is reported against a ceiling measured in the same run:
//   reads  → a bare Fastify route answering the same JSON body from memory (bench/lib/ceiling.ts);
//   writes → a plain better-sqlite3 transaction writing the same rows and hashes, same synchronous=FULL.
// A scenario in which any response is not 2xx is invalid and fails the run. Results: a Markdown table on
// stdout and JSON in bench/results/. Not part of npm test.
//
// npm run bench -- --pg [--instances 2] [--quick]: the same scenarios on PostgreSQL (PG_BENCH_URL, default
// postgres://postgres@127.0.0.1:5432/postgres; a fresh database per run, dropped at the end). The generated
// SQLite database is moved there with the project's own path (claimledger export --full, then import with
// DATABASE_URL set), so the data and its audit chain are the ones users would move. With --instances 2, two
// servers run on the same database and every scenario is measured on one instance, then on both (autocannon
// spreads its connections over their ports). Reads keep the bare Fastify ceiling; the write ceiling is a raw
// node-postgres transaction writing what POST /v1/claims writes, under the service's advisory lock.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openMigratedDatabase } from '../src/db/database.js';
import { parseQuantities } from '../src/domain/quantities.js';
import { canonicalJson, sha256Hex } from '../src/lib/hash.js';
import { CLAIM_VECTOR, quantityTokens } from '../src/repositories/pg/search-vectors.js';
import { CHAIN_LOCK, migratePg, redactUrl } from '../src/repositories/pg/storage.js';
import type { AuditRow } from '../src/repositories/types.js';
import { SYSTEM_ACTOR_ID } from '../src/services/api-keys.js';
import { GENESIS_HASH } from '../src/services/audit-log.js';
import { canonicalEventText } from '../src/services/audit-verify.js';
import { describeDatabase, generateDatabase } from './lib/generate.js';
import { corpus, rng } from './lib/synthetic.js';

const { values: args } = parseArgs({ options: {
  quick: { type: 'boolean', default: false }, claims: { type: 'string' }, db: { type: 'string' }, seed: { type: 'string', default: '42' },
  pg: { type: 'boolean', default: false }, instances: { type: 'string', default: '1' },
} });
const PG = args.pg;
const INSTANCES = Number(args.instances);
if (!Number.isInteger(INSTANCES) || INSTANCES < 1) throw new Error('--instances must be a positive integer');
// SQLite is one process on its file: several instances are a PostgreSQL deployment only.
if (INSTANCES > 1 && !PG) throw new Error('--instances needs --pg');
// Each scenario on one instance, then on all of them (one or the other when there is only one).
const COUNTS = INSTANCES > 1 ? [1, INSTANCES] : [1];
const PG_SERVER = process.env.PG_BENCH_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// Unique per run, so a run never meets (or drops) another's databases.
const PG_PREFIX = `claimledger_bench_${process.pid}_${Date.now()}`;
const pgDatabases: string[] = [];
const QUICK = args.quick;
let CLAIMS = Number(args.claims ?? (QUICK ? 10_000 : 100_000));
const SECONDS = QUICK ? 4 : 10;
const ROOT = path.resolve(import.meta.dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimledger-bench-'));
const children: ChildProcess[] = [];
const log = (s: string) => process.stderr.write(`${s}\n`);

interface Row {
  scenario: string;
  /** PostgreSQL mode: how many server instances the load was spread over. */
  instances?: number;
  connections: number;
  reqPerSec: number;
  p50: number;
  /** Leaving out each connection's first request (see load). */
  p99: number;
  /** autocannon's p99 over the whole run, the opening connection ramp included. */
  p99WithRamp?: number;
  /** CPU time the serving process spent per request (user + system): steadier than req/s on a busy machine. */
  cpuUsPerReq?: number;
  non2xx: number;
  ceiling?: { name: string; reqPerSec: number; cpuUsPerReq?: number };
  ratio?: number;
  valid: boolean;
}

function startChild(command: string, argv: string[], input: string): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(command, argv, { stdio: ['pipe', 'pipe', 'inherit'], cwd: ROOT });
  children.push(child);
  child.stdin!.end(input);
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => resolve({ child, line }));
    child.once('exit', (code) => reject(new Error(`${argv.join(' ')} exited with ${code}`)));
  });
}

async function waitForHealth(base: string): Promise<void> {
  for (let i = 0; i < 1200; i++) { // up to a minute: a loaded shared machine starts slowly
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the server did not become healthy');
}

async function pickPort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

type Request = { method?: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string; setupRequest?: (r: any) => any };

/** CPU time (user + system, µs) a process has used so far, from /proc (Linux); 0 elsewhere. */
function cpuUs(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100; // utime + stime, in clock ticks of 10 ms
  } catch {
    return 0;
  }
}

/** CPU time of several serving processes together (every instance a load was spread over). */
const cpuOf = (pids: Array<number | undefined>) => pids.reduce<number>((sum, pid) => sum + cpuUs(pid), 0);

async function load(base: string | string[], requests: Request[], connections: number, seconds = SECONDS, pid?: number | number[]): Promise<Omit<Row, 'scenario' | 'valid'>> {
  // Several bases: autocannon deals its connections over them in turn (connection i → base i mod n). Its
  // types only admit one URL, though it takes an array.
  const url = base as string;
  const pids = pid === undefined ? [] : [pid].flat();
  // A short warm-up (JIT, page cache), not counted.
  await autocannon({ url, connections, duration: 1, requests });
  const cpu0 = cpuOf(pids);
  // Latency leaves out each connection's first request. autocannon opens its connections anew for each
  // run, and a server whose event loop is saturated accepts one pending connection per turn (seen by
  // logging accepts: with 5 ms requests the 50th connection of a run was accepted 3.5 s in, by a bare
  // Fastify route as by this service). The first request of a late connection waits that long for its
  // connection, which is the opening of a run, not the steady state at N connections that the p99 is
  // about. autocannon's own p99 over every request is kept beside it (p99WithRamp).
  // autocannon's instance is a promise of the result and an emitter of each answer (its types say only the first).
  const run = autocannon({ url, connections, duration: seconds, requests }) as Promise<autocannon.Result> & import('node:events').EventEmitter;
  const answered = new Set<unknown>();
  const steady: number[] = [];
  run.on('response', (client: unknown, _status: number, _bytes: number, ms: number) => {
    if (answered.has(client)) steady.push(ms);
    else answered.add(client);
  });
  const r = await run;
  const cpu = cpuOf(pids) - cpu0;
  steady.sort((a, b) => a - b);
  const at = (p: number) => (steady.length ? Math.round(steady[Math.min(steady.length - 1, Math.ceil(p * steady.length) - 1)]!) : r.latency[p === 0.5 ? 'p50' : 'p99']);
  return {
    connections, reqPerSec: Math.round(r.requests.average), p50: at(0.5), p99: at(0.99), p99WithRamp: r.latency.p99, non2xx: r.non2xx + r.errors + r.timeouts,
    ...(pids.length && cpu > 0 && r.requests.total > 0 ? { cpuUsPerReq: Math.round(cpu / r.requests.total) } : {}),
  };
}

/** The write ceiling: what POST /v1/claims writes (claim row, tags, chained audit event with its hash), in plain SQL. */
function writeCeiling(seconds: number): number {
  const dbPath = path.join(dir, 'ceiling.db');
  const db = openMigratedDatabase(dbPath);
  db.$client.close();
  const sqlite = new Database(dbPath);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL'); // as the service runs
  sqlite.prepare("INSERT INTO api_keys (id, name, role, display_prefix, created_at) VALUES (?, 'system', 'admin', '-', ?)").run(SYSTEM_ACTOR_ID, new Date(0).toISOString());
  const insertClaim = sqlite.prepare("INSERT INTO claims (id, text, claimant, claim_date, language, tags, quantities, status, version, created_at, created_by, updated_at) VALUES (?, ?, ?, NULL, 'en', ?, ?, 'unverified', 1, ?, ?, ?)");
  const insertTag = sqlite.prepare('INSERT OR IGNORE INTO claim_tags (claim_id, tag) VALUES (?, ?)');
  const head = sqlite.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
  const insertEvent = sqlite.prepare('INSERT INTO audit_events (seq, at, actor_id, action, entity_type, entity_id, claim_id, changes, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const c = corpus(7);
  let n = 0;
  const write = sqlite.transaction((id: string, text: string, claimant: string, tags: string[]) => {
    const now = new Date().toISOString();
    insertClaim.run(id, text, claimant, JSON.stringify(tags), JSON.stringify(parseQuantities(text)), now, SYSTEM_ACTOR_ID, now);
    for (const tag of tags) insertTag.run(id, tag);
    const last = head.get();
    const row: AuditRow = {
      seq: (last?.seq ?? 0) + 1, at: now, actor_id: SYSTEM_ACTOR_ID, action: 'claim.created', entity_type: 'claim', entity_id: id, claim_id: id,
      changes: canonicalJson({ text: { from: null, to: text }, claimant: { from: null, to: claimant }, tags: { from: null, to: tags } }), reason: null, prev_hash: last?.hash ?? GENESIS_HASH, hash: '',
    };
    row.hash = sha256Hex(row.prev_hash + canonicalEventText(row, row.changes));
    insertEvent.run(row.seq, row.at, row.actor_id, row.action, row.entity_type, row.entity_id, row.claim_id, row.changes, row.reason, row.prev_hash, row.hash);
  });
  const end = performance.now() + seconds * 1000;
  const t0 = performance.now();
  while (performance.now() < end) {
    const body = c.next();
    write.immediate(`clm_${String(n++).padStart(26, '0')}`, body.text, body.claimant, body.tags);
  }
  const rate = n / ((performance.now() - t0) / 1000);
  sqlite.close();
  return Math.round(rate);
}

/** The URL of database `name` on the PostgreSQL server of PG_BENCH_URL. */
function pgUrl(name: string): string {
  const u = new URL(PG_SERVER);
  u.pathname = `/${name}`;
  return u.toString();
}

async function onPgServer<T>(fn: (client: pg.Client) => Promise<T>, url = PG_SERVER): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function createPgDatabase(name: string): Promise<string> {
  await onPgServer((c) => c.query(`CREATE DATABASE ${name}`));
  pgDatabases.push(name);
  return pgUrl(name);
}

/** Drops this run's databases; FORCE ends the sessions a killed server may have left behind. */
async function dropPgDatabases(): Promise<void> {
  for (const name of pgDatabases) {
    await onPgServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch((err) => log(`could not drop database ${name}: ${(err as Error).message}`));
  }
}

/**
 * The PostgreSQL write ceiling: one node-postgres connection, in this process, writing what POST /v1/claims
 * writes on PostgreSQL, each claim one transaction: BEGIN, the chain's advisory lock (the service's key, so
 * it is the same serialisation), the claim row, its tags, its search document (the tsvector the service
 * writes, as the FTS5 triggers do in the SQLite ceiling), the head of the chain, the audit event with its
 * sha256, COMMIT. Named prepared statements, as the service uses. Its own fresh database, migrated with the
 * service's migrations and empty but for the system key, like the SQLite ceiling's file.
 */
async function pgWriteCeiling(seconds: number): Promise<number> {
  const url = await createPgDatabase(`${PG_PREFIX}_ceiling`);
  return onPgServer(async (client) => {
    await migratePg(client);
    await client.query("INSERT INTO api_keys (id, name, role, display_prefix, created_at) VALUES ($1, 'system', 'admin', '-', $2)", [SYSTEM_ACTOR_ID, new Date(0).toISOString()]);
    const insertClaim = "INSERT INTO claims (id, text, claimant, claim_date, language, tags, quantities, status, version, created_at, created_by, updated_at) VALUES ($1, $2, $3, NULL, 'en', $4, $5, 'unverified', 1, $6, $7, $8)";
    const insertTags = 'INSERT INTO claim_tags (claim_id, tag) SELECT $1, t FROM unnest($2::text[]) t ON CONFLICT DO NOTHING';
    const insertSearch =
      'INSERT INTO claim_search (claim_id, vector, length) SELECT $1, v, (SELECT coalesce(sum(coalesce(array_length(u.positions, 1), 1)), 0)::int FROM unnest(v) u) ' +
      `FROM (SELECT ${CLAIM_VECTOR} AS v) x`;
    const head = 'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1';
    const insertEvent = 'INSERT INTO audit_events (seq, at, actor_id, action, entity_type, entity_id, claim_id, changes, reason, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)';
    const c = corpus(7);
    let n = 0;
    const end = performance.now() + seconds * 1000;
    const t0 = performance.now();
    while (performance.now() < end) {
      const { text, claimant, tags } = c.next();
      const id = `clm_${String(n++).padStart(26, '0')}`;
      const quantities = parseQuantities(text);
      const now = new Date().toISOString();
      await client.query('BEGIN');
      await client.query({ name: 'b_lock', text: 'SELECT pg_advisory_xact_lock($1)', values: [CHAIN_LOCK] });
      await client.query({ name: 'b_claim', text: insertClaim, values: [id, text, claimant, JSON.stringify(tags), JSON.stringify(quantities), now, SYSTEM_ACTOR_ID, now] });
      await client.query({ name: 'b_tags', text: insertTags, values: [id, tags] });
      await client.query({ name: 'b_search', text: insertSearch, values: [id, text, claimant, tags.join(' '), quantityTokens(quantities)] });
      const last = (await client.query<{ seq: number; hash: string }>({ name: 'b_head', text: head })).rows[0];
      const row: AuditRow = {
        seq: (last?.seq ?? 0) + 1, at: now, actor_id: SYSTEM_ACTOR_ID, action: 'claim.created', entity_type: 'claim', entity_id: id, claim_id: id,
        changes: canonicalJson({ text: { from: null, to: text }, claimant: { from: null, to: claimant }, tags: { from: null, to: tags } }), reason: null, prev_hash: last?.hash ?? GENESIS_HASH, hash: '',
      };
      row.hash = sha256Hex(row.prev_hash + canonicalEventText(row, row.changes));
      await client.query({ name: 'b_event', text: insertEvent, values: [row.seq, row.at, row.actor_id, row.action, row.entity_type, row.entity_id, row.claim_id, row.changes, row.reason, row.prev_hash, row.hash] });
      await client.query('COMMIT');
    }
    return Math.round(n / ((performance.now() - t0) / 1000));
  }, url);
}

const rows: Row[] = [];
function record(scenario: string, m: Omit<Row, 'scenario' | 'valid'>, ceiling?: { name: string; reqPerSec: number }) {
  const row: Row = { scenario, ...m, valid: m.non2xx === 0 && m.reqPerSec > 0, ...(ceiling ? { ceiling, ratio: m.reqPerSec / ceiling.reqPerSec } : {}) };
  rows.push(row);
  log(`  ${scenario}${row.instances ? ` [${row.instances} instance${row.instances > 1 ? 's' : ''}]` : ''}: ${row.reqPerSec} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms${row.cpuUsPerReq ? `, ${row.cpuUsPerReq} µs CPU/req` : ''}${ceiling ? `, ${(100 * row.ratio!).toFixed(0)}% of ${ceiling.name} (${ceiling.reqPerSec}/s)` : ''}${row.valid ? '' : ` — INVALID: ${m.non2xx} non-2xx`}`);
}

const loadAtStart = os.loadavg()[0]!;
try {
  log('building (npm run build) …');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const dbPath = path.join(dir, 'bench.db');
  let t0 = performance.now();
  // --db: a copy of a database generated earlier (tsx bench/lib/generate.ts --out FILE), e.g. 1M claims,
  // which takes far longer to generate than to benchmark.
  if (args.db) fs.copyFileSync(args.db, dbPath);
  const data = args.db ? describeDatabase(dbPath) : generateDatabase(dbPath, CLAIMS, Number(args.seed));
  CLAIMS = data.claims;
  log(`${args.db ? `copied ${args.db}:` : 'generated'} ${CLAIMS} claims, ${data.sources} sources, ${data.evidence} evidence, ${data.events} audit events in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const env: Record<string, string> = { DB_PATH: dbPath, LOG_LEVEL: 'warn', SEED: 'never', NODE_ENV: 'production', RATE_LIMIT_MAX: '0', MAX_EVENT_LOOP_DELAY_MS: '0', AUDIT_SIGNING_KEY: path.join(dir, 'audit-signing-key.pem'), HOST: '127.0.0.1' };
  const cli = path.join(ROOT, 'bin/claimledger.js');
  const runCli = (argv: string[], extra: Record<string, string> = {}) =>
    execFileSync(process.execPath, [cli, ...argv], { env: { ...process.env, ...env, ...extra }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  let moveMs = 0;
  if (PG) {
    // The move a user makes (README, "Running several instances"): a full export of the SQLite database,
    // audit history included, loaded into an empty PostgreSQL database. The export also writes the signing
    // key beside the database (the path in env), which every instance then shares, as the README asks.
    t0 = performance.now();
    const exportFile = path.join(dir, 'full-export.json');
    runCli(['export', '--full', '--out', exportFile]);
    const url = await createPgDatabase(PG_PREFIX);
    env.DATABASE_URL = url;
    runCli(['import', exportFile]);
    fs.rmSync(exportFile);
    moveMs = performance.now() - t0;
    log(`moved to PostgreSQL ${redactUrl(url)} (export --full, import) in ${(moveMs / 1000).toFixed(1)} s`);
  }
  // Error output of keys create is dropped: it only says which key was made.
  const token = execFileSync(process.execPath, [cli, 'keys', 'create', '--role', 'admin', '--name', 'bench'], { env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

  // The instances, one after the other (the first one's start-up is the figure reported; in PostgreSQL
  // mode it also applies no migration, since the import did).
  const servers: ChildProcess[] = [];
  const bases: string[] = [];
  let startup = 0;
  for (let i = 0; i < INSTANCES; i++) {
    const port = await pickPort();
    t0 = performance.now();
    const server = spawn(process.execPath, [cli, 'serve'], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'inherit', 'inherit'], cwd: ROOT });
    children.push(server);
    servers.push(server);
    bases.push(`http://127.0.0.1:${port}`);
    await waitForHealth(bases[i]!);
    if (i === 0) startup = Math.round(performance.now() - t0);
    log(`server ${i + 1} up in ${Math.round(performance.now() - t0)} ms (pid ${server.pid}, ${bases[i]})`);
  }
  const base = bases[0]!;
  const server = servers[0]!;
  const auth = { authorization: `Bearer ${token}` };

  /**
   * One scenario: on SQLite (one server) measured once, exactly as before; on PostgreSQL once per entry of
   * COUNTS, the connections spread over the first n instances and the CPU of those n counted.
   */
  async function scenario(name: string, requests: Request[], connections: number, ceiling?: { name: string; reqPerSec: number }) {
    if (!PG) {
      record(name, await load(base, requests, connections, SECONDS, server.pid), ceiling);
      return;
    }
    for (const n of COUNTS) {
      const m = await load(n === 1 ? base : bases.slice(0, n), requests, connections, SECONDS, servers.slice(0, n).map((s) => s.pid!));
      record(name, { ...m, instances: n }, ceiling);
    }
  }

  // The bodies the ceiling serves: exactly what the real server answers.
  const hot = data.hotClaims[0]!;
  const bodyOf = async (p: string) => {
    const res = await fetch(base + p, { headers: auth });
    if (res.status !== 200) throw new Error(`${p}: ${res.status} ${await res.text()}`);
    return res.text();
  };
  const claimBody = await bodyOf(`/v1/claims/${hot}`);
  const listBody = await bodyOf('/v1/claims?limit=20');
  if (JSON.parse(claimBody).evidence.length !== 5) throw new Error('the hot claim does not have five evidence items');
  const ceilingProc = await startChild(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/lib/ceiling.ts')], JSON.stringify({ '/claim': claimBody, '/list': listBody }));
  const ceilingBase = `http://127.0.0.1:${ceilingProc.line.trim()}`;

  log(`reads (50 connections, ${SECONDS} s each):`);
  const ceilingOf = async (p: string) => {
    const m = await load(ceilingBase, [{ path: p }], 50, SECONDS, ceilingProc.child.pid);
    return { name: 'bare Fastify, same body', reqPerSec: m.reqPerSec, cpuUsPerReq: m.cpuUsPerReq };
  };
  const readCeiling = await ceilingOf('/claim');
  await scenario(`GET /v1/claims/{id} (5 evidence, ${claimBody.length} B)`, [{ path: `/v1/claims/${hot}`, headers: auth }], 50, readCeiling);
  const listCeiling = await ceilingOf('/list');
  await scenario('GET /v1/claims?limit=20', [{ path: '/v1/claims?limit=20', headers: auth }], 50, listCeiling);
  await scenario('GET /v1/me', [{ path: '/v1/me', headers: auth }], 50);
  // The same two reads with nothing kept (READ_CACHE_ENTRIES=0): every request queries, maps and
  // serialises, as a read of a claim nobody read since the last commit does. On SQLite only (PostgreSQL
  // keeps nothing anyway), from a second server on the same file, stopped afterwards.
  if (!PG) {
    const port = await pickPort();
    const cold = spawn(process.execPath, [cli, 'serve'], { env: { ...process.env, ...env, READ_CACHE_ENTRIES: '0', PORT: String(port) }, stdio: ['ignore', 'inherit', 'inherit'], cwd: ROOT });
    children.push(cold);
    const coldBase = `http://127.0.0.1:${port}`;
    await waitForHealth(coldBase);
    record('GET /v1/claims/{id}, nothing kept (READ_CACHE_ENTRIES=0)', await load(coldBase, [{ path: `/v1/claims/${hot}`, headers: auth }], 50, SECONDS, cold.pid), readCeiling);
    record('GET /v1/claims?limit=20, nothing kept (READ_CACHE_ENTRIES=0)', await load(coldBase, [{ path: '/v1/claims?limit=20', headers: auth }], 50, SECONDS, cold.pid), listCeiling);
    cold.kill('SIGTERM');
  }

  // Search: queries made of words and figures of existing claims, rotated per request.
  const r = rng(11);
  const queries = data.samples.map((s) => {
    const words = s.text.replace(/[.,]/g, '').split(' ');
    return `${words[0]} ${words[1]} ${parseQuantities(s.text)[0]?.raw ?? ''} ${words[5 + Math.floor(r() * Math.max(1, words.length - 6))] ?? ''}`.trim();
  });
  let qi = 0;
  const rotate = (make: (q: string) => string) => (req: any) => ({ ...req, path: make(queries[qi++ % queries.length]!) });
  await scenario('GET /v1/claims?q=', [{ path: '/v1/claims', headers: auth, setupRequest: rotate((q) => `/v1/claims?q=${encodeURIComponent(q)}`) }], 50);
  await scenario('GET /v1/claims:search', [{ path: '/v1/claims:search', headers: auth, setupRequest: rotate((q) => `/v1/claims:search?includeUnreviewed=true&query=${encodeURIComponent(q)}`) }], 50);

  log(PG
    ? `writes (10 connections, ${SECONDS} s each; ceiling measured in-process: one node-postgres connection, same advisory lock):`
    : `writes (10 connections, ${SECONDS} s each; ceiling measured in-process, synchronous=FULL):`);
  const wc = PG
    ? { name: 'raw node-postgres tx, same rows + lock + hash', reqPerSec: await pgWriteCeiling(SECONDS) }
    : { name: 'raw better-sqlite3 tx, same rows + hash', reqPerSec: writeCeiling(SECONDS) };
  const c = corpus(Number(args.seed) + 99);
  const json = { 'content-type': 'application/json', ...auth };
  await scenario('POST /v1/claims', [{ method: 'POST', path: '/v1/claims', headers: json, setupRequest: (req: any) => {
    const b = c.next();
    return { ...req, body: JSON.stringify({ text: b.text, claimant: b.claimant, tags: b.tags }) };
  } }], 10, wc);
  // Status changes without end: round the unverified claims, each claim moving unverified → in_review,
  // then in_review → unverifiable (the one verdict that needs no evidence) and back (a re-open, reason
  // given), one step per visit. A claim comes round again only after every other one, so no two changes
  // of one claim are ever in flight together. If-Match: * because the version is not known per request.
  let ui = 0;
  const steps = new Map<string, number>();
  await scenario('POST /v1/claims/{id}/status', [{ method: 'POST', path: '/v1/claims', headers: { ...json, 'if-match': '*' }, setupRequest: (req: any) => {
    const id = data.unverified[ui++ % data.unverified.length]!;
    const step = steps.get(id) ?? 0;
    steps.set(id, step + 1);
    const body = step === 0 ? { status: 'in_review' } : step % 2 === 1 ? { status: 'unverifiable', rationale: 'No source could settle it (benchmark).' } : { status: 'in_review', rationale: 'Re-opened (benchmark).' };
    return { ...req, path: `/v1/claims/${id}/status`, body: JSON.stringify(body) };
  } }], 10, wc);

  // Audit verification off the event loop: /health under load while GET /v1/audit/verify checks the whole chain
  // (on PostgreSQL: verified by the first instance, /health spread over the n instances).
  for (const n of PG ? COUNTS : [1]) {
    log(`audit verify of ${data.events} events with /health under 10 connections meanwhile${PG ? ` (${n} instance${n > 1 ? 's' : ''})` : ''}:`);
    const verifyStarted = performance.now();
    let verifyMs = 0;
    const verifying = fetch(`${base}/v1/audit/verify`, { headers: auth }).then(async (res) => {
      verifyMs = performance.now() - verifyStarted;
      const report = (await res.json()) as { ok: boolean; eventsChecked: number };
      if (!report.ok) throw new Error(`the audit chain does not verify: ${JSON.stringify(report)}`);
      return report;
    });
    const healthUrl = n === 1 ? `${base}/health` : bases.slice(0, n).map((b) => `${b}/health`);
    const healthRow = await new Promise<Omit<Row, 'scenario' | 'valid'>>((resolve, reject) => {
      const instance = autocannon({ url: healthUrl as string, connections: 10, duration: 600 }, (err, r) => {
        if (err) reject(err);
        else resolve({ connections: 10, reqPerSec: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx + r.errors + r.timeouts });
      });
      void verifying.finally(() => instance.stop());
    });
    const verified = await verifying;
    record(`GET /health during GET /v1/audit/verify (${verified.eventsChecked} events in ${(verifyMs / 1000).toFixed(1)} s)`, PG ? { ...healthRow, instances: n } : healthRow);
  }

  const rssOf = (pid: number | undefined) => Number(fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
  const rss = rssOf(server.pid);
  const when = new Date().toISOString();
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, ${os.platform()}`;
  const pct = (x?: number) => (x === undefined ? '—' : `${(100 * x).toFixed(0)}%`);
  const pgVersion = PG ? await onPgServer(async (cl) => (await cl.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v) : '';
  const ceilingCell = (x: Row) => (x.ceiling ? `${x.ceiling.reqPerSec}/s${x.ceiling.cpuUsPerReq ? `, ${x.ceiling.cpuUsPerReq} µs/req` : ''} (${x.ceiling.name})` : '—');
  const validCell = (x: Row) => (x.valid ? 'yes' : `NO (${x.non2xx} non-2xx)`);
  const table = [
    `ClaimLedger benchmark, ${when.slice(0, 16).replace('T', ' ')} UTC — ${CLAIMS.toLocaleString('en')} claims, ${QUICK ? 'quick' : 'full'} run, ${machine}` +
      (PG ? `, PostgreSQL ${pgVersion} on ${new URL(PG_SERVER).host}, ${INSTANCES} instance${INSTANCES > 1 ? 's' : ''} at most` : ''),
    '',
    ...(PG
      ? [
          '| scenario | instances | conns | req/s | p50 ms | p99 ms | p99 ms with ramp | servers\' CPU µs/req | same-run ceiling | ratio | valid |',
          '|---|---|---|---|---|---|---|---|---|---|---|',
          ...rows.map((x) => `| ${x.scenario} | ${x.instances} | ${x.connections} | ${x.reqPerSec} | ${x.p50} | ${x.p99} | ${x.p99WithRamp ?? '—'} | ${x.cpuUsPerReq ?? '—'} | ${ceilingCell(x)} | ${pct(x.ratio)} | ${validCell(x)} |`),
        ]
      : [
          '| scenario | conns | req/s | p50 ms | p99 ms | p99 ms with ramp | server CPU µs/req | same-run ceiling | ratio | valid |',
          '|---|---|---|---|---|---|---|---|---|---|',
          ...rows.map((x) => `| ${x.scenario} | ${x.connections} | ${x.reqPerSec} | ${x.p50} | ${x.p99} | ${x.p99WithRamp ?? '—'} | ${x.cpuUsPerReq ?? '—'} | ${ceilingCell(x)} | ${pct(x.ratio)} | ${validCell(x)} |`),
        ]),
    '',
    `Start-up to the first /health answer: ${startup} ms. Server RSS after the run: ${PG ? servers.map((s) => `${Math.round(rssOf(s.pid))} MB`).join(', ') : `${Math.round(rss)} MB`}. ` +
      (PG ? `Moving the generated database to PostgreSQL (export --full, import): ${(moveMs / 1000).toFixed(1)} s. ` : '') +
      `Load average (1 min) at start ${loadAtStart.toFixed(1)}, at end ${os.loadavg()[0]!.toFixed(1)} (a shared machine: compare the ratios, not the rates).`,
  ].join('\n');
  console.log(table);
  fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  const result = {
    when, machine, claims: CLAIMS, quick: QUICK, startupMs: startup, rssMb: Math.round(rss), loadAverage: { start: loadAtStart, end: os.loadavg()[0] },
    ...(PG ? { backend: 'postgres', postgres: pgVersion, instances: INSTANCES, moveMs: Math.round(moveMs), command: `npm run bench -- --pg --instances ${INSTANCES}${QUICK ? ' --quick' : ''}` } : {}),
    rows,
  };
  // PostgreSQL runs keep their own names, so the SQLite latest.md stays the SQLite one.
  fs.writeFileSync(path.join(ROOT, 'bench/results', `${PG ? 'pg-' : ''}${when.replace(/[:.]/g, '-')}.json`), `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(path.join(ROOT, 'bench/results', PG ? 'latest-pg.md' : 'latest.md'), `${table}\n`);
  if (rows.some((x) => !x.valid)) {
    log('FAILED: a scenario got non-2xx responses, so its figures are not valid.');
    process.exitCode = 1;
  }
} finally {
  for (const child of children) child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  // After the servers: their pools hold connections to the database until they exit.
  if (pgDatabases.length) await dropPgDatabases();
  fs.rmSync(dir, { recursive: true, force: true });
}
