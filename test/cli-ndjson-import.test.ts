// `claimledger import --ndjson FILE`: claims in bulk, checked whole before anything is written, written in
// batches with their audit events, searchable at once, idempotent by text.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t, { type Test } from 'tap';
import { buildApp } from '../src/app.js';
import { importClaimsNdjson } from '../src/cli/import-ndjson.js';
import { testConfig } from '../src/config.js';
import { SYSTEM_ACTOR_ID } from '../src/services/api-keys.js';
import { cli as runCliCaptured } from './helper.js';

const cli = (args: string[], dbPath: string) => runCliCaptured(args, { DB_PATH: dbPath, LOG_LEVEL: 'silent', SEED: 'never' });
const lines = (...objects: unknown[]) => `${objects.map((o) => (typeof o === 'string' ? o : JSON.stringify(o))).join('\n')}\n`;
const count = (dbPath: string, table: string) => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
};

function tmp(t: Test) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimledger-ndjson-'));
  t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

t.test('claims in, each with its audit event, searchable at once; a second run skips them all', async (t) => {
  const dir = tmp(t);
  const db = path.join(dir, 'c.db');
  const file = path.join(dir, 'claims.ndjson');
  fs.writeFileSync(file, lines(
    { text: 'North Korea harvested more than 11,000 bitcoins in 2017.', claimant: 'NSA', tags: ['north-korea', 'bitcoin'], claimDate: '2018-03-01' },
    '',
    { text: '40% of Youbit assets were stolen.', language: 'en-GB', appearances: [{ url: 'https://example.com/youbit', date: '2017-12-19' }] },
    { text: 'North Korea harvested more than 11,000 bitcoins in 2017.' },
    { text: 'Lazarus hacked Sony Pictures in 2014.', firstAppearance: { url: 'https://example.com/sony' } },
  ));
  const first = await cli(['import', '--ndjson', file], db);
  t.equal(first.code, 0, first.stderr);
  t.match(JSON.parse(first.stdout), { lines: 4, created: 3, skipped: 1 });
  t.match(first.stderr, /3 claims created, 1 skipped/);
  t.equal(count(db, 'claims'), 3);
  t.equal(count(db, "audit_events WHERE action = 'claim.created'"), 3, 'one claim.created event per claim');

  const app = await buildApp(testConfig({ dbPath: db }), { logger: false });
  t.teardown(() => app.close());
  await app.ready();
  const { token } = await app.services.apiKeys.create(SYSTEM_ACTOR_ID, { name: 'reader', role: 'reader' });
  const found = (await app.inject({ method: 'GET', url: '/v1/claims?q=11k%20bitcoin%202017', headers: { authorization: `Bearer ${token}` } })).json();
  t.match(found.data[0], { text: 'North Korea harvested more than 11,000 bitcoins in 2017.', claimant: 'NSA', tags: ['north-korea', 'bitcoin'], quantities: [{ value: 11000, unit: 'BTC' }] }, 'found by figures, with quantities parsed');
  const youbit = (await app.inject({ method: 'GET', url: '/v1/claims?q=youbit', headers: { authorization: `Bearer ${token}` } })).json().data[0];
  t.match(youbit, { language: 'en-GB', appearances: [{ url: 'https://example.com/youbit', date: '2017-12-19' }] });
  await app.close();

  const again = await cli(['import', '--ndjson', file], db);
  t.equal(again.code, 0, again.stderr);
  t.match(JSON.parse(again.stdout), { created: 0, skipped: 4 }, 'a second run creates nothing');
  t.equal(count(db, 'claims'), 3);

  const verify = await cli(['audit', 'verify'], db);
  t.equal(verify.code, 0, `the audit chain verifies: ${verify.stderr}`);
});

t.test('a file with any bad line imports nothing, and every bad line is named', async (t) => {
  const dir = tmp(t);
  const db = path.join(dir, 'c.db');
  const file = path.join(dir, 'bad.ndjson');
  fs.writeFileSync(file, lines(
    { text: 'A good claim.' },
    '{"text": "unterminated',
    { claimant: 'no text' },
    { text: 'Unknown source.', firstAppearance: { sourceId: 'src_00000000000000000000000000' } },
    { text: 'Bad tag type.', tags: 'north-korea' },
  ));
  const res = await cli(['import', '--ndjson', file], db);
  t.equal(res.code, 1);
  t.match(res.stderr, /4 lines cannot be imported; nothing was imported/);
  t.match(res.stderr, /line 2: not JSON/);
  t.match(res.stderr, /line 3: text:/);
  t.match(res.stderr, /line 4: firstAppearance\.sourceId: src_0+ is not a source/);
  t.match(res.stderr, /line 5: tags:/);
  t.equal(count(db, 'claims'), 0, 'not even the good line');

  const missing = await cli(['import', '--ndjson', path.join(dir, 'nope.ndjson')], db);
  t.equal(missing.code, 1);
  t.match(missing.stderr, /ENOENT|no such file/);
  const usage = await cli(['import', '--ndjson'], db);
  t.equal(usage.code, 2, 'no FILE is a usage error');
});

t.test('batches: each is one unit of work, and the chain stays whole across them', async (t) => {
  const dir = tmp(t);
  const db = path.join(dir, 'c.db');
  const file = path.join(dir, 'many.ndjson');
  fs.writeFileSync(file, lines(...Array.from({ length: 23 }, (_, i) => ({ text: `Claim number ${i + 1} says ${1000 * (i + 1)} BTC moved.`, tags: [`t${i % 3}`] }))));
  const app = await buildApp(testConfig({ dbPath: db }), { logger: false });
  t.teardown(() => app.close());
  await app.ready();
  const progress: number[] = [];
  const report = await importClaimsNdjson(app.services, SYSTEM_ACTOR_ID, file, { batchSize: 5, onProgress: (done) => progress.push(done) });
  t.match(report, { lines: 23, created: 23, skipped: 0 });
  t.same(progress, [5, 10, 15, 20, 23], 'five batches');
  t.equal(count(db, 'claim_tags'), 23);
  t.same((await app.services.auditTrail.verify()).ok, true);
});
