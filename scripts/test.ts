// `npm test` after the typecheck and the console build: the whole suite on SQLite and, at the same time,
// the service tests on PostgreSQL (TEST_BACKEND=pg, one database per app, reused, see test/pg.ts).
//
// No PostgreSQL at PG_TEST_URL (default postgres://postgres@127.0.0.1:5432/postgres): the PostgreSQL pass
// is skipped with a loud warning, unless CI=true, where that is a failure (.ci/run starts or installs one).
// Each pass's output is kept and printed when it ends; the last line sums both passes in tap's form.
import { spawn, spawnSync } from 'node:child_process';
import { pgReachable, PG_ADMIN_URL } from '../test/pg.js';

/**
 * What the PostgreSQL pass runs: every file that exercises the service through its storage (the API, the
 * repositories, units of work and idempotency, search, requests, webhooks and their crash safety, publishing,
 * import, feeds, the audit log, keys and sessions, the role matrix, live streams, the fuzz and model tests,
 * errors, protection and a graceful shutdown, the contract test against a live server) and the files only PostgreSQL can run
 * (several instances, the move from SQLite). On SQLite alone stay the files that test SQLite itself or
 * touch no storage: the audit CLI and file tampering (audit/cli, tamper-db, tamper-export) and the CLI
 * suites on SQLite files (cli*, keys-cli), backup/restore, SQLite crash recovery, the secrets scan of the
 * database files, the worker-thread verification (event-loop), the FTS index (search/index), the README
 * walk-through (a default, SQLite install), and pure or static checks (domain, seeds, query-and-typos,
 * verifier, openapi drift, lint, engines, console-static, browser screens).
 * Most of a file's cost is its process start (loading the TypeScript app), paid again on PostgreSQL.
 */
const PG_FILES = [
  'test/routes/claim-counts.test.ts',
  'test/routes/claim-status.test.ts',
  'test/routes/claims.test.ts',
  'test/routes/errors.test.ts',
  'test/routes/evidence.test.ts',
  'test/routes/requests.test.ts',
  'test/routes/review-details.test.ts',
  'test/routes/sources.test.ts',
  'test/repositories/storage.test.ts',
  'test/plugins/idempotency.test.ts',
  'test/search/claims-search.test.ts',
  'test/search/duplicates-and-discrepancies.test.ts',
  'test/search/fact-check-search.test.ts',
  'test/search/relevance.test.ts',
  'test/search/scale-and-sources.test.ts',
  'test/search/similar-and-review.test.ts',
  'test/webhooks/crash.test.ts',
  'test/webhooks/delivery.test.ts',
  'test/webhooks/request-answered.test.ts',
  'test/webhooks/ssrf.test.ts',
  'test/publishing/claim-review-validity.test.ts',
  'test/publishing/publication.test.ts',
  'test/publishing/pages.test.ts',
  'test/publishing/scale-and-claims.test.ts',
  'test/import/claim-reviews.test.ts',
  'test/feeds/feeds.test.ts',
  'test/audit/append-only.test.ts',
  'test/audit/as-of.test.ts',
  'test/audit/history.test.ts',
  'test/audit/routes.test.ts',
  'test/auth/api-keys.test.ts',
  'test/auth/role-matrix.test.ts',
  'test/auth/sessions.test.ts',
  'test/events/stream.test.ts',
  'test/hardening/fuzz.test.ts',
  'test/hardening/model.test.ts',
  'test/hardening/problems.test.ts',
  'test/hardening/protection.test.ts',
  'test/hardening/shutdown.test.ts',
  'test/contract/live-server.test.ts',
  'test/contract/readme-client.test.ts',
  'test/contract/readme.test.ts',
  'test/seed.test.ts',
  // Files, not directories: tap finds no file under a directory named on its command line.
  'test/multi-instance/pg-instances.test.ts',
  'test/multi-instance/pg-webhooks.test.ts',
  'test/multi-instance/move-to-pg.test.ts',
];

interface Pass {
  name: string;
  code: number;
  output: string;
  total: number;
  pass: number;
  fail: number;
  ms: number;
}

/** Runs one tap pass; `live` streams its output as it comes (the other pass's is printed when it ends). */
function run(name: string, args: string[], env: NodeJS.ProcessEnv, live = false): Promise<Pass> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npx', ['tap', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const take = (d: Buffer) => {
      output += d;
      if (live) process.stdout.write(d);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code) => {
      const summary = [...output.matchAll(/^# \{ total: .*\}$/gm)].at(-1)?.[0] ?? '';
      const num = (key: string) => Number(new RegExp(`${key}: (\\d+)`).exec(summary)?.[1] ?? 0);
      resolve({ name, code: code ?? 1, output, total: num('total'), pass: num('pass'), fail: num('fail'), ms: Date.now() - started });
    });
  });
}

const banner = (lines: string[]) => {
  const bar = '!'.repeat(78);
  console.error(`\n${bar}\n${lines.map((l) => `!!  ${l}`).join('\n')}\n${bar}\n`);
};

const ci = process.env.CI === 'true';
const withPg = await pgReachable();
if (!withPg) {
  banner([
    `NO POSTGRESQL at ${PG_ADMIN_URL.replace(/:[^:@/]*@/, ':***@')}: the PostgreSQL test pass is ${ci ? 'REQUIRED with CI=true' : 'SKIPPED'}.`,
    'Start one (pg_ctlcluster 15 main start) or set PG_TEST_URL; only the SQLite pass runs.',
  ]);
}

// tap compiles its runner for the plugins package.json names (no ts-node: tsx loads the TypeScript) the first
// time it runs after an install. Two passes starting at once would both rebuild it, each deleting the other's
// half-written runner (every file then failed with "Cannot find module …/test-built/…" in a fresh clone), so
// it is built once here, before either starts (about 15 s).
const build = spawnSync('npx', ['tap', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
if (build.status !== 0) {
  console.error('tap build failed: the test runner could not be compiled');
  process.exit(1);
}

const passes: Array<Promise<Pass>> = [run('SQLite', process.argv.slice(2), {}, true)];
// A file's queries wait on the database server's round trips there, so it takes longer: a wider per-file limit.
if (withPg) passes.push(run('PostgreSQL', ['--disable-coverage', '--timeout=600', ...PG_FILES], { TEST_BACKEND: 'pg' }));

let failed = ci && !withPg;
const totals = { total: 0, pass: 0, fail: 0 };
for (const p of passes) {
  const r = await p;
  console.log(`\n===== ${r.name} pass: ${r.pass} passed, ${r.fail} failed of ${r.total} (${(r.ms / 1000).toFixed(0)} s) =====\n`);
  if (r.name !== 'SQLite') process.stdout.write(r.output);
  if (r.code !== 0) failed = true;
  totals.total += r.total;
  totals.pass += r.pass;
  totals.fail += r.fail;
}
if (!withPg && !ci) banner(['Reminder: the PostgreSQL pass was SKIPPED (no server reachable).']);
console.log(`# { total: ${totals.total}, pass: ${totals.pass}, fail: ${totals.fail} }`);
process.exit(failed ? 1 : 0);
