// The public feeds: /feeds/claim-reviews.jsonld (schema.org DataFeed) and /feeds/fact-checks.atom. Shape,
// paging, updatedSince, ETag/304, CORS, withdrawals, corrections; each entry's audit event proved with
// `claimledger audit verify --entry` against the feed's signed checkpoint; and the round trip: one
// ClaimLedger's feed imported into a second, empty one, where every review is found.
import fs from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import t from 'tap';
import { loadSeed } from '../../src/services/seed.js';
import { checkCheckpointSignature, type SignedCheckpoint } from '../../src/services/audit-verify.js';
import { SYSTEM, claimWithEvidence } from '../search-helper.js';
import { assertProblem, build, cli, type TestContext } from '../helper.js';

interface FeedItem { '@type': string; dateCreated: string; dateModified: string; audit: { seq: number; hash: string }; item: { '@type': string; url: string; claimReviewed: string; reviewRating: { alternateName: string } } }
interface Feed { '@type': string; url: string; dataFeedElement: FeedItem[]; auditCheckpoint: SignedCheckpoint; nextPage?: string }

const SITE_A = { publisherUrl: 'https://factcheck-a.example.org', publisherName: 'Fact Check A', reviewUrlTemplate: 'https://factcheck-a.example.org/fact-checks/{slug}' };

const get = (ctx: TestContext, url: string, headers: Record<string, string> = {}) => ctx.app.inject({ method: 'GET', url, headers });
const jsonld = async (ctx: TestContext, query = '') => (await get(ctx, `/feeds/claim-reviews.jsonld${query}`)).json() as Feed;

/** Every page of the JSON-LD feed, following nextPage. */
async function allPages(ctx: TestContext, query: string): Promise<Feed[]> {
  const pages: Feed[] = [];
  let url: string | undefined = `/feeds/claim-reviews.jsonld${query}`;
  while (url) {
    const page = (await get(ctx, url)).json() as Feed;
    pages.push(page);
    url = page.nextPage ? page.nextPage.replace(/^https?:\/\/[^/]+/, '') : undefined;
  }
  return pages;
}

async function auditEvent(ctx: TestContext, seq: number) {
  const [row] = await ctx.app.services.storage.read.audit.range(seq - 1, seq, 1);
  return { seq: row!.seq, hash: row!.hash, action: row!.action };
}

t.test('the JSON-LD DataFeed: every published fact-check, its ClaimReview and the audit event that published it', async (t) => {
  const ctx = await build(t);
  await loadSeed(ctx.app.services);
  const res = await get(ctx, '/feeds/claim-reviews.jsonld');
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /^application\/ld\+json/);
  t.equal(res.headers['access-control-allow-origin'], '*');
  t.equal(res.headers['cache-control'], 'public, max-age=60');
  t.match(res.headers.etag, /^"[\w-]+"$/);
  const feed = res.json() as Feed;
  t.equal(feed['@type'], 'DataFeed');
  const published = (await ctx.app.services.publications.list({ limit: 100 })).length;
  t.ok(published > 0, 'the seed publishes its verdicts');
  t.equal(feed.dataFeedElement.length, published);
  for (const el of feed.dataFeedElement) {
    t.equal(el['@type'], 'DataFeedItem');
    t.equal(el.item['@type'], 'ClaimReview');
    t.match(el.item.url, /^http:\/\/127\.0\.0\.1:3000\/fact-checks\//, 'url is the public page');
    const event = await auditEvent(ctx, el.audit.seq);
    t.equal(event.hash, el.audit.hash, 'the entry names its event by seq and hash');
    t.equal(event.action, 'verdict.published');
    t.ok(el.audit.seq <= feed.auditCheckpoint.checkpoint.size, 'within the checkpoint');
  }
  t.equal(checkCheckpointSignature(feed.auditCheckpoint), null, 'the checkpoint is signed');
  t.same(feed.auditCheckpoint, (await get(ctx, '/v1/audit/checkpoint', ctx.auth('auditor'))).json(), 'the latest checkpoint');
  t.notOk('nextPage' in feed);
  t.notOk(res.headers.link);
});

t.test('paging, updatedSince, corrections and withdrawals', async (t) => {
  const ctx = await build(t);
  await loadSeed(ctx.app.services);
  const all = (await jsonld(ctx, '?limit=100')).dataFeedElement.map((e) => e.item.url);
  const pages = await allPages(ctx, '?limit=2');
  t.ok(pages.length > 1);
  t.ok(pages.slice(0, -1).every((p) => p.dataFeedElement.length === 2));
  t.same(pages.flatMap((p) => p.dataFeedElement.map((e) => e.item.url)), all, 'the pages, in order, are the whole feed');
  const first = await get(ctx, '/feeds/claim-reviews.jsonld?limit=2');
  t.match(first.headers.link, /^<http:\/\/127\.0\.0\.1:3000\/feeds\/claim-reviews\.jsonld\?limit=2&cursor=f1\.[\w-]+>; rel="next"$/);

  const since = new Date().toISOString();
  t.same((await jsonld(ctx, `?updatedSince=${since}`)).dataFeedElement, [], 'nothing changed since');
  const { claimId } = await claimWithEvidence(ctx, {
    text: 'Zebrafish mining of Dogecoin in Narnia ended in failure.', content: 'Zebrafish mining of Dogecoin in Narnia was a success.',
    quote: 'Zebrafish mining of Dogecoin in Narnia was a success.', stance: 'contradicts', verdict: 'false',
  });
  t.same((await jsonld(ctx, `?updatedSince=${since}`)).dataFeedElement, [], 'a verdict is not in the feed until it is published');
  const { view } = await ctx.app.services.publications.publish(SYSTEM.id, claimId, {});
  const fresh = (await jsonld(ctx, `?updatedSince=${since}`)).dataFeedElement;
  t.same(fresh.map((e) => e.item.url), [view.url]);
  t.equal(fresh[0]!.item.reviewRating.alternateName, 'False');

  // A correction: re-opened, verified on new evidence, re-published. The entry now names the verdict.updated event.
  await ctx.app.services.claims.setStatus(SYSTEM, claimId, '*', 'in_review', 'New evidence arrived.');
  const { sourceId } = await claimWithEvidence(ctx, { text: 'Unrelated fixture claim about Narnia otters.', content: 'Zebrafish mining of Dogecoin in Narnia ended in failure.', quote: 'Zebrafish mining of Dogecoin in Narnia ended in failure.', stance: 'supports' });
  await ctx.app.services.evidence.add(SYSTEM.id, claimId, '*', { sourceId, stance: 'supports', quote: 'Zebrafish mining of Dogecoin in Narnia ended in failure.' });
  await ctx.app.services.claims.setStatus(SYSTEM, claimId, '*', 'verified', 'A second source confirms the failure.');
  await ctx.app.services.publications.publish(SYSTEM.id, claimId, {});
  const corrected = (await jsonld(ctx, `?updatedSince=${since}`)).dataFeedElement[0]!;
  t.equal(corrected.item.reviewRating.alternateName, 'True');
  t.equal((await auditEvent(ctx, corrected.audit.seq)).action, 'verdict.updated');
  t.ok(corrected.audit.seq > fresh[0]!.audit.seq);
  t.not(corrected.dateModified, corrected.dateCreated);

  await ctx.app.services.publications.unpublish(SYSTEM.id, claimId, 'Published by mistake.');
  t.notOk((await jsonld(ctx, '?limit=100')).dataFeedElement.some((e) => e.item.url === view.url), 'a withdrawn fact-check leaves the feed');
  t.notOk((await get(ctx, '/feeds/fact-checks.atom?limit=100')).body.includes(view.url), '…both feeds');
});

t.test('ETag and 304, CORS preflight, bad parameters', async (t) => {
  const ctx = await build(t);
  await loadSeed(ctx.app.services);
  for (const url of ['/feeds/claim-reviews.jsonld', '/feeds/fact-checks.atom']) {
    const first = await get(ctx, url);
    const etag = first.headers.etag as string;
    const again = await get(ctx, url, { 'if-none-match': etag });
    t.equal(again.statusCode, 304, `${url}: unchanged`);
    t.equal(again.body, '');
    t.equal(again.headers.etag, etag);
    t.equal((await get(ctx, url, { 'if-none-match': `"other", W/${etag}` })).statusCode, 304, 'a list and a weak tag match too');
    t.equal((await get(ctx, url, { 'if-none-match': '"stale"' })).statusCode, 200);
    const preflight = await ctx.app.inject({
      method: 'OPTIONS', url, headers: { origin: 'https://reader.example.com', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    });
    t.equal(preflight.statusCode, 204);
    t.equal(preflight.headers['access-control-allow-origin'], '*');
    t.match(preflight.headers['access-control-allow-headers'], /if-none-match/);
    t.match(first.headers['access-control-expose-headers'], /etag/);
    for (const bad of ['?limit=0', '?limit=101', '?cursor=nope', '?cursor=f1.notjson', '?updatedSince=yesterday', '?query=x']) {
      assertProblem(t, await get(ctx, `${url}${bad}`), 400, 'VALIDATION_FAILED');
    }
  }
  // A change makes a new ETag.
  const before = (await get(ctx, '/feeds/claim-reviews.jsonld')).headers.etag as string;
  const { claimId } = await claimWithEvidence(ctx, { text: 'Otters run the Narnian central bank.', content: 'Otters do not run the Narnian central bank.', quote: 'Otters do not run the Narnian central bank.', stance: 'contradicts', verdict: 'false' });
  await ctx.app.services.publications.publish(SYSTEM.id, claimId, {});
  t.equal((await get(ctx, '/feeds/claim-reviews.jsonld', { 'if-none-match': before })).statusCode, 200);
});

t.test('the Atom feed: an entry per published fact-check with its audit event, and the checkpoint', async (t) => {
  const ctx = await build(t);
  await loadSeed(ctx.app.services);
  const res = await get(ctx, '/feeds/fact-checks.atom?limit=3');
  t.equal(res.statusCode, 200);
  t.match(res.headers['content-type'], /^application\/atom\+xml/);
  t.equal(res.headers['access-control-allow-origin'], '*');
  const doc = parseDocument(res.body, { xmlMode: true });
  const feed = DomUtils.findOne((e) => e.name === 'feed', doc.children)!;
  t.equal(feed.attribs.xmlns, 'http://www.w3.org/2005/Atom');
  const entries = DomUtils.getElementsByTagName('entry', feed);
  t.equal(entries.length, 3);
  const jsonFeed = await jsonld(ctx, '?limit=3');
  entries.forEach((entry, i) => {
    const el = jsonFeed.dataFeedElement[i]!;
    t.equal(DomUtils.textContent(DomUtils.getElementsByTagName('id', entry)[0]!), el.item.url);
    t.equal(DomUtils.getElementsByTagName('link', entry)[0]!.attribs.href, el.item.url);
    t.match(DomUtils.textContent(DomUtils.getElementsByTagName('title', entry)[0]!), new RegExp(`^${el.item.reviewRating.alternateName}: `));
    const audit = DomUtils.getElementsByTagName('cl:audit', entry)[0]!;
    t.same({ seq: Number(audit.attribs.seq), hash: audit.attribs.hash }, el.audit);
  });
  const checkpoint = JSON.parse(DomUtils.textContent(DomUtils.getElementsByTagName('cl:checkpoint', feed)[0]!)) as SignedCheckpoint;
  t.equal(checkCheckpointSignature(checkpoint), null);
  const next = DomUtils.getElementsByTagName('link', feed).find((l) => l.attribs.rel === 'next');
  t.match(next?.attribs.href, /fact-checks\.atom\?limit=3&cursor=f1\./);
});

t.test('a reader proves a feed entry is in the log: claimledger audit verify --checkpoint --entry', async (t) => {
  const dir = t.testdir();
  const dbPath = path.join(dir, 'a.db');
  const ctx = await build(t, { dbPath });
  await loadSeed(ctx.app.services);
  const feed = await jsonld(ctx);
  const cpFile = path.join(dir, 'checkpoint.json');
  fs.writeFileSync(cpFile, JSON.stringify(feed.auditCheckpoint));
  const pem = path.join(dir, 'key.pem');
  fs.writeFileSync(pem, feed.auditCheckpoint.publicKey);
  const [a, b] = feed.dataFeedElement;
  const env = { DB_PATH: dbPath, LOG_LEVEL: 'silent' };
  const exportFile = path.join(dir, 'log.ndjson');
  t.equal((await cli(['audit', 'export', '--db', dbPath, '--out', exportFile], env)).code, 0);

  const ok = await cli(['audit', 'verify', '--export', exportFile, '--public-key', pem, '--checkpoint', cpFile, '--entry', `${a!.audit.seq}:${a!.audit.hash}`, '--entry', `${b!.audit.seq}:${b!.audit.hash}`], env);
  t.equal(ok.code, 0, ok.stdout + ok.stderr);
  t.match(ok.stdout, new RegExp(`ok   entry seq ${a!.audit.seq}: in the log with hash ${a!.audit.hash}, within the signed checkpoint`));
  t.match(ok.stdout, /Result: OK/);
  t.equal((await cli(['audit', 'verify', '--db', dbPath, '--checkpoint', cpFile, '--entry', `${a!.audit.seq}:${a!.audit.hash}`], env)).code, 0, 'from the database too');

  const forged = await cli(['audit', 'verify', '--export', exportFile, '--checkpoint', cpFile, '--entry', `${a!.audit.seq}:${'0'.repeat(64)}`], env);
  t.equal(forged.code, 1);
  t.match(forged.stdout, /FAIL entry seq \d+: entry-mismatch/);
  const size = feed.auditCheckpoint.checkpoint.size;
  const later = await cli(['audit', 'verify', '--export', exportFile, '--entry', `${size + 1000}:${a!.audit.hash}`], env);
  t.equal(later.code, 1);
  t.match(later.stdout, /entry-missing/);
  // An event after the checkpoint is in the log but not covered by it.
  await ctx.app.services.claims.create(SYSTEM.id, { text: 'A claim logged after the checkpoint.' });
  t.equal((await cli(['audit', 'export', '--db', dbPath, '--out', exportFile], env)).code, 0);
  const head = (await ctx.app.services.audit.head());
  const outside = await cli(['audit', 'verify', '--export', exportFile, '--checkpoint', cpFile, '--entry', `${head.seq}:${head.hash}`], env);
  t.equal(outside.code, 1);
  t.match(outside.stdout, /entry-not-in-checkpoint/);
  t.equal((await cli(['audit', 'verify', '--export', exportFile, '--entry', 'seven'], env)).code, 2, 'a malformed --entry is a usage error');
});

t.test('round trip: the feed of one ClaimLedger imported into a second, empty one, finds every review there', async (t) => {
  const a = await build(t, SITE_A);
  await loadSeed(a.app.services);
  const { claimId } = await claimWithEvidence(a, { text: 'Otters run the Narnian central bank.', content: 'Otters do not run the Narnian central bank.', quote: 'Otters do not run the Narnian central bank.', stance: 'contradicts', verdict: 'false' });
  await a.app.services.publications.publish(SYSTEM.id, claimId, {});
  const pages = await allPages(a, '?limit=3');
  const published = pages.flatMap((p) => p.dataFeedElement);
  t.ok(published.length >= 4);
  t.ok(published.every((e) => e.item.url.startsWith('https://factcheck-a.example.org/fact-checks/')));

  const b = await build(t);
  t.same((await b.app.services.claims.list({ limit: 1 })), [], 'the second ClaimLedger is empty');
  for (const page of pages) {
    const res = await b.app.inject({ method: 'POST', url: '/v1/import/claim-reviews', headers: b.auth('checker', { 'content-type': 'application/ld+json' }), payload: JSON.stringify(page) });
    t.equal(res.statusCode, 200, res.body);
  }
  const found = (await get(b, '/v1/claims:search?reviewPublisherSiteFilter=factcheck-a.example.org&pageSize=100', b.auth('reader'))).json() as {
    claims: Array<{ id: string; text: string; status: string; claimReview: Array<{ url: string; textualRating: string; publisher: { name: string; site: string } }> }>;
  };
  const reviews = found.claims.flatMap((c) => c.claimReview);
  t.same(reviews.map((r) => r.url).sort(), published.map((e) => e.item.url).sort(), 'every review of A is in B');
  for (const e of published) {
    const r = reviews.find((x) => x.url === e.item.url)!;
    t.equal(r.textualRating, e.item.reviewRating.alternateName);
    t.same(r.publisher, { name: 'Fact Check A', site: 'factcheck-a.example.org' });
  }
  t.ok(found.claims.every((c) => c.status === 'unverified'), 'B holds them as A\'s reviews, not as its own verdicts');
  // And each is found by its words, like any claim.
  for (const e of published.slice(0, 3)) {
    const words = encodeURIComponent(e.item.claimReviewed.replace(/…$/, '').split(' ').slice(0, 6).join(' '));
    const hits = (await get(b, `/v1/claims:search?query=${words}`, b.auth('reader'))).json() as { claims: Array<{ claimReview: Array<{ url: string }> }> };
    t.ok(hits.claims.some((c) => c.claimReview.some((r) => r.url === e.item.url)), `found by "${decodeURIComponent(words)}"`);
  }
  // Importing the same feed again changes nothing.
  const again = await b.app.inject({ method: 'POST', url: '/v1/import/claim-reviews', headers: b.auth('checker'), payload: pages[0]! as unknown as Record<string, unknown> });
  t.match(again.json(), { created: 0, updated: 0, skipped: pages[0]!.dataFeedElement.length });
});
