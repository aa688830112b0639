// Moving a SQLite install onto PostgreSQL: `claimledger export --full`, then `claimledger import` with
// DATABASE_URL set. Every claim, source, evidence item and key comes along, the audit history too, and
// the chain still verifies on PostgreSQL. (PostgreSQL pass only.)
import path from 'node:path';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { loadSeed } from '../../src/services/seed.js';
import { build, changeStatus, claimWithSource, cli } from '../helper.js';
import { createTestDatabase, TEST_BACKEND } from '../pg.js';

if (TEST_BACKEND !== 'pg') {
  t.plan(0, 'PostgreSQL only: this file runs in the PostgreSQL pass of npm test (TEST_BACKEND=pg)');
} else {
  t.test('export --full from SQLite, import into PostgreSQL: same data, same history, the chain verifies', async (t) => {
    const dir = t.testdir();
    const dbPath = path.join(dir, 'old.db');
    const file = path.join(dir, 'full.json');
    const old = await build(t, { dbPath });
    await loadSeed(old.app.services);
    const { claimId } = await claimWithSource(old);
    t.equal((await changeStatus(old, claimId, 'in_review')).statusCode, 200);
    const before = {
      claims: (await old.app.inject({ url: '/v1/claims?limit=100', headers: old.auth('reader') })).json().data.length,
      head: (await old.app.inject({ url: '/v1/audit/verify', headers: old.auth('auditor') })).json(),
      claim: (await old.app.inject({ url: `/v1/claims/${claimId}`, headers: old.auth('reader') })).json(),
    };
    await old.app.close();

    const exported = await cli(['export', '--full', '--out', file], { DB_PATH: dbPath }); // makes audit-signing-key.pem beside old.db
    t.equal(exported.code, 0, exported.stderr);
    const db = await createTestDatabase();
    t.teardown(() => db.drop());
    const env = { DATABASE_URL: db.url, AUDIT_SIGNING_KEY: path.join(dir, 'audit-signing-key.pem') };
    const imported = await cli(['import', file], env);
    t.equal(imported.code, 0, imported.stderr);
    t.match(imported.stderr, /audit events/);
    const again = await cli(['import', file], env);
    t.equal(again.code, 1, 'a second full import is refused');
    t.match(again.stderr, /empty database/);

    const app = await buildApp(testConfig({ databaseUrl: db.url, auditSigningKeyPath: path.join(dir, 'audit-signing-key.pem') }), { logger: false });
    t.teardown(() => app.close());
    const auth = old.auth('auditor');
    const verify = (await app.inject({ url: '/v1/audit/verify', headers: auth })).json();
    t.match(verify, { ok: true }, 'the chain verifies on PostgreSQL');
    t.equal(verify.headSeq, before.head.headSeq, 'every event came along');
    t.equal(verify.headHash, before.head.headHash, 'with the same head hash');
    t.equal((await app.inject({ url: '/v1/claims?limit=100', headers: auth })).json().data.length, before.claims, 'every claim');
    t.same((await app.inject({ url: `/v1/claims/${claimId}`, headers: auth })).json(), before.claim, 'a claim reads the same, evidence included');
    const found = (await app.inject({ url: `/v1/claims?q=${encodeURIComponent('11k bitcoin 2017')}`, headers: auth })).json().data;
    t.ok(found.length > 0, 'and the search index was built for the imported claims');
  });
}
