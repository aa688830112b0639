// GET /v1/claims/{id}/similar and GET /v1/claims/{id}/claim-review.
import t from 'tap';
import { buildWithClaims, claimWithEvidence } from '../search-helper.js';

t.test('GET /v1/claims/{id}/similar', async (t) => {
  const ctx = await buildWithClaims(t);
  const similar = (id: string, query = '') => ctx.app.inject({ method: 'GET', url: `/v1/claims/${id}/similar${query}`, headers: ctx.auth('reader') });

  t.test('ranks related claims, leaves the claim itself out', async (t) => {
    const id = ctx.ids.get('youbit-hack-april-2017')!;
    const res = await similar(id, '?limit=5');
    t.equal(res.statusCode, 200);
    const data = res.json().data as Array<{ id: string; similarity: number; match: { score: number } }>;
    t.ok(data.length > 0 && data.length <= 5);
    t.notOk(data.some((c) => c.id === id));
    t.ok(data.slice(0, 3).some((c) => c.id === ctx.ids.get('youbit-bankruptcy')), 'the other Youbit hack is among the first three');
    for (let i = 1; i < data.length; i++) t.ok(data[i]!.match.score <= data[i - 1]!.match.score, 'best first');
    t.ok(data.every((c) => c.similarity >= 0 && c.similarity <= 1));
  });

  t.test('the 11 BTC claim is similar to the 11,000 BTC claim but not a duplicate of it', async (t) => {
    const data = (await similar(ctx.ids.get('nk-11000-btc-2017')!)).json().data as Array<{ id: string; similarity: number }>;
    const eleven = data.find((c) => c.id === ctx.ids.get('nk-mined-11-btc'));
    t.ok(eleven, 'listed');
    t.ok(eleven!.similarity < 0.5, `similarity ${eleven!.similarity} below the duplicate threshold`);
  });

  t.test('errors', async (t) => {
    t.equal((await similar('clm_00000000000000000000000000')).statusCode, 404);
    t.equal((await similar('not-an-id')).statusCode, 400);
    t.equal((await similar(ctx.ids.get('nk-11000-btc-2017')!, '?limit=0')).statusCode, 400);
    t.equal((await similar(ctx.ids.get('nk-11000-btc-2017')!, '?limit=51')).statusCode, 400);
    t.equal((await ctx.app.inject({ method: 'GET', url: `/v1/claims/${ctx.ids.get('nk-11000-btc-2017')}/similar` })).statusCode, 401);
  });
});

t.test('GET /v1/claims/{id}/claim-review', async (t) => {
  const ctx = await buildWithClaims(t);
  const review = (id: string) => ctx.app.inject({ method: 'GET', url: `/v1/claims/${id}/claim-review`, headers: ctx.auth('reader') });

  t.test('schema.org JSON-LD for a verified claim', async (t) => {
    const id = ctx.ids.get('nk-blockchain-conference-oct-2018')!;
    const res = await review(id);
    t.equal(res.statusCode, 200);
    t.match(res.headers['content-type'], /^application\/ld\+json/);
    const doc = res.json();
    t.equal(doc['@context'], 'https://schema.org');
    t.equal(doc['@type'], 'ClaimReview');
    t.match(doc.url, /^http:\/\/127\.0\.0\.1:3000\/fact-checks\/north-korea-planned-to-hold-a-two-day-blockchain-and-[0-9a-z]{6}$/, 'url is the public page');
    t.match(doc.claimReviewed, /^North Korea planned/);
    t.ok(doc.claimReviewed.length <= 75, 'claimReviewed is a summary of at most 75 characters');
    t.same(doc.author, { '@type': 'Organization', name: 'ClaimLedger', url: 'http://127.0.0.1:3000' });
    t.match(doc.reviewRating, { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'True' });
    t.match(doc.reviewRating.ratingExplanation, /announced plan/);
    t.match(doc.itemReviewed, { '@type': 'Claim', author: { '@type': 'Organization', name: /Radio Free Asia/ } });
    t.ok(Date.parse(doc.datePublished));
  });

  t.test('verdict-to-rating mapping: Misleading 3, False 1, Unverifiable 3 (the midpoint)', async (t) => {
    t.match((await review(ctx.ids.get('crypto-laundered-without-trace')!)).json().reviewRating, { ratingValue: 3, alternateName: 'Misleading' });
    const unverifiable = (await review(ctx.ids.get('crypto-best-way-foreign-currency')!)).json().reviewRating;
    t.equal(unverifiable.alternateName, 'Unverifiable');
    t.match(unverifiable, { ratingValue: 3, bestRating: 5, worstRating: 1, name: 'Unverifiable' });
    const { claimId } = await claimWithEvidence(ctx, { text: 'Pigs fly over Pyongyang.', content: 'No pig was ever seen flying over Pyongyang.', quote: 'No pig was ever seen flying over Pyongyang.', stance: 'contradicts', verdict: 'false' });
    t.match((await review(claimId)).json().reviewRating, { ratingValue: 1, alternateName: 'False' });
  });

  t.test('the first appearance URL becomes itemReviewed.appearance', async (t) => {
    const created = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'), payload: { text: 'Unicorns were sighted in 2019.', firstAppearance: { url: 'https://example.com/unicorns' } } });
    const id = created.json().id as string;
    const { services } = ctx.app;
    const { source } = await services.sources.create('key_system', { title: 'Zoo', kind: 'news', citation: 'zoo', content: 'No unicorns were sighted in 2019.' });
    await services.evidence.add('key_system', id, '*', { sourceId: source.id, stance: 'context', quote: null });
    await services.claims.setStatus({ id: 'key_system', name: 'system', role: 'admin' }, id, '*', 'in_review', null);
    await services.claims.setStatus({ id: 'key_system', name: 'system', role: 'admin' }, id, '*', 'misleading', 'Only rumours.');
    const doc = (await review(id)).json();
    t.same(doc.itemReviewed.firstAppearance, { '@type': 'CreativeWork', url: 'https://example.com/unicorns' });
    t.same(doc.itemReviewed.appearance, [{ '@type': 'CreativeWork', url: 'https://example.com/unicorns' }]);
  });

  t.test('a claim without a verdict: 404 CLAIM_REVIEW_NOT_FOUND; an unknown claim: 404 CLAIM_NOT_FOUND', async (t) => {
    const pending = await review(ctx.ids.get('nk-11000-btc-2017')!);
    t.equal(pending.statusCode, 404);
    t.match(pending.headers['content-type'], /^application\/problem\+json/);
    t.match(pending.json(), { code: 'CLAIM_REVIEW_NOT_FOUND', claimStatus: 'in_review', status: 404 });
    const unknown = await review('clm_00000000000000000000000000');
    t.equal(unknown.json().code, 'CLAIM_NOT_FOUND');
    t.equal((await review('nope')).statusCode, 400);
    t.equal((await ctx.app.inject({ method: 'GET', url: `/v1/claims/${ctx.ids.get('lazarus-sony-2014')}/claim-review` })).statusCode, 401);
  });
});
