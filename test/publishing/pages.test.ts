// Public fact-check pages: no key, only published fact-checks, JSON-LD embedded, cacheable (ETag, 304),
// re-review and correction notes, 410 for a withdrawn page, the index with search, and the sitemap.
import t from 'tap';
import { loadSeed } from '../../src/services/seed.js';
import { SYSTEM_ACTOR_ID } from '../../src/services/api-keys.js';
import { addEvidence, build, changeStatus, createClaim, createSource, SNAPSHOT, type TestContext } from '../helper.js';

const ldOf = (body: string) => {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(body);
  if (!m) throw new Error('no JSON-LD in the page');
  return JSON.parse(m[1]!);
};

async function publishedClaim(ctx: TestContext, payload: Record<string, unknown>, status = 'false') {
  const claim = await createClaim(ctx, payload);
  const source = await createSource(ctx, { content: SNAPSHOT });
  t.equal((await addEvidence(ctx, claim.id, { sourceId: source.id, stance: 'contradicts', quote: 'were futile', note: 'KDB <b>says</b> so' })).statusCode, 201);
  t.equal((await changeStatus(ctx, claim.id, 'in_review')).statusCode, 200);
  t.equal((await changeStatus(ctx, claim.id, status, 'Mining was futile & <i>rare</i>.')).statusCode, 200);
  const pub = await ctx.app.inject({ method: 'POST', url: `/v1/claims/${claim.id}/publication`, headers: ctx.auth('reviewer'), payload: {} });
  t.equal(pub.statusCode, 201, pub.body);
  return { id: claim.id as string, slug: pub.json().slug as string, url: pub.json().url as string };
}

t.test('the seed data: index, pages with JSON-LD, sitemap; no key needed', async (t) => {
  const ctx = await build(t);
  await loadSeed(ctx.app.services);
  const index = await ctx.app.inject({ url: '/fact-checks' });
  t.equal(index.statusCode, 200);
  t.match(index.headers['content-type'], /^text\/html; charset=utf-8/);
  const links = [...index.body.matchAll(/href="(\/fact-checks\/[^"?]+)"/g)].map((m) => m[1]!);
  t.equal(links.length, 4, 'the four published seed verdicts are listed');
  for (const link of links) {
    const page = await ctx.app.inject({ url: link });
    t.equal(page.statusCode, 200, link);
    t.match(page.headers['cache-control'], /public/);
    t.ok(page.headers.etag, 'an ETag');
    const doc = ldOf(page.body);
    t.equal(doc['@type'], 'ClaimReview');
    t.equal(doc.url, `${ctx.app.services.config.publicBaseUrl}${link}`, 'the ClaimReview url is this page');
    t.ok(doc.itemReviewed.firstAppearance.name, 'the first appearance names its source');
    t.match(page.body, /<h2 id="evidence">Evidence<\/h2>/);
    t.match(page.body, /<blockquote/, 'quotes are shown');
    const again = await ctx.app.inject({ url: link, headers: { 'if-none-match': String(page.headers.etag) } });
    t.equal(again.statusCode, 304, 'If-None-Match with the ETag: 304');
    t.equal(again.body, '');
  }
  const sitemap = await ctx.app.inject({ url: '/sitemap.xml' });
  t.equal(sitemap.statusCode, 200);
  t.match(sitemap.headers['content-type'], /^application\/xml/);
  t.equal([...sitemap.body.matchAll(/<loc>[^<]+\/fact-checks\/[^<]+<\/loc>/g)].length, 4, 'the sitemap lists the four pages');
  t.equal((await ctx.app.inject({ url: '/fact-checks/no-such-fact-check' })).statusCode, 404);
});

t.test('re-review, correction, withdrawal (410) and what the index and sitemap show', async (t) => {
  const ctx = await build(t);
  const { id, slug } = await publishedClaim(ctx, { text: 'North Korea mined 11,000 bitcoins in May 2017.', claimant: 'A blogger', claimantType: 'Person' });
  const page = () => ctx.app.inject({ url: `/fact-checks/${slug}` });
  const first = await page();
  t.equal(first.statusCode, 200);
  t.notMatch(first.body, /Under re-review/);
  t.notMatch(first.body, /Correction/);
  t.match(ldOf(first.body).itemReviewed.author, { '@type': 'Person', name: 'A blogger' });

  t.equal((await changeStatus(ctx, id, 'in_review', 'A reader sent a new source.')).statusCode, 200);
  const reviewing = await page();
  t.match(reviewing.body, /Under re-review/);
  t.match(reviewing.body, /<strong>False<\/strong>/, 'still shows the earlier rating');
  t.not(reviewing.headers.etag, first.headers.etag, 'the ETag changes with the page');

  t.equal((await changeStatus(ctx, id, 'misleading', 'Some mining happened.')).statusCode, 200);
  t.equal((await ctx.app.inject({ method: 'POST', url: `/v1/claims/${id}/publication`, headers: ctx.auth('reviewer') })).statusCode, 200);
  const corrected = await page();
  t.match(corrected.body, /<h2 id="correction">Correction<\/h2>/);
  t.match(corrected.body, /Earlier ratings:<\/p>\s*<ul><li><strong>False<\/strong>, published <time datetime="/);
  t.match(corrected.body, /<p class="rating"><strong>Misleading<\/strong>/);
  const doc = ldOf(corrected.body);
  t.ok(doc.dateModified, 'the ClaimReview has dateModified');
  t.match(doc.reviewRating, { alternateName: 'Misleading' });

  const unpublished = await ctx.app.inject({ method: 'DELETE', url: `/v1/claims/${id}/publication`, headers: ctx.auth('reviewer'), payload: { reason: 'The claimant <asked> us & we agreed.' } });
  t.equal(unpublished.statusCode, 200);
  const gone = await page();
  t.equal(gone.statusCode, 410);
  t.match(gone.body, /The claimant &lt;asked&gt; us &amp; we agreed\./, 'the reason, escaped');
  t.notMatch(gone.body, /application\/ld\+json/, 'no ClaimReview on a withdrawn page');
  t.notMatch((await ctx.app.inject({ url: '/fact-checks' })).body, new RegExp(slug), 'the index leaves it out');
  t.notMatch((await ctx.app.inject({ url: '/sitemap.xml' })).body, new RegExp(slug), 'the sitemap leaves it out');
  t.notMatch((await ctx.app.inject({ url: '/fact-checks?q=bitcoins' })).body, new RegExp(slug), 'search leaves it out');
});

t.test('a re-review\'s edits and new evidence stay off the page until published', async (t) => {
  const ctx = await build(t);
  const { id, slug } = await publishedClaim(ctx, { text: 'North Korea mined 9,000 bitcoins in June 2017.', claimant: 'A blogger' });
  t.equal((await changeStatus(ctx, id, 'in_review', 'Re-checking the figure.')).statusCode, 200);
  const version = (await ctx.app.inject({ url: `/v1/claims/${id}`, headers: ctx.auth('reader') })).json().version;
  const edited = await ctx.app.inject({
    method: 'PATCH', url: `/v1/claims/${id}`, headers: ctx.auth('checker', { 'if-match': `"${version}"` }),
    payload: { text: 'North Korea mined 7,000 bitcoins in June 2017 (draft).', claimant: 'A draft claimant' },
  });
  t.equal(edited.statusCode, 200, edited.body);
  const source = await createSource(ctx, { content: 'A draft source nobody has reviewed yet.' });
  t.equal((await addEvidence(ctx, id, { sourceId: source.id, stance: 'context', quote: 'nobody has reviewed yet' })).statusCode, 201);
  const page = await ctx.app.inject({ url: `/fact-checks/${slug}` });
  t.match(page.body, /9,000 bitcoins/, 'the published text');
  t.notMatch(page.body, /draft/i, 'no unpublished edit or evidence');
  t.notMatch(page.body, /nobody has reviewed/);
  const review = (await ctx.app.inject({ url: `/v1/claims/${id}/claim-review`, headers: ctx.auth('reader') })).json();
  t.equal(review.itemReviewed.author.name, 'A blogger', 'the ClaimReview shows the published claimant');
  t.equal((await changeStatus(ctx, id, 'false', 'Still futile.')).statusCode, 200);
  t.equal((await ctx.app.inject({ method: 'POST', url: `/v1/claims/${id}/publication`, headers: ctx.auth('reviewer') })).statusCode, 200);
  const after = await ctx.app.inject({ url: `/fact-checks/${slug}` });
  t.match(after.body, /7,000 bitcoins/, 'published: the new text shows');
  t.match(after.body, /nobody has reviewed yet/, 'and the new evidence');
});

t.test('index search shows published fact-checks only', async (t) => {
  const ctx = await build(t);
  const { slug } = await publishedClaim(ctx, { text: 'Pyongyang hosted a bitcoin mining expo in 2019.' });
  const unpublished = await createClaim(ctx, { text: 'Pyongyang banned bitcoin mining in 2020.' });
  const res = await ctx.app.inject({ url: '/fact-checks?q=pyongyang%20bitcoin' });
  t.equal(res.statusCode, 200);
  t.match(res.body, new RegExp(`href="/fact-checks/${slug}"`));
  t.notMatch(res.body, /banned bitcoin/);
  t.notMatch(res.body, new RegExp(unpublished.id));
  t.match(res.body, /value="pyongyang bitcoin"/, 'the query stays in the search box');
});

t.test('claim text cannot inject markup: HTML escaped, JSON-LD kept intact', async (t) => {
  const ctx = await build(t);
  const evil = 'Hackers stole 5 BTC </script><script>alert(1)</script> <img src=x onerror=alert(2)> "quoted" & more.';
  const { slug } = await publishedClaim(ctx, { text: evil, claimant: '"><svg onload=alert(3)>', appearances: [{ url: 'https://example.com/a?x=<b>', date: '2024-01-02' }, { url: 'https://example.com/b' }] });
  const page = await ctx.app.inject({ url: `/fact-checks/${slug}` });
  t.equal(page.statusCode, 200);
  t.notMatch(page.body, /<script>alert/);
  t.notMatch(page.body, /<img src=x/);
  t.notMatch(page.body, /<svg onload/);
  t.notMatch(page.body, /<i>rare<\/i>/, 'the rationale is text, not markup');
  t.notMatch(page.body, /<b>says<\/b>/, 'notes are text, not markup');
  t.equal((page.body.match(/<script/g) ?? []).length, 1, 'one script element: the JSON-LD');
  const doc = ldOf(page.body);
  t.match(doc.name, /<\/script><script>alert\(1\)<\/script>/, 'the JSON-LD carries the text unchanged');
  t.same(doc.itemReviewed.appearance.map((a: { url: string }) => a.url), ['https://example.com/a?x=<b>', 'https://example.com/b'], 'several appearances');
  const search = await ctx.app.inject({ url: `/fact-checks?q=${encodeURIComponent('"><script>alert(4)</script>')}` });
  t.equal(search.statusCode, 200);
  t.notMatch(search.body, /<script>alert\(4\)/);
});

t.test('REVIEW_URL_TEMPLATE: the ClaimReview url and canonical link point at the newsroom\'s site', async (t) => {
  const ctx = await build(t, { reviewUrlTemplate: 'https://news.example/fact-checks/{slug}' });
  const { id, slug, url } = await publishedClaim(ctx, { text: 'Bitcoin mining in North Korea doubled in 2018.' });
  t.equal(url, `https://news.example/fact-checks/${slug}`);
  const page = await ctx.app.inject({ url: `/fact-checks/${slug}` });
  t.equal(ldOf(page.body).url, url);
  t.match(page.body, `<link rel="canonical" href="${url}">`);
  const review = await ctx.app.inject({ url: `/v1/claims/${id}/claim-review`, headers: ctx.auth('reader') });
  t.equal(review.json().url, url);
  t.ok(SYSTEM_ACTOR_ID);
});
