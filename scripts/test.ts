// `npm test` after the typecheck and the console build: the whole suite on SQLite and, at the same time,
// the service tests on PostgreSQL (TEST_BACKEND=pg, one database per app, see test/pg.ts).
//
// No PostgreSQL at PG_TEST_URL (default postgres://postgres@127.0.0.1:5432/postgres): the PostgreSQL pass
// is skipped with a loud warning, unless CI=true, where that is a failure (.ci/run starts or installs one).
// Each pass's output is kept and printed when it ends; the last line sums both passes in tap's form.
import { spawn } from 'node:child_process';
import { pgReachable, PG_ADMIN_URL } from '../test/pg.js';

// Each PostgreSQL test app makes and drops a database, so a file takes longer there: a wider per-file limit.
/** Files the PostgreSQL pass leaves out: no storage in them (pure domain, OpenAPI, config, lint, the
 * browser), or they test SQLite itself (files, backup/restore, crash on a file, the raw FTS5 tables). */
const PG_EXCLUDE = [
  'test/browser/**',
  'test/contract/**',
  'test/domain/**',
  'test/openapi.test.ts',
  'test/config.test.ts',
  'test/console-static.test.ts',
  'test/cli.test.ts',
  'test/cli-data.test.ts',
  'test/audit/cli.test.ts',
  'test/audit/tamper-db.test.ts',
  'test/auth/keys-cli.test.ts',
  'test/hardening/backup.test.ts',
  'test/hardening/crash.test.ts',
  'test/hardening/event-loop.test.ts',
  'test/hardening/shutdown.test.ts',
  'test/repositories/storage.test.ts',
  'test/search/index.test.ts',
  'test/seeds/**',
  // Webhooks have no PostgreSQL implementation yet (src/repositories/pg/webhooks.ts).
  'test/webhooks/**',
  // Requests and demand have no PostgreSQL implementation yet (src/repositories/pg/requests.ts).
  'test/routes/requests.test.ts',
  'test/auth/role-matrix.test.ts',
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

const passes: Array<Promise<Pass>> = [run('SQLite', process.argv.slice(2), {}, true)];
if (withPg) passes.push(run('PostgreSQL', ['--disable-coverage', '--timeout=600', ...PG_EXCLUDE.map((p) => `--exclude=${p}`)], { TEST_BACKEND: 'pg' }));

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
