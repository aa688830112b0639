// The unit of work: serialised (on SQLite's writer; on PostgreSQL by the advisory lock), nested units as
// savepoints, reads of committed data, and the idempotency record committed with the change it records.
// The tests that open a SQLite file of their own test SQLite's connections on either pass.
import path from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { openSqliteStorage } from '../../src/repositories/sqlite/storage.js';
import { testConfig } from '../../src/config.js';
import { createSearchIndex } from '../../src/repositories/sqlite/search-index.js';
import { SYSTEM_ACTOR_ID } from '../../src/services/api-keys.js';
import { createServices } from '../../src/services/index.js';
import { backendOf, build, counts, sql, SNAPSHOT } from '../helper.js';

const claimCount = (db: ReturnType<typeof openSqliteStorage>) => (db.writer.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n;

t.test('units of work never interleave, and a failed one leaves nothing', async (t) => {
  const storage = openSqliteStorage(path.join(t.testdir(), 'uow.db'));
  t.teardown(() => storage.close());
  await storage.withTransaction((r) => r.apiKeys.insert({ id: SYSTEM_ACTOR_ID, name: 'system', role: 'admin', tokenHash: null, displayPrefix: '-', createdAt: new Date(0).toISOString(), createdBy: null, expiresAt: null, revokedAt: null, revokedBy: null }));
  const order: string[] = [];
  const unit = (name: string, fail = false) => storage.withTransaction(async (r) => {
    order.push(`${name} begin`);
    await new Promise((resolve) => setTimeout(resolve, 5)); // a real yield to the event loop mid-transaction
    const now = new Date().toISOString();
    await r.claims.insert({ id: `clm_${name}`, text: name, claimant: null, claimantType: null, claimDate: null, language: 'en', tags: [], firstAppearanceSourceId: null, firstAppearanceUrl: null, appearances: [], status: 'unverified', statusRationale: null, verdictLabel: null, reviewedBy: null, reviewedAt: null, quantities: [], version: 1, createdAt: now, createdBy: SYSTEM_ACTOR_ID, updatedAt: now, requestCount: 0, requesterCount: 0 });
    if (fail) throw new Error(`${name} failed`);
    order.push(`${name} end`);
  });
  const results = await Promise.allSettled([unit('a'), unit('b', true), unit('c')]);
  t.same(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled']);
  t.same(order, ['a begin', 'a end', 'b begin', 'c begin', 'c end'], 'each unit ran alone, in order');
  t.equal(claimCount(storage), 2, 'the failed unit left no row');
  t.same((await storage.read.claims.list({ limit: 10 })).map((c) => c.id), ['clm_c', 'clm_a'], 'the read connection sees what was committed');
});

t.test('units that end in one turn commit together, each answered only once that COMMIT is done', async (t) => {
  const file = path.join(t.testdir(), 'group.db');
  const statements: string[] = [];
  const storage = openSqliteStorage(file, { trace: (s) => statements.push(s) });
  t.teardown(() => storage.close());
  await storage.withTransaction((r) => r.apiKeys.insert({ id: SYSTEM_ACTOR_ID, name: 'system', role: 'admin', tokenHash: null, displayPrefix: '-', createdAt: new Date(0).toISOString(), createdBy: null, expiresAt: null, revokedAt: null, revokedBy: null }));
  // Another process's view of the file: what it sees is what is committed.
  const other = new Database(file, { readonly: true });
  t.teardown(() => other.close());
  const committed = () => (other.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n;
  const insert = (r: Parameters<Parameters<typeof storage.withTransaction>[0]>[0], name: string) => {
    const now = new Date().toISOString();
    return r.claims.insert({ id: `clm_${name}`, text: name, claimant: null, claimantType: null, claimDate: null, language: 'en', tags: [], firstAppearanceSourceId: null, firstAppearanceUrl: null, appearances: [], status: 'unverified', statusRationale: null, verdictLabel: null, reviewedBy: null, reviewedAt: null, quantities: [], version: 1, createdAt: now, createdBy: SYSTEM_ACTOR_ID, updatedAt: now, requestCount: 0, requesterCount: 0 });
  };
  const commits = () => statements.filter((s) => s === 'COMMIT').length;

  const before = commits();
  const seenWhenAnswered: number[] = [];
  const units = ['a', 'b', 'c', 'd'].map((name) =>
    storage.withTransaction(async (r) => {
      await insert(r, name);
      if (name === 'c') throw new Error('c failed');
    }).then(() => seenWhenAnswered.push(committed())),
  );
  // Every unit has run by now (they yield to nothing); none is answered and nothing is on disk yet.
  await Promise.resolve();
  t.equal(seenWhenAnswered.length, 0, 'no unit answered before the COMMIT');
  t.equal(committed(), 0, 'nothing committed yet');
  const results = await Promise.allSettled(units);
  t.same(results.map((r) => r.status), ['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
  t.equal(commits() - before, 1, 'one COMMIT (one fsync) for the three units that succeeded');
  t.same(seenWhenAnswered, [3, 3, 3], 'each was answered with its row already committed');
  t.same((await storage.read.claims.list({ limit: 10 })).map((c) => c.id), ['clm_d', 'clm_b', 'clm_a'], 'the failed unit took back only its own row');

  // A group is bounded: 100 units in one turn take more than one COMMIT, and all of them land.
  const many = commits();
  await Promise.all(Array.from({ length: 100 }, (_, i) => storage.withTransaction((r) => insert(r, `m${i}`))));
  t.ok(commits() - many >= 2, `${commits() - many} COMMITs for 100 units`);
  t.equal(committed(), 103);

  // A unit that yields to the event loop mid-way keeps the group open until it ends; later units join after it.
  const order: string[] = [];
  await Promise.all([
    storage.withTransaction(async (r) => { await new Promise((resolve) => setTimeout(resolve, 5)); await insert(r, 'slow'); order.push('slow'); }),
    storage.withTransaction(async (r) => { await insert(r, 'quick'); order.push('quick'); }),
  ]);
  t.same(order, ['slow', 'quick'], 'units still run one at a time, in arrival order');
  t.equal(committed(), 105);
});

t.test('a nested unit that fails rolls back alone', async (t) => {
  const ctx = await build(t);
  const services = ctx.app.services;
  const events = (await counts(ctx)).audit;
  await ctx.app.storage.withTransaction(async () => {
    await services.claims.create(SYSTEM_ACTOR_ID, { text: 'Kept.' });
    await t.rejects(services.claims.update(SYSTEM_ACTOR_ID, 'clm_00000000000000000000000000', '*', { text: 'x' }), { code: 'CLAIM_NOT_FOUND' });
    await t.rejects(ctx.app.storage.withTransaction(async () => {
      await services.claims.create(SYSTEM_ACTOR_ID, { text: 'Rolled back.' });
      throw new Error('inner');
    }), /inner/);
  });
  t.same((await services.claims.list({ limit: 10 })).map((c) => c.text), ['Kept.']);
  t.equal((await counts(ctx)).audit - events, 1, 'one audit event: the kept claim');
});

t.test('the idempotency record commits with the change: if it cannot be written, the change is undone', async (t) => {
  const ctx = await build(t);
  const before = await counts(ctx);
  // A trigger that refuses every idempotency record stands in for a full disk, on either backend.
  if (backendOf(ctx) === 'postgres') {
    await sql(ctx, "CREATE FUNCTION idem_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$");
    await sql(ctx, 'CREATE TRIGGER idem_full BEFORE INSERT ON idempotency_records FOR EACH ROW EXECUTE FUNCTION idem_full()');
  } else {
    await sql(ctx, "CREATE TRIGGER idem_full BEFORE INSERT ON idempotency_records BEGIN SELECT RAISE(ABORT, 'disk full'); END");
  }
  const post = () => ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker', { 'idempotency-key': 'atomic' }), payload: { text: 'Either both or neither.' } });
  const failed = await post();
  t.equal(failed.statusCode, 500);
  t.same(await counts(ctx), before, 'no claim and no audit event without the record');
  await sql(ctx, backendOf(ctx) === 'postgres' ? 'DROP TRIGGER idem_full ON idempotency_records; DROP FUNCTION idem_full()' : 'DROP TRIGGER idem_full');
  const retried = await post();
  t.equal(retried.statusCode, 201, 'the retry makes the change for the first time');
  t.notOk(retried.headers['idempotent-replayed']);
  const replayed = await post();
  t.equal(replayed.headers['idempotent-replayed'], 'true');
  t.equal(replayed.json().id, retried.json().id);
  t.equal((await counts(ctx)).claims, before.claims + 1);
});

t.test('a claim read is two queries however much evidence it has', async (t) => {
  const statements: string[] = [];
  const dbPath = path.join(t.testdir(), 'reads.db');
  const storage = openSqliteStorage(dbPath, { trace: (sql) => statements.push(sql) });
  t.teardown(() => storage.close());
  const services = await createServices(storage, storage.joinReadSnapshot(createSearchIndex(storage.reader)), testConfig({ dbPath }));
  const { source } = await services.sources.create(SYSTEM_ACTOR_ID, { title: 'Article', kind: 'news', citation: 'Article', content: SNAPSHOT });
  const claim = await services.claims.create(SYSTEM_ACTOR_ID, { text: 'North Korea harvested more than 11,000 bitcoins in 2017.' });
  const queriesToRead = async () => {
    // A turn boundary first, so that the count does not depend on a snapshot left open by the set-up.
    await new Promise(setImmediate);
    statements.length = 0;
    const view = await services.claims.read(claim.id);
    // BEGIN and the data_version read start the turn's read snapshot, once per turn: not the read's queries.
    return { queries: statements.filter((s) => s !== 'BEGIN' && s !== 'PRAGMA data_version').length, evidence: view.evidence.length };
  };
  t.same(await queriesToRead(), { queries: 2, evidence: 0 });
  for (const quote of ['harvested more than 11,000 bitcoins', 'North Korea had harvested', 'mining Bitcoin between May and June 2017']) {
    await services.evidence.add(SYSTEM_ACTOR_ID, claim.id, '*', { sourceId: source.id, stance: 'supports', quote });
  }
  t.same(await queriesToRead(), { queries: 2, evidence: 3 }, 'the same two queries with three evidence items');
});

t.test('reads share one snapshot per turn, and still see every commit that came before them', async (t) => {
  const dbPath = path.join(t.testdir(), 'snapshot.db');
  const storage = openSqliteStorage(dbPath);
  t.teardown(() => storage.close());
  const services = await createServices(storage, storage.joinReadSnapshot(createSearchIndex(storage.reader)), testConfig({ dbPath }));
  const claim = await services.claims.create(SYSTEM_ACTOR_ID, { text: 'Youbit lost 17% of its assets in the April 2017 hack.' });
  await new Promise(setImmediate);

  // No yield to the event loop between these: the read opens the snapshot, the edit commits through the
  // writer, and the read after it must see the edit (the snapshot ends with the commit).
  t.equal((await services.claims.read(claim.id)).claim.version, 1);
  t.ok(storage.reader.inTransaction, 'the read opened a snapshot on the reader');
  await services.claims.update(SYSTEM_ACTOR_ID, claim.id, 1, { claimant: 'Yonhap' });
  t.equal((await services.claims.read(claim.id)).claim.claimant, 'Yonhap', 'a request reads its own write in the same turn');
  const found = await services.search.claims({ q: 'Youbit', limit: 5 });
  t.ok(found.items.length >= 1, 'the search index reads through the same snapshot');

  // Another connection (a CLI on the same file) commits: the next turn's reads see it.
  const Database = (await import('better-sqlite3')).default;
  const other = new Database(dbPath);
  other.prepare("UPDATE claims SET claimant = 'Korea Herald' WHERE id = ?").run(claim.id);
  other.close();
  await new Promise(setImmediate);
  t.notOk(storage.reader.inTransaction, 'the snapshot ended with its turn');
  t.equal((await services.claims.read(claim.id)).claim.claimant, 'Korea Herald', 'the next turn reads the other connection\'s commit');
});
