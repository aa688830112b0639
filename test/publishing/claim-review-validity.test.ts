// Every ClaimReview ClaimLedger emits — on the seed data and on fresh verdicts (a person and an organisation
// claimant, several appearances, a correction, a custom scale, a preview before publication), from the
// API and embedded in the public pages — expands against schema.org with no unknown term and has every
// property Google requires; recommended ones are missing only where the data has nothing to say.
import t, { type Test } from 'tap';
import type { RatingScale } from '../../src/domain/rating-scale.js';
import { loadSeed } from '../../src/services/seed.js';
import { addEvidence, build, changeStatus, createClaim, createSource, SNAPSHOT, type TestContext } from '../helper.js';
import { validateClaimReview } from './claim-review-validator.js';

const fromPage = (body: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(body)![1]!);

async function check(t: Test, ctx: TestContext, claimId: string, label: string, allowedMissing: string[] = []) {
  const api = await ctx.app.inject({ url: `/v1/claims/${claimId}/claim-review`, headers: ctx.auth('reader') });
  t.equal(api.statusCode, 200, `${label}: the API answers`);
  const docs = [['API', api.json()]] as Array<[string, unknown]>;
  const pub = await ctx.app.inject({ url: `/v1/claims/${claimId}/publication`, headers: ctx.auth('reader') });
  if (pub.statusCode === 200) {
    const page = await ctx.app.inject({ url: `/fact-checks/${pub.json().slug}` });
    t.equal(page.statusCode, 200);
    docs.push(['page', fromPage(page.body)]);
    t.same(docs[1]![1], docs[0]![1], `${label}: the page embeds the same document the API serves`);
  }
  for (const [where, doc] of docs) {
    const result = await validateClaimReview(doc);
    t.same(result.vocabulary, [], `${label} (${where}): every term is schema.org vocabulary`);
    t.same(result.required, [], `${label} (${where}): every required property, within Google's limits`);
    t.same(result.recommended, allowedMissing, `${label} (${where}): recommended properties${allowedMissing.length ? ` (missing only ${allowedMissing.join(', ')})` : ''}`);
  }
}

t.test('the seed data', async (t) => {
  const ctx = await build(t);
  await loadSeed(ctx.app.services);
  const published = await ctx.app.services.publications.list({ limit: 100 });
  t.equal(published.length, 4);
  for (const { publication } of published) {
    const claim = await ctx.app.services.claims.get(publication.claimId);
    // The seed's sources have no URL and most claims no date: the appearance is named, the date absent.
    await check(t, ctx, publication.claimId, publication.slug, claim.claimDate ? [] : ['Claim.datePublished']);
  }
});

async function verdict(ctx: TestContext, body: Record<string, unknown>, status = 'false', label?: string) {
  const claim = await createClaim(ctx, body);
  const source = await createSource(ctx, { content: SNAPSHOT, publishedAt: '2018-06-01' });
  t.equal((await addEvidence(ctx, claim.id, { sourceId: source.id, stance: 'contradicts', quote: 'were futile' })).statusCode, 201);
  t.equal((await addEvidence(ctx, claim.id, { sourceId: source.id, stance: 'supports', quote: 'more than 11,000 bitcoins' })).statusCode, 201);
  t.equal((await changeStatus(ctx, claim.id, 'in_review')).statusCode, 200);
  const version = (await ctx.app.inject({ url: `/v1/claims/${claim.id}`, headers: ctx.auth('reader') })).json().version;
  const res = await ctx.app.inject({
    method: 'POST', url: `/v1/claims/${claim.id}/status`, headers: ctx.auth('reviewer', { 'if-match': `"${version}"` }),
    payload: { status, rationale: 'KDB found the mining futile.', ...(label ? { label } : {}) },
  });
  t.equal(res.statusCode, 200, res.body);
  return claim.id as string;
}
const publish = (ctx: TestContext, id: string) => ctx.app.inject({ method: 'POST', url: `/v1/claims/${id}/publication`, headers: ctx.auth('reviewer') });

t.test('fresh verdicts: person and organisation claimants, several appearances, a correction, a preview', async (t) => {
  const ctx = await build(t);
  const person = await verdict(ctx, {
    text: 'North Korea mined more than 11,000 bitcoins in 2017.', claimant: 'Jane Doe', claimantType: 'Person', claimDate: '2018-03-01',
    appearances: [{ url: 'https://example.com/tv', date: '2018-03-01' }, { url: 'https://example.com/blog', date: '2018-03-04T10:00:00Z' }, { url: 'https://example.com/post' }],
  });
  await check(t, ctx, person, 'unpublished verdict (preview)');
  t.equal((await publish(ctx, person)).statusCode, 201);
  await check(t, ctx, person, 'person claimant, three appearances');

  const org = await verdict(ctx, { text: 'The NSA said North Korea harvested 11,000 bitcoins.', claimant: 'NSA', claimantType: 'Organization', claimDate: '2018-03-01', firstAppearance: { url: 'https://example.com/nsa' } }, 'verified');
  t.equal((await publish(ctx, org)).statusCode, 201);
  await check(t, ctx, org, 'organisation claimant, first appearance URL');

  // Re-opened and corrected: dateModified.
  t.equal((await changeStatus(ctx, org, 'in_review', 'New source.')).statusCode, 200);
  await check(t, ctx, org, 'under re-review');
  t.equal((await changeStatus(ctx, org, 'misleading', 'Partly right.')).statusCode, 200);
  t.equal((await publish(ctx, org)).statusCode, 200);
  const corrected = (await ctx.app.inject({ url: `/v1/claims/${org}/claim-review`, headers: ctx.auth('reader') })).json();
  t.ok(corrected.dateModified, 'dateModified after a correction');
  await check(t, ctx, org, 'corrected');
});

t.test('a custom rating scale', async (t) => {
  const scale: RatingScale = {
    name: 'Meter', bestRating: 0, worstRating: 10, // a reversed scale: 0 is best
    labels: [
      { label: 'Accurate', ratingValue: 0, verdict: 'verified' }, { label: 'Missing context', ratingValue: 4, verdict: 'misleading' },
      { label: 'Pants on fire', ratingValue: 10, verdict: 'false' }, { label: 'Unproven', ratingValue: 5, verdict: 'unverifiable' },
    ],
  };
  const ctx = await build(t, { ratingScale: scale });
  const id = await verdict(ctx, { text: 'Bitcoin mining made North Korea rich in 2017.', claimant: 'A pundit', claimantType: 'Person', claimDate: '2019-01-01', appearances: [{ url: 'https://example.com/pundit' }] }, 'false', 'Pants on fire');
  t.equal((await publish(ctx, id)).statusCode, 201);
  const doc = (await ctx.app.inject({ url: `/v1/claims/${id}/claim-review`, headers: ctx.auth('reader') })).json();
  t.same(doc.reviewRating, { '@type': 'Rating', ratingValue: 10, bestRating: 0, worstRating: 10, name: 'Pants on fire', alternateName: 'Pants on fire', ratingExplanation: 'KDB found the mining futile.' });
  await check(t, ctx, id, 'custom scale');
});

t.test('the validator itself catches what it should', async (t) => {
  const good = {
    '@context': 'https://schema.org', '@type': 'ClaimReview', url: 'https://example.com/fc', claimReviewed: 'Short', datePublished: '2026-01-01',
    author: { '@type': 'Organization', name: 'Desk' },
    reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, name: 'False', alternateName: 'False' },
    itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'X' }, datePublished: '2025-01-01', appearance: [{ '@type': 'CreativeWork', url: 'https://e.com' }], firstAppearance: { '@type': 'CreativeWork', url: 'https://e.com' } },
  };
  t.same(await validateClaimReview(good), { vocabulary: [], required: [], recommended: [] });
  const bad = await validateClaimReview({ ...good, claimReviwed: 'typo', claimReviewed: 'x'.repeat(80), reviewRating: { '@type': 'Rating', ratingValue: 9, bestRating: 5, worstRating: 1 }, itemReviewed: { '@type': 'Claim', author: { '@type': 'Thing', name: 'X' } } });
  t.match(bad.vocabulary, [/claimReviwed: not schema.org vocabulary/]);
  t.match(bad.required.join('\n'), /80 characters/);
  t.match(bad.required.join('\n'), /Rating\.alternateName/);
  t.match(bad.required.join('\n'), /outside 1–5/);
  t.match(bad.required.join('\n'), /Claim\.author is a Thing/);
  t.match(bad.recommended, ['Rating.name', 'Claim.datePublished', 'Claim.appearance', 'Claim.firstAppearance']);
  // Any other context would need the network: the loader refuses it, so expansion fails.
  await t.rejects(validateClaimReview({ ...good, '@context': 'https://elsewhere.example/context' }), /elsewhere\.example/);
});
