// Publishing a verdict: first publication, re-review, correction, withdrawal (410) and the audit events.
import t from 'tap';
import { addEvidence, assertProblem, build, changeStatus, claimWithSource, type TestContext } from '../helper.js';

async function verdictClaim(ctx: TestContext, status = 'verified') {
  const { claimId, sourceId } = await claimWithSource(ctx);
  t.equal((await addEvidence(ctx, claimId, { sourceId, stance: 'supports', quote: 'harvested more than 11,000 bitcoins in 2017' })).statusCode, 201);
  t.equal((await addEvidence(ctx, claimId, { sourceId, stance: 'contradicts', quote: 'were futile' })).statusCode, 201);
  t.equal((await changeStatus(ctx, claimId, 'in_review')).statusCode, 200);
  t.equal((await changeStatus(ctx, claimId, status, 'The NSA figure is quoted verbatim.')).statusCode, 200);
  return claimId;
}

const publish = (ctx: TestContext, id: string, body?: object, role: 'reviewer' | 'admin' | 'checker' | 'reader' = 'reviewer') =>
  ctx.app.inject({ method: 'POST', url: `/v1/claims/${id}/publication`, headers: ctx.auth(role), ...(body ? { payload: body } : {}) });
const unpublish = (ctx: TestContext, id: string, body: object, role: 'reviewer' | 'checker' = 'reviewer') =>
  ctx.app.inject({ method: 'DELETE', url: `/v1/claims/${id}/publication`, headers: ctx.auth(role), payload: body });
const events = async (ctx: TestContext, id: string) =>
  (await ctx.app.inject({ method: 'GET', url: `/v1/audit/events?claimId=${id}&limit=100`, headers: ctx.auth('auditor') })).json().data as Array<{ action: string; reason: string | null; seq: number; hash: string; changes: Record<string, unknown> }>;

t.test('publish, re-open, re-publish with a correction, withdraw and publish again', async (t) => {
  const ctx = await build(t);
  const id = await verdictClaim(ctx);

  const first = await publish(ctx, id);
  t.equal(first.statusCode, 201, first.body);
  const p1 = first.json();
  t.match(p1, { claimId: id, state: 'published', underReview: false, dateModified: null, withdrawn: null, rating: { verdict: 'verified', label: 'True', ratingValue: 5, bestRating: 5, worstRating: 1 } });
  t.match(p1.slug, /^north-korea-harvested-more-than-11000-bitcoins-in-2017-[0-9a-z]{6}$/);
  t.equal(p1.url, `${ctx.app.services.config.publicBaseUrl}/fact-checks/${p1.slug}`);
  t.ok(p1.claimReviewed.length <= 75, 'claimReviewed fits 75 characters');
  t.equal(p1.history.length, 1);
  let log = await events(ctx, id);
  const published = log.filter((e) => e.action === 'verdict.published');
  t.equal(published.length, 1, 'one verdict.published event');
  t.same(p1.rating.audit, { seq: published[0]!.seq, hash: published[0]!.hash }, 'the rating names its audit event');

  const again = await publish(ctx, id);
  t.equal(again.statusCode, 200, 'publishing the same verdict again changes nothing');
  t.equal((await events(ctx, id)).length, log.length, 'and writes no event');

  // Re-opened: the page keeps the earlier rating and says it is under re-review.
  t.equal((await changeStatus(ctx, id, 'in_review', 'New evidence from KDB.')).statusCode, 200);
  const reviewing = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${id}/publication`, headers: ctx.auth('reader') })).json();
  t.match(reviewing, { state: 'published', underReview: true, slug: p1.slug, rating: { label: 'True' } });
  const review = await ctx.app.inject({ method: 'GET', url: `/v1/claims/${id}/claim-review`, headers: ctx.auth('reader') });
  t.equal(review.statusCode, 200, 'the ClaimReview still answers while the claim is re-reviewed');
  t.match(review.json(), { url: p1.url, reviewRating: { alternateName: 'True', name: 'True', ratingValue: 5 } });
  assertProblem(t, await publish(ctx, id), 409, 'NOTHING_TO_PUBLISH');

  // A new verdict, published: a correction with dateModified and the earlier rating in the history.
  t.equal((await changeStatus(ctx, id, 'misleading', 'Mining was futile, per KDB.')).statusCode, 200);
  const pending = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${id}/publication`, headers: ctx.auth('reader') })).json();
  t.match(pending, { underReview: true, rating: { label: 'True' } }, 'a new verdict is not shown until it is published');
  const second = await publish(ctx, id, { claimReviewed: 'North Korea harvested 11,000+ bitcoins in 2017' });
  t.equal(second.statusCode, 200, second.body);
  const p2 = second.json();
  t.match(p2, { slug: p1.slug, url: p1.url, underReview: false, claimReviewed: 'North Korea harvested 11,000+ bitcoins in 2017', rating: { verdict: 'misleading', label: 'Misleading', ratingValue: 3 } });
  t.ok(p2.dateModified, 'dateModified is set');
  t.same(p2.history.map((r: { label: string }) => r.label), ['True', 'Misleading'], 'the history lists the earlier rating');
  log = await events(ctx, id);
  const updated = log.filter((e) => e.action === 'verdict.updated');
  t.equal(updated.length, 1, 'a verdict.updated event');
  t.match(updated[0]!.changes, { label: { from: 'True', to: 'Misleading' }, ratingValue: { from: 5, to: 3 } });

  // Withdrawn: a reason is required; the ClaimReview answers 410.
  assertProblem(t, await unpublish(ctx, id, {}), 400, 'VALIDATION_FAILED');
  assertProblem(t, await unpublish(ctx, id, { reason: 'x' }, 'checker'), 403, 'FORBIDDEN');
  const gone = await unpublish(ctx, id, { reason: 'Legal asked us to hold it.' });
  t.equal(gone.statusCode, 200, gone.body);
  t.match(gone.json(), { state: 'withdrawn', withdrawn: { reason: 'Legal asked us to hold it.' } });
  t.match((await events(ctx, id)).at(-1), { action: 'verdict.unpublished', reason: 'Legal asked us to hold it.' });
  assertProblem(t, await unpublish(ctx, id, { reason: 'again' }), 409, 'PUBLICATION_ALREADY_WITHDRAWN');
  const review410 = await ctx.app.inject({ method: 'GET', url: `/v1/claims/${id}/claim-review`, headers: ctx.auth('reader') });
  t.equal(assertProblem(t, review410, 410, 'FACT_CHECK_WITHDRAWN').reason, 'Legal asked us to hold it.');

  // Published again: back, with the same slug, as verdict.published; no new rating (the verdict did not change).
  const back = await publish(ctx, id);
  t.equal(back.statusCode, 200);
  t.match(back.json(), { state: 'published', slug: p1.slug, withdrawn: null });
  t.equal(back.json().history.length, 2);
  t.equal((await events(ctx, id)).at(-1)!.action, 'verdict.published');
});

t.test('refusals: no verdict, never published, bad input, roles', async (t) => {
  const ctx = await build(t);
  const { claimId } = await claimWithSource(ctx);
  assertProblem(t, await publish(ctx, claimId), 409, 'NOTHING_TO_PUBLISH');
  assertProblem(t, await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}/publication`, headers: ctx.auth('reader') }), 404, 'PUBLICATION_NOT_FOUND');
  assertProblem(t, await unpublish(ctx, claimId, { reason: 'x' }), 404, 'PUBLICATION_NOT_FOUND');
  assertProblem(t, await publish(ctx, 'clm_00000000000000000000000000'), 404, 'CLAIM_NOT_FOUND');
  const id = await verdictClaim(ctx);
  assertProblem(t, await publish(ctx, id, { claimReviewed: 'x'.repeat(76) }), 400, 'VALIDATION_FAILED');
  assertProblem(t, await publish(ctx, id, { other: 1 }), 400, 'VALIDATION_FAILED');
  assertProblem(t, await publish(ctx, id, undefined, 'checker'), 403, 'FORBIDDEN');
  assertProblem(t, await publish(ctx, id, undefined, 'reader'), 403, 'FORBIDDEN');
  t.equal((await publish(ctx, id, undefined, 'admin')).statusCode, 201);
});

t.test('the seed data has published fact-checks', async (t) => {
  const ctx = await build(t);
  const { loadSeed } = await import('../../src/services/seed.js');
  await loadSeed(ctx.app.services);
  const list = await ctx.app.services.publications.list({ limit: 100 });
  t.equal(list.length, 4, 'the four seed verdicts are published');
  for (const { publication, latest } of list) {
    t.ok(publication.slug && latest.label, `${publication.slug}: ${latest.label}`);
    const review = await ctx.app.inject({ method: 'GET', url: `/v1/claims/${publication.claimId}/claim-review`, headers: ctx.auth('reader') });
    t.equal(review.statusCode, 200);
    t.ok(review.json().claimReviewed.length <= 75);
  }
});
