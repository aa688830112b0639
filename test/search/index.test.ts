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
