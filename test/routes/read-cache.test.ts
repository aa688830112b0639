// Claim reads and list pages kept until the next commit (READ_CACHE_ENTRIES). The cache only works on a
// SQLite file (an in-memory database and PostgreSQL give no change mark), so these apps name their file.
// Every kind of change, made through this app or through another connection to the same file, must show
// in the very next read: the kept body is compared with one built afresh by an app without the cache.
import path from 'node:path';
import t, { type Test } from 'tap';
import { build, SNAPSHOT, type TestContext } from '../helper.js';

/** Counts the claim reads that reach the service (a kept body does not). */
function countReads(ctx: TestContext): { reads: number } {
  const counter = { reads: 0 };
  const claims = ctx.app.services.claims;
  const read = claims.read.bind(claims);
  claims.read = (...args) => {
    counter.reads++;
    return read(...args);
  };
  return counter;
}

let apps = 0;
async function twoApps(t: Test, cached: number) {
  const dir = path.join(t.testdir(), String(++apps));
  const dbPath = path.join(dir, 'cache.db');
  const auditSigningKeyPath = path.join(dir, 'audit-signing-key.pem');
  const ctx = await build(t, { dbPath, auditSigningKeyPath, readCacheEntries: cached });
  // The same file through another connection, without the cache: the truth to compare with, and a
  // writer the cached app does not see commit (as a CLI or another process would be).
  const fresh = await build(t, { dbPath, auditSigningKeyPath, readCacheEntries: 0 });
  return { ctx, fresh };
}

t.test('a kept claim read is reused until anything commits, and then shows the change', async (t) => {
  const { ctx, fresh } = await twoApps(t, 1000);
  const counter = countReads(ctx);
  const source = (await ctx.app.inject({ method: 'POST', url: '/v1/sources', headers: ctx.auth('checker'), payload: { title: 'Yonhap', kind: 'news', url: 'https://example.com/yonhap', content: SNAPSHOT } })).json();
  const claim = (await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'), payload: { text: 'North Korea harvested more than 11,000 bitcoins in 2017.' } })).json();
  const url = `/v1/claims/${claim.id}`;
  const get = async () => {
    const res = await ctx.app.inject({ url, headers: ctx.auth('reader') });
    t.equal(res.statusCode, 200);
    t.match(res.headers['content-type'], /^application\/json; charset=utf-8/);
    const truth = await fresh.app.inject({ url, headers: fresh.auth('reader') });
    t.equal(res.body, truth.body, 'the same body as a read built afresh');
    t.equal(res.headers.etag, truth.headers.etag, 'the same ETag');
    return res;
  };

  await get();
  const before = counter.reads;
  const again = await get();
  t.equal(counter.reads, before, 'the second read reused the kept body');
  t.equal(again.headers.etag, '"1"');
  t.equal((await ctx.app.inject({ url, headers: ctx.auth('auditor') })).body, again.body, 'any role that may read gets the same body');

  // Each change gets the ETag of the read just before it.
  const changes: [string, (etag: string) => Promise<{ statusCode: number }>][] = [
    ['an edit', (etag) => ctx.app.inject({ method: 'PATCH', url, headers: ctx.auth('checker', { 'if-match': etag }), payload: { claimant: 'NSA' } })],
    ['new evidence', () => ctx.app.inject({ method: 'POST', url: `${url}/evidence`, headers: ctx.auth('checker'), payload: { sourceId: source.id, stance: 'supports', quote: 'harvested more than 11,000 bitcoins' } })],
    ['a status change', (etag) => ctx.app.inject({ method: 'POST', url: `${url}/status`, headers: ctx.auth('checker', { 'if-match': etag }), payload: { status: 'in_review' } })],
    ['an edit of the quoted source (its title is in the claim read)', () => ctx.app.inject({ method: 'PATCH', url: `/v1/sources/${source.id}`, headers: ctx.auth('checker', { 'if-match': '"1"' }), payload: { title: 'Yonhap News' } })],
    ['a change committed through another connection', (etag) => fresh.app.inject({ method: 'PATCH', url, headers: fresh.auth('checker', { 'if-match': etag }), payload: { tags: ['north-korea'] } })],
  ];
  let last = again.body;
  let etag = String(again.headers.etag);
  for (const [what, change] of changes) {
    const res = await change(etag);
    t.ok(res.statusCode < 300, `${what} succeeded`);
    const after = await get();
    t.not(after.body, last, `${what} shows in the next read`);
    last = after.body;
    etag = String(after.headers.etag);
  }
  const body = JSON.parse(last);
  t.equal(body.claimant, 'NSA');
  t.equal(body.status, 'in_review');
  t.equal(body.evidence[0].source.title, 'Yonhap News');
  t.same(body.tags, ['north-korea']);

  const missing = await ctx.app.inject({ url: '/v1/claims/clm_01jgfjjzg5aymqmwzgfgr4rs2h', headers: ctx.auth('reader') });
  t.equal(missing.statusCode, 404, 'an unknown claim is still 404 (nothing is kept for it)');
  t.equal((await ctx.app.inject({ url, headers: { authorization: 'Bearer nope' } })).statusCode, 401, 'a kept body is never sent without a valid key');
});

t.test('a kept list page shows a new claim in the next read', async (t) => {
  const { ctx, fresh } = await twoApps(t, 1000);
  const list = async () => (await ctx.app.inject({ url: '/v1/claims?limit=5', headers: ctx.auth('reader') })).json().data.map((c: { text: string }) => c.text);
  await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'), payload: { text: 'Youbit lost 17% of its assets in April 2017.' } });
  t.same(await list(), ['Youbit lost 17% of its assets in April 2017.']);
  t.same(await list(), ['Youbit lost 17% of its assets in April 2017.'], 'the kept page');
  await fresh.app.inject({ method: 'POST', url: '/v1/claims', headers: fresh.auth('checker'), payload: { text: 'Youbit filed for bankruptcy in December 2017.' } });
  t.same(await list(), ['Youbit filed for bankruptcy in December 2017.', 'Youbit lost 17% of its assets in April 2017.'], 'a claim created through another connection is listed');
  const filtered = await ctx.app.inject({ url: '/v1/claims?limit=5&status=verified', headers: ctx.auth('reader') });
  t.same(filtered.json().data, [], 'another query is another page');
});

t.test('READ_CACHE_ENTRIES bounds what is kept, and 0 keeps nothing', async (t) => {
  for (const [entries, expected] of [[2, 4], [0, 6]] as const) {
    const { ctx } = await twoApps(t, entries);
    const ids: string[] = [];
    for (const text of ['Claim one about 11,000 BTC.', 'Claim two about 40% of assets.', 'Claim three about 3,800 BTC.']) {
      ids.push((await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'), payload: { text } })).json().id);
    }
    const counter = countReads(ctx);
    // Three claims read twice in a row each, then the first once more.
    for (const id of [ids[0], ids[0], ids[1], ids[1], ids[2], ids[0]]) t.equal((await ctx.app.inject({ url: `/v1/claims/${id}`, headers: ctx.auth('reader') })).statusCode, 200);
    t.equal(counter.reads, expected, entries ? `with ${entries} entries the first claim was pushed out and read again` : 'every read built afresh');
  }
});
