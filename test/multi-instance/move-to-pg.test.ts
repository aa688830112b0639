// Moving a SQLite install onto PostgreSQL: `claimledger export --full`, then `claimledger import` with
// DATABASE_URL set. Every claim, source, evidence item and key comes along, the audit history too, and
// the chain still verifies on PostgreSQL. (PostgreSQL pass only.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { loadSeed } from '../../src/services/seed.js';
import { build, changeStatus, claimWithSource, cli, sql } from '../helper.js';
import { createTestDatabase, TEST_BACKEND } from '../pg.js';

if (TEST_BACKEND !== 'pg') {
  t.plan(0, 'PostgreSQL only: this file runs in the PostgreSQL pass of npm test (TEST_BACKEND=pg)');
} else {
  t.test('export --full from SQLite, import into PostgreSQL: same data, same history, the chain verifies', async (t) => {
    const dir = t.testdir();
    const dbPath = path.join(dir, 'old.db');
    const file = path.join(dir, 'full.json');
    // Loopback allowed, so that a subscription to a closed local port can be made (its deliveries fail).
    const old = await build(t, { dbPath, webhooks: { ...testConfig().webhooks, allowedAddresses: ['127.0.0.1'] } });
    const hook = await old.app.inject({ method: 'POST', url: '/v1/webhooks', headers: old.auth('admin'), payload: { url: 'http://127.0.0.1:9/hook', eventTypes: ['claim.created'] } });
    t.equal(hook.statusCode, 201, hook.body);
    await loadSeed(old.app.services); // the seed publishes its verdicts
    const { claimId } = await claimWithSource(old);
    t.equal((await changeStatus(old, claimId, 'in_review')).statusCode, 200);
    const asked = await old.app.inject({ method: 'POST', url: '/v1/requests', headers: old.auth('reader'), payload: { text: 'Is this true?', channel: 'cms', requesterRef: 'r-1' } });
    t.equal((await old.app.inject({ method: 'POST', url: `/v1/requests/${asked.json().id}/link`, headers: old.auth('checker'), payload: { claimId } })).statusCode, 200);
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

    // Publishing, requests and webhooks come along too, and importing the history queues no webhook message.
    const full = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown[]>;
    const read = app.storage.read;
    t.ok(full.publications!.length > 0 && full.publishedRatings!.length >= full.publications!.length, 'the seed\'s publications were exported');
    t.equal((await read.publications.list({ limit: 1000, includeWithdrawn: true })).length, full.publications!.length, 'every publication');
    t.same((await read.requests.list({ limit: 100 })).map((r) => [r.id, r.claimId]), [[asked.json().id, claimId]], 'the request, still linked');
    t.same((await app.inject({ url: `/v1/claims/${claimId}`, headers: auth })).json().demand, { requests: 1, requesters: 1 }, 'with its demand');
    t.same((await read.webhooks.list({ limit: 10 })).map((w) => w.id), [hook.json().id], 'the subscription');
    t.equal(full.webhookMessages!.length > 0, true, 'its messages were exported');
    const [queued] = await sql<{ n: string }>({ app }, 'SELECT count(*) AS n FROM webhook_messages');
    t.equal(Number(queued!.n), full.webhookMessages!.length, 'and no message was queued for the imported history');
  });
}
