// The claimledger command: migrate, seed (idempotent), usage errors and configuration errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import t, { type Test } from 'tap';
import { runCli } from '../src/cli.js';

function capture() {
  const out = { stdout: [] as string[], stderr: [] as string[] };
  return { out, io: { stdout: (s: string) => out.stdout.push(s), stderr: (s: string) => out.stderr.push(s) } };
}

function tempEnv(t: Test) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimledger-cli-'));
  t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  return { DB_PATH: path.join(dir, 'nested', 'test.db'), LOG_LEVEL: 'silent' };
}

function tableCounts(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  try {
    const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { claims: n('claims'), sources: n('sources'), evidence: n('evidence'), audit: n('audit_events') };
  } finally {
    db.close();
  }
}

t.test('migrate creates and migrates the database', async (t) => {
  const env = tempEnv(t);
  const { out, io } = capture();
  t.equal(await runCli(['migrate'], env, io), 0);
  t.ok(fs.existsSync(env.DB_PATH), 'the file and its directory were created');
  t.match(out.stderr.join('\n'), env.DB_PATH);
  t.same(out.stdout, [], 'nothing on stdout');
  t.same(tableCounts(env.DB_PATH), { claims: 0, sources: 0, evidence: 0, audit: 0 });
  t.equal(await runCli(['migrate'], env, capture().io), 0, 'migrating again is a no-op');
});

t.test('seed twice: the second run creates nothing', async (t) => {
  const env = tempEnv(t);
  const first = capture();
  t.equal(await runCli(['seed'], env, first.io), 0);
  t.match(first.out.stderr.join('\n'), /\b[1-9]\d* sources, [1-9]\d* claims, [1-9]\d* evidence created/);
  const counts = tableCounts(env.DB_PATH);
  t.ok(counts.claims >= 10 && counts.sources >= 2 && counts.evidence > 0, `seeded ${JSON.stringify(counts)}`);

  const second = capture();
  t.equal(await runCli(['seed'], env, second.io), 0);
  t.match(second.out.stderr.join('\n'), /\b0 sources, 0 claims, 0 evidence created/);
  t.same(tableCounts(env.DB_PATH), counts, 'counts unchanged, no duplicates, no new history');
  const db = new Database(env.DB_PATH, { readonly: true });
  t.teardown(() => db.close());
  t.same(db.prepare('SELECT text FROM claims GROUP BY text HAVING count(*) > 1').all(), [], 'no claim twice');
});

t.test('usage errors exit 2 with the usage', async (t) => {
  const env = tempEnv(t);
  for (const argv of [['frobnicate'], [], ['keys'], ['keys', 'create', '--role', 'emperor', '--name', 'x'], ['keys', 'create', '--bogus']]) {
    const { out, io } = capture();
    t.equal(await runCli(argv, env, io), 2, `${argv.join(' ') || '(nothing)'} → 2`);
    t.match(out.stderr.join('\n'), /Usage: claimledger/);
  }
  const unknown = capture();
  await runCli(['frobnicate'], env, unknown.io);
  t.match(unknown.out.stderr.join('\n'), /Unknown command "frobnicate"/);
  const help = capture();
  t.equal(await runCli(['--help'], env, help.io), 0, '--help is not an error');
  t.match(help.out.stderr.join('\n'), /migrate/);
});

t.test('bad configuration exits 78 naming the variable, before touching the database', async (t) => {
  const env = tempEnv(t);
  for (const [name, value] of [['PORT', 'abc'], ['SEED', 'maybe'], ['LOG_LEVEL', 'loud'], ['PUBLIC_BASE_URL', 'notaurl']]) {
    const { out, io } = capture();
    t.equal(await runCli(['migrate'], { ...env, [name!]: value }, io), 78, `${name}=${value} → 78`);
    t.match(out.stderr.join('\n'), new RegExp(`${name}: .*${value}`));
  }
  t.notOk(fs.existsSync(env.DB_PATH), 'no database was created');
});
