// The FTS indexes: triggers keep them in step with every write, the migration back-fills existing rows,
// and the query side writes quantity tokens exactly as the migration's SQL does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';
import { migrationsFolder, openDatabase } from '../../src/db/database.js';
import { quantityToken } from '../../src/domain/search-query.js';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { build } from '../helper.js';
import { SYSTEM } from '../search-helper.js';

t.test('triggers keep claims_fts and sources_fts in step', async (t) => {
  const ctx = await build(t);
  const { services } = ctx.app;
  const sqlite = ctx.app.db.$client;
  const hits = async (q: string) => (await services.search.claims({ q, limit: 10 })).items.map((i) => i.row.id);
  const row = async (id: string) => sqlite.prepare('SELECT text, claimant, tags, quantities FROM claims_fts WHERE rowid = ?').get(BigInt((await services.search.claimDoc(id))!));

  const claim = await services.claims.create(SYSTEM.id, { text: 'Quokkas stole 12 bitcoins in 2016.', claimant: 'Zoo keeper', tags: ['marsupials'] });
  t.same(await row(claim.id), { text: 'Quokkas stole 12 bitcoins in 2016.', claimant: 'Zoo keeper', tags: 'marsupials', quantities: 'q_btc_12 q_any_12 q_year_2016 q_any_2016' });
  t.same(await hits('quokka'), [claim.id]);

  const v2 = await services.claims.update(SYSTEM.id, claim.id, '*', { text: 'Wombats stole 13 bitcoins in 2016.', tags: ['burrows'] });
  t.same(await hits('quokka'), [], 'old words gone');
  t.same(await hits('wombat 13 BTC'), [claim.id]);
  t.same(await hits('12 bitcoins'), [], 'old figures gone');
  t.same(await hits('burrows'), [claim.id]);
  t.same(await hits('marsupials'), []);

  await services.claims.setStatus(SYSTEM, v2.claim.id, '*', 'in_review', null);
  t.same(await row(claim.id), { text: 'Wombats stole 13 bitcoins in 2016.', claimant: 'Zoo keeper', tags: 'burrows', quantities: 'q_btc_13 q_any_13 q_year_2016 q_any_2016' }, 'status changes leave the row alone');
  t.equal((sqlite.prepare('SELECT count(*) AS n FROM claims_fts').get() as { n: number }).n, 1, 'one row per claim');

  const { source } = await services.sources.create(SYSTEM.id, { title: 'Platypus weekly', kind: 'news', citation: 'PW 1', content: 'Echidnas lay eggs.' });
  const sources = async (q: string) => (await services.search.sources({ q, limit: 10 })).items.map((i) => i.row.id);
  t.same(await sources('echidna'), [source.id]);
  t.same(await sources('platypus'), [source.id]);
  await services.sources.update(SYSTEM.id, source.id, '*', { content: 'Numbats eat termites.', title: 'Numbat monthly' });
  t.same(await sources('echidna'), []);
  t.same(await sources('platypus'), []);
  t.same(await sources('termites numbat'), [source.id]);
  // integrity-check with rank 1 also compares the index with the content (the view for sources); it throws on a mismatch.
  t.doesNotThrow(() => sqlite.prepare(`INSERT INTO sources_fts (sources_fts, rank) VALUES ('integrity-check', 1)`).run(), 'sources_fts matches its view');
  t.doesNotThrow(() => sqlite.prepare(`INSERT INTO claims_fts (claims_fts, rank) VALUES ('integrity-check', 1)`).run(), 'claims_fts is consistent');
});

t.test('a bulk insert indexes its claims once, as the trigger does one by one, and a failed one leaves no trace', async (t) => {
  const one = await build(t);
  const bulk = await build(t);
  // More than one multi-row INSERT per batch (500 rows each), every kind of tag and quantity the view writes.
  const inputs = Array.from({ length: 1234 }, (_, i) => ({
    text: `Claim ${i}: ${i % 7 === 0 ? 'no figures here' : `${i * 3} BTC, ${i % 100}% and $${i}.5 million in ${1990 + (i % 30)}`} (é ${i})`,
    claimant: i % 5 ? `Claimant ${i % 13}` : undefined, tags: i % 4 ? [`t${i % 3}`, `u${i % 11}`] : [], language: i % 9 ? 'en' : 'de',
  }));
  for (const input of inputs) await one.app.services.claims.create(SYSTEM.id, input);
  await bulk.app.services.claims.createMany(SYSTEM.id, inputs.slice(0, 1000));
  await bulk.app.services.claims.createMany(SYSTEM.id, inputs.slice(1000));
  const index = (ctx: typeof one) => ctx.app.db.$client.prepare(
    'SELECT c.text, f.claimant, f.tags, f.quantities, d.doc FROM claims_fts f JOIN claim_search_docs d ON d.doc = f.rowid JOIN claims c ON c.id = d.claim_id ORDER BY d.doc',
  ).all();
  const expected = index(one);
  t.equal(expected.length, inputs.length);
  t.same(index(bulk), expected, 'the same rows under the same docs');
  const sqlite = bulk.app.db.$client;
  t.equal((sqlite.prepare('SELECT count(*) AS n FROM claims_fts').get() as { n: number }).n, inputs.length, 'each claim indexed once');
  t.equal((sqlite.prepare('SELECT count(*) AS n FROM claim_search_deferred').get() as { n: number }).n, 0, 'deferral over');
  t.doesNotThrow(() => sqlite.prepare(`INSERT INTO claims_fts (claims_fts, rank) VALUES ('integrity-check', 1)`).run(), 'claims_fts is consistent');
  t.same((await bulk.app.services.search.claims({ q: 'Claimant 12', limit: 1 })).items.length, 1, 'searchable at once');
  t.same((await bulk.app.services.auditTrail.verify()).ok, true, 'the chain verifies');

  // A batch whose insert fails half-way (an unknown creator: a foreign-key error in its second INSERT) is undone
  // whole; the writer goes on indexing claims one by one.
  const before = index(bulk).length;
  const storage = bulk.app.storage;
  const rows = inputs.slice(0, 700).map((input, i) => ({ ...input, text: `Failing ${i}` }));
  await t.rejects(storage.withTransaction(async (r) => {
    const made = rows.map((input, i) => ({
      id: `clm_fail${String(i).padStart(22, '0')}`, text: input.text, claimant: null, claimantType: null, claimDate: null, language: 'en', tags: [], firstAppearanceSourceId: null,
      firstAppearanceUrl: null, appearances: [], status: 'unverified' as const, statusRationale: null, verdictLabel: null, reviewedBy: null, reviewedAt: null, quantities: [],
      version: 1, createdAt: '2026-01-01T00:00:00.000Z', createdBy: i < 600 ? SYSTEM.id : 'key_nobody', updatedAt: '2026-01-01T00:00:00.000Z', requestCount: 0, requesterCount: 0,
    }));
    await r.claims.insertMany(made);
  }), /FOREIGN KEY/);
  t.equal(index(bulk).length, before, 'nothing of it indexed');
  t.equal((sqlite.prepare("SELECT count(*) AS n FROM claims WHERE text LIKE 'Failing %'").get() as { n: number }).n, 0, 'nothing of it kept');
  t.equal((sqlite.prepare('SELECT count(*) AS n FROM claim_search_deferred').get() as { n: number }).n, 0, 'deferral over');
  const later = await bulk.app.services.claims.create(SYSTEM.id, { text: 'Echidnas hid 7 bitcoins.' });
  t.same((await bulk.app.services.search.claims({ q: 'echidna', limit: 5 })).items.map((i) => i.row.id), [later.id], 'the next claim is indexed by the trigger');
});

t.test('the migration back-fills claims and sources that existed before it', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimledger-migrate-'));
  t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  // A migrations folder that stops before the search index.
  const before = path.join(dir, 'migrations');
  fs.cpSync(migrationsFolder, before, { recursive: true });
  const journal = JSON.parse(fs.readFileSync(path.join(before, 'meta/_journal.json'), 'utf8')) as { entries: Array<{ tag: string }> };
  const at = journal.entries.findIndex((e) => e.tag.endsWith('search-index'));
  t.ok(at > 0, 'search-index migration found');
  journal.entries = journal.entries.slice(0, at);
  fs.writeFileSync(path.join(before, 'meta/_journal.json'), JSON.stringify(journal));

  const db = openDatabase(':memory:');
  t.teardown(() => db.$client.close());
  migrate(db, { migrationsFolder: before });
  const now = new Date().toISOString();
  db.$client.prepare(`INSERT INTO api_keys (id, name, role, display_prefix, created_at) VALUES ('key_system', 'system', 'admin', '-', ?)`).run(now);
  db.$client.prepare(`INSERT INTO claims (id, text, tags, quantities, created_at, created_by, updated_at) VALUES ('clm_a', 'Dingoes took 40% of the sheep', '["farm"]', ?, ?, 'key_system', ?)`)
    .run(JSON.stringify([{ raw: '40%', value: 40, unit: 'percent', qualifier: null }]), now, now);
  db.$client.prepare(`INSERT INTO sources (id, title, kind, citation, content, created_at, created_by, updated_at) VALUES ('src_a', 'Outback news', 'news', 'ON', 'Dingo report', ?, 'key_system', ?)`).run(now, now);

  migrate(db, { migrationsFolder });
  t.same(db.$client.prepare(`SELECT text, tags, quantities FROM claims_fts WHERE claims_fts MATCH 'dingoes'`).all(), [{ text: 'Dingoes took 40% of the sheep', tags: 'farm', quantities: 'q_percent_40 q_any_40' }]);
  t.same(db.$client.prepare(`SELECT rowid FROM sources_fts WHERE sources_fts MATCH 'dingo'`).all().length, 1);
});

t.test('quantity tokens: the query side writes them as the migration does', async (t) => {
  const ctx = await build(t);
  const values = [0, 1, 12, 40.5, -3.5, 0.1, 0.5, 0.00001, 11000, 2.3e9, 5e6, 1e15, 1.5e15, 123456789012345, 1e21, 7.6e9, -2, 3.14159];
  const quantities = values.map((value, i) => ({ raw: String(value), value, unit: i % 2 ? 'BTC' : null, qualifier: null }));
  const claim = await ctx.app.services.claims.create(SYSTEM.id, { text: 'placeholder' });
  ctx.app.db.$client.prepare('UPDATE claims SET quantities = ? WHERE id = ?').run(JSON.stringify(quantities), claim.id);
  const indexed = (ctx.app.db.$client.prepare('SELECT quantities FROM claims_fts').get() as { quantities: string }).quantities.split(' ');
  const expected = quantities.flatMap((q) => (q.unit ? [quantityToken(q), quantityToken({ ...q, unit: null })] : [quantityToken(q)]));
  t.same(indexed, expected);
});
