// POST /v1/import/claim-reviews and `claimledger import --claim-review`: other fact-checkers' ClaimReviews
// as external reviews — every input shape, idempotency, all-or-nothing, every rejection reason, roles.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';
import { loadSeed } from '../../src/services/seed.js';
import { assertProblem, build, cli, type TestContext } from '../helper.js';

const review = (n: number, extra: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: `https://factcheck.example.org/reviews/${n}`,
  name: `Fact check number ${n}`,
  claimReviewed: `Zebras in Narnia number exactly ${n} thousand.`,
  datePublished: '2026-11-0' + ((n % 9) + 1),
  inLanguage: 'en',
  author: { '@type': 'Organization', name: 'Example Checks', url: 'https://www.factcheck.example.org/' },
  reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'Pants on fire' },
  itemReviewed: {
    '@type': 'Claim',
    author: { '@type': 'Person', name: 'Mr Tumnus' },
    datePublished: '2026-10-30',
    firstAppearance: { '@type': 'CreativeWork', url: `https://social.example.com/posts/${n}` },
  },
  ...extra,
});

const post = (ctx: TestContext, payload: unknown, contentType = 'application/json', role: 'reader' | 'checker' | 'reviewer' | 'auditor' | 'admin' = 'checker') =>
  ctx.app.inject({
    method: 'POST', url: '/v1/import/claim-reviews', headers: ctx.auth(role, { 'content-type': contentType }),
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });

const counts = async (ctx: TestContext) => ({
  claims: (await ctx.app.services.claims.list({ limit: 10_000 })).length,
  head: (await ctx.app.services.audit.head()).seq,
});

interface Report { created: number; updated: number; skipped: number; rejected: unknown[]; reviews: Array<{ outcome: string; claimId: string; reviewId: string; claimCreated: boolean; url: string }> }

t.test('one ClaimReview becomes a claim with an external review, never a verdict of ours', async (t) => {
  const ctx = await build(t);
  const res = await post(ctx, review(1));
  t.equal(res.statusCode, 200, res.body);
  const report = res.json() as Report;
  t.match(report, { created: 1, updated: 0, skipped: 0, rejected: [] });
  const [entry] = report.reviews;
  t.match(entry, { outcome: 'created', claimCreated: true, url: 'https://factcheck.example.org/reviews/1' });

  const claim = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${entry!.claimId}`, headers: ctx.auth('reader') })).json();
  t.equal(claim.text, 'Zebras in Narnia number exactly 1 thousand.');
  t.equal(claim.status, 'unverified', 'the claim keeps its own workflow status');
  t.equal(claim.claimant, 'Mr Tumnus');
  t.equal(claim.claimDate, '2026-10-30');
  t.same(claim.firstAppearance, { sourceId: null, url: 'https://social.example.com/posts/1' });
  t.match(claim.externalReviews, [{
    id: entry!.reviewId, publisher: { name: 'Example Checks', site: 'factcheck.example.org', url: 'https://www.factcheck.example.org/' },
    url: 'https://factcheck.example.org/reviews/1', title: 'Fact check number 1', ratingText: 'Pants on fire', ratingValue: 1, bestRating: 5, worstRating: 1,
    datePublished: '2026-11-02', language: 'en',
  }]);
  const ours = await ctx.app.inject({ method: 'GET', url: `/v1/claims/${entry!.claimId}/claim-review`, headers: ctx.auth('reader') });
  assertProblem(t, ours, 404, 'CLAIM_REVIEW_NOT_FOUND');

  // Audited: the claim and the review, with the review URL as the reason.
  const events = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${entry!.claimId}/history`, headers: ctx.auth('auditor') })).json().data as Array<{ action: string; reason: string | null; entity: { type: string } }>;
  t.same(events.map((e) => e.action), ['claim.created', 'external_review.imported']);
  t.equal(events[1]!.reason, 'Imported from https://factcheck.example.org/reviews/1');
  const verify = await ctx.app.inject({ method: 'GET', url: '/v1/audit/verify', headers: ctx.auth('auditor') });
  t.equal(verify.json().ok, true, 'the chain verifies');
});

t.test('every input shape: ld+json, array, DataFeed, DataFeedItem, @graph, HTML page', async (t) => {
  const ctx = await build(t);
  t.match((await post(ctx, review(1), 'application/ld+json; charset=utf-8')).json(), { created: 1 });
  t.match((await post(ctx, [review(2), review(3)])).json(), { created: 2 });
  const feed = {
    '@context': 'https://schema.org', '@type': 'DataFeed', name: 'Example Checks feed',
    dataFeedElement: [review(4), { '@type': 'DataFeedItem', dateModified: '2026-11-05', item: review(5) }],
  };
  t.match((await post(ctx, feed)).json(), { created: 2 });
  t.match((await post(ctx, { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'x' }, review(6)] })).json(), { created: 1 });
  const html = `<!doctype html><html><head><title>Zebras &amp; more</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[]}</script>
    <script type="application/ld+json">${JSON.stringify(review(7))}</script>
    <script TYPE="Application/LD+JSON; charset=utf-8">${JSON.stringify([review(8)])}</script>
    <script>var notJsonLd = "</scr" + "ipt>";</script>
    </head><body><p>The <b>zebras</b> of Narnia…</p></body></html>`;
  t.match((await post(ctx, html, 'text/html; charset=utf-8')).json(), { created: 2 });
  const found = (await ctx.app.inject({ method: 'GET', url: '/v1/claims:search?reviewPublisherSiteFilter=factcheck.example.org&pageSize=100', headers: ctx.auth('reader') })).json();
  t.equal(found.claims.length, 8, 'every review is searchable under its publisher');
});

t.test('matched like any claim: a review of a claim we hold attaches to it; search shows both reviews', async (t) => {
  const ctx = await build(t);
  await loadSeed(ctx.app.services);
  const ours = (await ctx.app.services.claims.list({ limit: 100 })).find((c) => c.status === 'verified')!;
  const res = (await post(ctx, review(9, { claimReviewed: ours.text }))).json() as Report;
  t.match(res.reviews[0], { claimId: ours.id, claimCreated: false });
  const after = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${ours.id}`, headers: ctx.auth('reader') })).json();
  t.equal(after.status, 'verified', 'our verdict is untouched');
  t.equal(after.version, ours.version, 'the claim itself did not change');
  t.equal(after.externalReviews.length, 1);
  const asOf = await ctx.app.inject({ method: 'GET', url: `/v1/claims/${ours.id}?asOf=${new Date().toISOString()}`, headers: ctx.auth('auditor') });
  t.same(asOf.json(), after, 'asOf now rebuilds the same claim, imported review included, at the same version');
  const before = await ctx.app.inject({ method: 'GET', url: `/v1/claims/${ours.id}?asOf=${ours.updatedAt}`, headers: ctx.auth('auditor') });
  t.same(before.json().externalReviews, [], 'before the import, no external review');

  const q = encodeURIComponent(ours.text.split(' ').slice(0, 6).join(' '));
  const hit = (await ctx.app.inject({ method: 'GET', url: `/v1/claims:search?query=${q}`, headers: ctx.auth('reader') })).json().claims.find((c: { id: string }) => c.id === ours.id);
  t.same(hit.claimReview.map((r: { publisher: { site: string }; textualRating: string }) => [r.publisher.site, r.textualRating]), [['127.0.0.1:3000', 'True'], ['factcheck.example.org', 'Pants on fire']]);
  const theirs = (await ctx.app.inject({ method: 'GET', url: `/v1/claims:search?query=${q}&reviewPublisherSiteFilter=factcheck.example.org`, headers: ctx.auth('reader') })).json().claims;
  t.same(theirs.map((c: { id: string }) => c.id), [ours.id]);
  t.same(theirs[0].claimReview.map((r: { publisher: { site: string } }) => r.publisher.site), ['factcheck.example.org'], 'only that publisher\'s review');
  const mine = (await ctx.app.inject({ method: 'GET', url: `/v1/claims:search?query=${q}&reviewPublisherSiteFilter=127.0.0.1:3000`, headers: ctx.auth('reader') })).json().claims.find((c: { id: string }) => c.id === ours.id);
  t.same(mine.claimReview.map((r: { publisher: { site: string } }) => r.publisher.site), ['127.0.0.1:3000']);

  // An imported claim with no verdict of ours is found by claims:search by default (it has a review)…
  const imported = (await post(ctx, review(10))).json() as Report;
  const found = (await ctx.app.inject({ method: 'GET', url: '/v1/claims:search?query=zebras%20narnia', headers: ctx.auth('reader') })).json().claims;
  t.same(found.map((c: { id: string }) => c.id), [imported.reviews[0]!.claimId]);
  t.equal(found[0].status, 'unverified');
  // …and by the ordinary list search, like any claim.
  const listed = (await ctx.app.inject({ method: 'GET', url: '/v1/claims?q=zebras%20narnia', headers: ctx.auth('reader') })).json().data;
  t.same(listed.map((c: { id: string }) => c.id), [imported.reviews[0]!.claimId]);
});

t.test('idempotent by review URL: unchanged is skipped, changed is updated (audited), nothing duplicated', async (t) => {
  const ctx = await build(t);
  const first = (await post(ctx, [review(1), review(2)])).json() as Report;
  const before = await counts(ctx);
  const again = (await post(ctx, [review(1), review(2)])).json() as Report;
  t.match(again, { created: 0, updated: 0, skipped: 2 });
  t.same(await counts(ctx), before, 'a skipped review writes nothing, not even an audit event');
  t.same(again.reviews.map((r) => r.reviewId), first.reviews.map((r) => r.reviewId));

  // The same URL in canonical form (tracking parameter, fragment) is the same review.
  const changed = review(1, {
    url: 'https://FACTCHECK.example.org/reviews/1?utm_source=feed#top',
    reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Mostly false' },
  });
  const updated = (await post(ctx, [changed, review(2)])).json() as Report;
  t.match(updated, { created: 0, updated: 1, skipped: 1 });
  t.equal(updated.reviews[0]!.reviewId, first.reviews[0]!.reviewId);
  t.equal((await counts(ctx)).claims, before.claims, 'no new claim');
  const claim = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${first.reviews[0]!.claimId}`, headers: ctx.auth('reader') })).json();
  t.match(claim.externalReviews, [{ ratingText: 'Mostly false', ratingValue: 2 }]);
  t.equal(claim.externalReviews.length, 1);
  const events = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claim.id}/history`, headers: ctx.auth('auditor') })).json().data as Array<{ action: string; changes: Record<string, { from: unknown; to: unknown }> }>;
  t.same(events.map((e) => e.action), ['claim.created', 'external_review.imported', 'external_review.updated']);
  t.same(events[2]!.changes.ratingText, { from: 'Pants on fire', to: 'Mostly false' });
});

t.test('all or nothing: a file with rejected records changes nothing and names each one with its reason', async (t) => {
  const ctx = await build(t);
  await post(ctx, review(1));
  const before = await counts(ctx);
  const noRating: Record<string, unknown> = review(3);
  delete noRating.reviewRating;
  const file = [review(2), noRating, { '@type': 'Article', url: 'https://factcheck.example.org/about' }, review(1, { reviewRating: { alternateName: 'Changed' } })];
  const res = await post(ctx, file);
  const body = assertProblem(t, res, 422, 'IMPORT_REJECTED');
  t.same(body.rejected, [
    { index: 1, url: 'https://factcheck.example.org/reviews/3', reason: 'reviewRating is missing: the review needs a rating' },
    { index: 2, url: 'https://factcheck.example.org/about', reason: 'not a ClaimReview (Article)' },
  ]);
  t.match(body, { created: 0, updated: 0, skipped: 0 });
  t.match(body.detail, /2 of 4 records cannot be imported .*Nothing was imported/);
  t.same(await counts(ctx), before, 'neither the good review nor the change to review 1 was written');
});

t.test('every rejection reason', async (t) => {
  const ctx = await build(t);
  const without = (key: string) => {
    const r: Record<string, unknown> = review(1);
    delete r[key];
    return r;
  };
  const cases: Array<[unknown, RegExp]> = [
    [without('url'), /^url is missing/],
    [review(1, { url: 'ftp://factcheck.example.org/1' }), /^url is not an absolute http\(s\) URL/],
    [review(1, { url: '/reviews/1' }), /^url is not an absolute http\(s\) URL/],
    [without('claimReviewed'), /^claimReviewed is missing/],
    [review(1, { claimReviewed: '   ' }), /^claimReviewed is missing/],
    [review(1, { claimReviewed: 'x'.repeat(2001) }), /^claimReviewed is 2001 characters; at most 2000/],
    [review(1, { reviewRating: { '@type': 'Rating', ratingValue: 1 } }), /^reviewRating has neither alternateName nor name/],
    [review(1, { reviewRating: { alternateName: 'False', ratingValue: 'low' } }), /must be numbers/],
    [review(1, { reviewRating: { alternateName: 'False', ratingValue: 7, bestRating: 5, worstRating: 1 } }), /^reviewRating.ratingValue 7 is outside its scale 1–5/],
    [{ ...without('author') }, /^neither publisher nor author has a name/],
    [review(1, { author: { '@type': 'Organization', url: 'https://x.example' } }), /^neither publisher nor author has a name/],
    [review(1, { datePublished: 'last Tuesday' }), /^datePublished is not an ISO-8601 date/],
    [review(1, { inLanguage: 'English!' }), /^inLanguage is not a BCP-47 language tag/],
    [[review(1), 'just a string'], /^not a ClaimReview \(string\)/],
    [[null], /^not a ClaimReview \(null\)/],
    [[{ name: 'no type' }], /^not a ClaimReview \(no @type\)/],
  ];
  for (const [payload, reason] of cases) {
    const res = await post(ctx, payload);
    const body = assertProblem(t, res, 422, 'IMPORT_REJECTED');
    t.match(body.rejected.at(-1).reason, reason, String(reason));
  }
  t.equal((await counts(ctx)).claims, 0, 'nothing was ever imported');

  // Whole bodies that hold no ClaimReview at all.
  for (const [payload, type, detail] of [
    [{ '@type': 'WebPage', name: 'x' }, 'application/json', /holds no ClaimReview/],
    [[], 'application/json', /holds no ClaimReview/],
    [{ '@type': 'DataFeed', dataFeedElement: [] }, 'application/json', /holds no ClaimReview/],
    ['<html><body>No JSON-LD here</body></html>', 'text/html', /has no <script type="application\/ld\+json">/],
    ['<script type="application/ld+json">{"@type":"WebPage"}</script>', 'text/html', /JSON-LD holds no ClaimReview/],
  ] as const) {
    const body = assertProblem(t, await post(ctx, payload, type), 422, 'IMPORT_REJECTED');
    t.match(body.detail, detail);
  }
  const badBlock = assertProblem(t, await post(ctx, `<script type="application/ld+json">{not json</script><script type="application/ld+json">${JSON.stringify(review(1))}</script>`, 'text/html'), 422, 'IMPORT_REJECTED');
  t.match(badBlock.rejected, [{ index: -1, url: null, reason: /^JSON-LD block 1 of the page is not valid JSON/ }]);

  assertProblem(t, await post(ctx, '{"@type": "ClaimReview",', 'application/json'), 400, 'MALFORMED_BODY');
  assertProblem(t, await post(ctx, '{"@type": "ClaimReview",', 'application/ld+json'), 400, 'MALFORMED_BODY');
  assertProblem(t, await post(ctx, 'ClaimReview', 'text/plain'), 415, 'UNSUPPORTED_MEDIA_TYPE');
  t.equal((await counts(ctx)).claims, 0);
});

t.test('roles: checker and up import; reader and auditor get 403; no key 401', async (t) => {
  const ctx = await build(t);
  for (const role of ['reader', 'auditor'] as const) {
    const body = assertProblem(t, await post(ctx, review(1), 'application/json', role), 403, 'FORBIDDEN');
    t.match(body.detail, /checker/);
  }
  for (const [i, role] of (['checker', 'reviewer', 'admin'] as const).entries()) t.equal((await post(ctx, review(i + 1), 'application/json', role)).statusCode, 200, role);
  assertProblem(t, await ctx.app.inject({ method: 'POST', url: '/v1/import/claim-reviews', payload: review(9) }), 401, 'UNAUTHENTICATED');
});

t.test('claimledger import --claim-review FILE: JSON and HTML, all or nothing, exit codes', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimledger-cr-'));
  t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  const db = path.join(dir, 'x.db');
  const env = { DB_PATH: db, LOG_LEVEL: 'silent', SEED: 'never' };
  const json = path.join(dir, 'feed.jsonld');
  fs.writeFileSync(json, JSON.stringify({ '@context': 'https://schema.org', '@type': 'DataFeed', dataFeedElement: [review(1), review(2)] }));
  const html = path.join(dir, 'page.html');
  fs.writeFileSync(html, `\uFEFF<!doctype html><script type="application/ld+json">${JSON.stringify(review(3))}</script>`);

  const first = await cli(['import', '--claim-review', json], env);
  t.equal(first.code, 0, first.stderr);
  t.match(JSON.parse(first.stdout), { created: 2, updated: 0, skipped: 0 });
  t.match(first.stderr, /2 reviews created, 0 updated, 0 unchanged/);
  t.match(JSON.parse((await cli(['import', '--claim-review', json], env)).stdout), { created: 0, skipped: 2 });
  t.match(JSON.parse((await cli(['import', '--claim-review', html], env)).stdout), { created: 1 });

  const bad = path.join(dir, 'bad.json');
  fs.writeFileSync(bad, JSON.stringify([review(4), review(5, { url: 'nope' })]));
  const refused = await cli(['import', '--claim-review', bad], env);
  t.equal(refused.code, 1);
  t.match(refused.stderr, /1 of 2 records cannot be imported/);
  t.match(refused.stderr, /record 1: url is not an absolute http\(s\) URL/);
  const notJson = path.join(dir, 'x.json');
  fs.writeFileSync(notJson, '{oops');
  t.match((await cli(['import', '--claim-review', notJson], env)).stderr, /neither JSON nor an HTML page/);
  t.equal((await cli(['import', '--claim-review', path.join(dir, 'missing.json')], env)).code, 1);
  t.equal((await cli(['import', '--claim-review'], env)).code, 2, 'no FILE is a usage error');

  const listed = await cli(['export'], env);
  t.equal(JSON.parse(listed.stdout).claims.length, 3, 'the refused file added nothing');
});
