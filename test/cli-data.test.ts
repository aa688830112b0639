// `claimledger export` and `claimledger import`: moving claims, sources and evidence between databases.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';
import { cli as runCliCaptured } from './helper.js';

async function cli(args: string[], dbPath: string) {
  return runCliCaptured(args, { DB_PATH: dbPath, LOG_LEVEL: 'silent' });
}

t.test('export from one database, import into another: same claims, statuses and evidence', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimledger-data-'));
  t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  const a = path.join(dir, 'a.db');
  const b = path.join(dir, 'b.db');
  const file = path.join(dir, 'export.json');
  t.equal((await cli(['seed'], a)).code, 0);
  t.equal((await cli(['export', '--out', file], a)).code, 0);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  t.equal(exported.claims.length, 10);
  t.ok(exported.sources.every((s: { content: string | null }) => typeof s.content === 'string'), 'snapshots travel with the sources');

  const imported = await cli(['import', file], b);
  t.equal(imported.code, 0, imported.stderr);
  t.match(imported.stderr, /2 sources, 10 claims, 18 evidence created/);
  const again = await cli(['import', file], b);
  t.match(again.stderr, /0 sources, 0 claims, 0 evidence created/, 'importing twice duplicates nothing');

  const reexported = JSON.parse((await cli(['export'], b)).stdout);
  const shape = (d: typeof exported) => d.claims.map((c: { text: string; status: string; rationale: string | null; evidence: unknown[] }) => [c.text, c.status, c.rationale, c.evidence.length]).sort();
  t.same(shape(reexported), shape(exported), 'the same claims with the same statuses, rationales and evidence');
});

t.test('import refuses a file that is not in the seed format, and changes nothing', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimledger-data-'));
  t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  const db = path.join(dir, 'x.db');
  const bad = path.join(dir, 'bad.json');
  fs.writeFileSync(bad, JSON.stringify({ sources: [], claims: [{ key: 'k', text: 'x', status: 'maybe' }] }));
  const r = await cli(['import', bad], db);
  t.equal(r.code, 1);
  t.match(r.stderr, /not in the seed format/);
  t.match(r.stderr, /status/);
  t.equal(JSON.parse((await cli(['export'], db)).stdout).claims.length, 0);
  t.equal((await cli(['import'], db)).code, 2, 'no file is a usage error');
});
