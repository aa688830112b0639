// Search benchmark: builds 100,000 and 1,000,000 synthetic claims in a temporary SQLite file (one bulk
// transaction; the triggers fill the FTS index), serves them from a real HTTP server on 127.0.0.1 in a child
// process, and measures p50/p99 latency of GET /v1/claims?q= and GET /v1/claims:search over a bounded
// number of sequential requests. Targets (2 cores): p99 < 25 ms and < 50 ms.
//   BENCH_SIZES=100000 npm run bench   # one size only
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { openMigratedDatabase } from '../src/db/database.js';
import { parseQuantities } from '../src/domain/quantities.js';
import { insertClaims, rng } from './lib/synthetic.js';

const SIZES = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const WARMUP = 100;
const TARGETS = { list: 25, search: 50 };

interface Query {
  q: string;
  kind: 'sample' | 'quantity' | 'common' | 'typo';
  expect?: string;
}

/** Queries with a known answer (words and figures of an existing claim), common-word queries and typos. */
function makeQueries(samples: Array<{ id: string; text: string }>, count: number): Query[] {
  const r = rng(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: Query[] = [];
  for (let i = 0; i < count; i++) {
    const s = pick(samples);
    const words = s.text.replace(/[.,]/g, '').split(' ');
    const quantity = parseQuantities(s.text)[0]?.raw ?? '';
    const roll = r();
    if (roll < 0.6) out.push({ kind: 'sample', q: `${words[0]} ${words[1]} ${quantity} ${pick(words.slice(5))}`, expect: s.id });
    else if (roll < 0.75) out.push({ kind: 'quantity', q: `${quantity} ${words.at(-1)} ${words[2]}` });
    else if (roll < 0.9) out.push({ kind: 'common', q: `${words[2]} ${pick(['bitcoin', 'dollars', 'percent', 'people'])} in ${words.at(-1)}` });
    else {
      const w = words[0]!.toLowerCase();
      const at = 1 + Math.floor(r() * (w.length - 2));
      // A name alone is ambiguous (Zipf: one name heads hundreds of claims), so the figure comes along.
      out.push({ kind: 'typo', q: `${w.slice(0, at)}${w[at + 1]}${w[at]}${w.slice(at + 2)} ${words[1]} ${quantity}`, expect: s.id });
    }
  }
  return out;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

async function serve(dbPath: string): Promise<{ port: number; token: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'lib/serve.ts'), dbPath], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const { port, token } = JSON.parse(line) as { port: number; token: string };
  return { port, token, stop: () => new Promise((resolve) => { child.once('exit', () => resolve()); child.kill('SIGTERM'); }) };
}

async function measure(base: string, token: string, urls: Array<{ url: string; kind: string; expect?: string }>, idsOf: (body: unknown) => string[]) {
  const headers = { authorization: `Bearer ${token}` };
  for (const { url } of urls.slice(0, WARMUP)) await (await fetch(base + url, { headers })).arrayBuffer();
  const times: number[] = [];
  const hits = new Map<string, { found: number; expected: number }>();
  for (const { url, kind, expect } of urls.slice(WARMUP)) {
    const t0 = performance.now();
    const res = await fetch(base + url, { headers });
    const body = await res.json();
    times.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(body)}`);
    if (expect) {
      const h = hits.get(kind) ?? { found: 0, expected: 0 };
      h.expected++;
      if (idsOf(body).includes(expect)) h.found++;
      hits.set(kind, h);
    }
  }
  times.sort((a, b) => a - b);
  const recall = [...hits].map(([kind, h]) => `${kind} ${Math.round((100 * h.found) / h.expected)}%`).join(', ');
  return { n: times.length, p50: percentile(times, 0.5), p99: percentile(times, 0.99), max: times.at(-1)!, recall };
}

/** Builds the corpus in a fresh file; returns the samples (every 1000th claim) for known-answer queries. */
function buildCorpus(dbPath: string, size: number): Array<{ id: string; text: string }> {
  let t0 = performance.now();
  const db = openMigratedDatabase(dbPath);
  db.$client.prepare(`INSERT INTO api_keys (id, name, role, display_prefix, created_at) VALUES ('key_system', 'system', 'admin', '(no token)', ?)`).run(new Date(0).toISOString());
  const { samples } = insertClaims(db.$client, size);
  const buildSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  db.$client.exec(`INSERT INTO claims_fts (claims_fts) VALUES ('optimize')`);
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
  const optimiseSeconds = (performance.now() - t0) / 1000;
  const mb = fs.statSync(dbPath).size / 1e6;
  console.log(`\n${size.toLocaleString('en')} claims: built in ${buildSeconds.toFixed(1)} s (FTS optimize ${optimiseSeconds.toFixed(1)} s), ${mb.toFixed(0)} MB`);
  fs.writeFileSync(`${dbPath}.samples.json`, JSON.stringify(samples));
  return samples;
}

// BENCH_KEEP=dir keeps the built files there and reuses them on the next run (the 1M build takes minutes).
const keep = process.env.BENCH_KEEP;
for (const size of SIZES) {
  const dir = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'claimledger-bench-'));
  const dbPath = path.join(dir, `bench-${size}.db`);
  try {
    const samples = keep && fs.existsSync(`${dbPath}.samples.json`)
      ? (console.log(`\n${size.toLocaleString('en')} claims: reusing ${dbPath}`), JSON.parse(fs.readFileSync(`${dbPath}.samples.json`, 'utf8')) as Array<{ id: string; text: string }>)
      : buildCorpus(dbPath, size);

    // Read the file once so that the OS cache holds it, as on a server that has been running a while;
    // otherwise the first endpoint measured pays for cold pages that the later ones get for free.
    const fd = fs.openSync(dbPath, 'r');
    const chunk = Buffer.alloc(1 << 20);
    while (fs.readSync(fd, chunk) > 0);
    fs.closeSync(fd);
    const queries = makeQueries(samples, REQUESTS + WARMUP);
    const server = await serve(dbPath);
    try {
      const base = `http://127.0.0.1:${server.port}`;
      // Baseline in the same run: a primary-key read through the same stack (auth, zod, serialisation),
      // so the search numbers can be read as a multiple of the cheapest request on this machine today.
      const baseline = await measure(base, server.token, queries.map((_, i) => ({ url: `/v1/claims/${samples[i % samples.length]!.id}`, kind: 'read' })), () => []);
      const list = await measure(
        base, server.token,
        queries.map((q) => ({ url: `/v1/claims?limit=20&q=${encodeURIComponent(q.q)}`, kind: q.kind, expect: q.expect })),
        (b) => (b as { data: Array<{ id: string }> }).data.map((c) => c.id),
      );
      const search = await measure(
        base, server.token,
        queries.map((q, i) => ({ url: `/v1/claims:search?pageSize=10&includeUnreviewed=true${i % 2 ? '&languageCode=en-US' : ''}&query=${encodeURIComponent(q.q)}`, kind: q.kind, expect: i % 2 ? undefined : q.expect })),
        (b) => (b as { claims: Array<{ id: string }> }).claims.map((c) => c.id),
      );
      const verdicts = await measure(
        base, server.token,
        queries.map((q) => ({ url: `/v1/claims:search?pageSize=10&query=${encodeURIComponent(q.q)}`, kind: q.kind })),
        () => [],
      );
      const row = (name: string, r: Awaited<ReturnType<typeof measure>>, target: number) =>
        console.log(`  ${name.padEnd(44)} n=${r.n}  p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms (${(r.p99 / baseline.p99).toFixed(1)}x baseline)  max ${r.max.toFixed(1)} ms  target p99 < ${target} ms ${r.p99 < target ? 'OK' : 'MISSED'}${r.recall ? `  (known answer in the page: ${r.recall})` : ''}`);
      console.log(`  ${'baseline: GET /v1/claims/{id}'.padEnd(44)} n=${baseline.n}  p50 ${baseline.p50.toFixed(2)} ms  p99 ${baseline.p99.toFixed(2)} ms`);
      row('GET /v1/claims?q= (limit 20)', list, TARGETS.list);
      row('GET /v1/claims:search (all statuses)', search, TARGETS.search);
      row('GET /v1/claims:search (verdicts only)', verdicts, TARGETS.search);
    } finally {
      await server.stop();
    }
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}
