// A custom rating scale (labels that count as verdicts, so the evidence rules still apply), claimants typed
// Person or Organization, and several appearances with a first one.
import t from 'tap';
import type { RatingScale } from '../../src/domain/rating-scale.js';
import { addEvidence, assertProblem, build, changeStatus, createClaim, createSource, SNAPSHOT, type TestContext } from '../helper.js';

const METER: RatingScale = {
  name: 'Meter', bestRating: 6, worstRating: 1,
  labels: [
    { label: 'True', ratingValue: 6, verdict: 'verified' }, { label: 'Mostly true', ratingValue: 5, verdict: 'verified' },
    { label: 'Missing context', ratingValue: 3, verdict: 'misleading' }, { label: 'Mostly false', ratingValue: 2, verdict: 'false' },
    { label: 'Pants on fire', ratingValue: 1, verdict: 'false' }, { label: 'Unproven', ratingValue: 3, verdict: 'unverifiable' },
  ],
};

const labelled = (ctx: TestContext, id: string, status: string, label?: string) =>
  ctx.app.inject({ method: 'GET', url: `/v1/claims/${id}`, headers: ctx.auth('reader') }).then((r) => ctx.app.inject({
    method: 'POST', url: `/v1/claims/${id}/status`, headers: ctx.auth('reviewer', { 'if-match': `"${r.json().version}"` }),
    payload: { status, rationale: 'Checked against the KDB report.', ...(label === undefined ? {} : { label }) },
  }));

t.test('a custom scale: labels, their verdicts, the evidence rules and the ClaimReview', async (t) => {
  const ctx = await build(t, { ratingScale: METER });
  t.same((await ctx.app.inject({ url: '/v1/rating-scale', headers: ctx.auth('reader') })).json(), METER);

  const claim = await createClaim(ctx, { text: 'North Korea mined bitcoin at scale in May 2017.', claimant: 'KDB', claimantType: 'Organization' });
  const source = await createSource(ctx, { content: SNAPSHOT });
  t.equal((await addEvidence(ctx, claim.id, { sourceId: source.id, stance: 'supports', quote: 'harvested more than 11,000 bitcoins in 2017' })).statusCode, 201);
  t.equal((await changeStatus(ctx, claim.id, 'in_review')).statusCode, 200);

  // "Pants on fire" counts as false: false needs contradicting evidence, which the claim lacks.
  const refused = await labelled(ctx, claim.id, 'false', 'Pants on fire');
  t.equal(assertProblem(t, refused, 409, 'TRANSITION_NOT_ALLOWED').rule, 'false-needs-contradicting-evidence', 'the evidence rule of the verdict applies');
  t.match(assertProblem(t, await labelled(ctx, claim.id, 'verified', 'Pants on fire'), 400, 'VALIDATION_FAILED').detail, /counts as the verdict "false"/);
  t.match(assertProblem(t, await labelled(ctx, claim.id, 'verified', 'Half true'), 400, 'VALIDATION_FAILED').detail, /not a label of the rating scale/);
  assertProblem(t, await labelled(ctx, claim.id, 'in_review', 'True'), 400, 'VALIDATION_FAILED');

  const ok = await labelled(ctx, claim.id, 'verified', 'mostly TRUE');
  t.equal(ok.statusCode, 200, ok.body);
  t.equal(ok.json().verdictLabel, 'Mostly true', 'the verdict records its label (as the scale spells it)');
  const pub = await ctx.app.inject({ method: 'POST', url: `/v1/claims/${claim.id}/publication`, headers: ctx.auth('reviewer') });
  t.match(pub.json().rating, { verdict: 'verified', label: 'Mostly true', ratingValue: 5, bestRating: 6, worstRating: 1 });
  const doc = (await ctx.app.inject({ url: `/v1/claims/${claim.id}/claim-review`, headers: ctx.auth('reader') })).json();
  t.same(doc.reviewRating, { '@type': 'Rating', ratingValue: 5, bestRating: 6, worstRating: 1, name: 'Mostly true', alternateName: 'Mostly true', ratingExplanation: 'Checked against the KDB report.' });
  t.same(doc.itemReviewed.author, { '@type': 'Organization', name: 'KDB' });

  // Without a label, a verdict gets the scale's first label for it.
  t.equal((await changeStatus(ctx, claim.id, 'in_review', 'Re-check')).statusCode, 200);
  t.equal((await labelled(ctx, claim.id, 'unverifiable')).json().verdictLabel, 'Unproven');
});

t.test('claimants typed Person or Organization; several appearances with a first one', async (t) => {
  const ctx = await build(t);
  const claim = await createClaim(ctx, {
    text: 'Crypto is the best way for North Korea to earn foreign currency.', claimant: 'Mun Chong-hyun', claimantType: 'Person',
    appearances: [
      { url: 'https://example.com/later', date: '2018-05-02' },
      { url: 'https://example.com/undated' },
      { url: 'https://example.com/first', date: '2018-01-15' },
      { url: 'https://example.com/later', date: '2018-05-02' },
    ],
  });
  t.equal(claim.claimantType, 'Person');
  t.same(claim.appearances, [
    { url: 'https://example.com/first', date: '2018-01-15' },
    { url: 'https://example.com/later', date: '2018-05-02' },
    { url: 'https://example.com/undated', date: null },
  ], 'de-duplicated, dated ones first in date order');
  t.equal((await changeStatus(ctx, claim.id, 'in_review')).statusCode, 200);
  t.equal((await changeStatus(ctx, claim.id, 'unverifiable', 'An opinion, not a checkable fact.')).statusCode, 200);
  let doc = (await ctx.app.inject({ url: `/v1/claims/${claim.id}/claim-review`, headers: ctx.auth('reader') })).json();
  t.same(doc.itemReviewed.author, { '@type': 'Person', name: 'Mun Chong-hyun' });
  t.same(doc.itemReviewed.firstAppearance, { '@type': 'CreativeWork', url: 'https://example.com/first', datePublished: '2018-01-15' }, 'the earliest dated appearance is the first');
  t.equal(doc.itemReviewed.appearance.length, 3);

  // The claimant type and appearances stay editable with a verdict (only the text is locked).
  const version = (await ctx.app.inject({ url: `/v1/claims/${claim.id}`, headers: ctx.auth('reader') })).json().version;
  const patched = await ctx.app.inject({
    method: 'PATCH', url: `/v1/claims/${claim.id}`, headers: ctx.auth('checker', { 'if-match': `"${version}"` }),
    payload: { claimantType: 'Organization', firstAppearance: { url: 'https://example.com/undated' } },
  });
  t.equal(patched.statusCode, 200, patched.body);
  doc = (await ctx.app.inject({ url: `/v1/claims/${claim.id}/claim-review`, headers: ctx.auth('reader') })).json();
  t.equal(doc.itemReviewed.author['@type'], 'Organization');
  t.same(doc.itemReviewed.firstAppearance, { '@type': 'CreativeWork', url: 'https://example.com/undated' }, 'a named first appearance wins');
  t.equal(doc.itemReviewed.appearance[0].url, 'https://example.com/undated');
  assertProblem(t, await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'), payload: { text: 'x', claimantType: 'Robot' } }), 400, 'VALIDATION_FAILED');
  assertProblem(t, await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'), payload: { text: 'x', appearances: [{ url: 'javascript:alert(1)' }] } }), 400, 'VALIDATION_FAILED');
});
