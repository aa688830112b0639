// Details a reviewer notices: who reviewed a claim, no-op edits, and near-identical duplicate quotes.
import t from 'tap';
import { addEvidence, assertProblem, build, changeStatus, counts, createClaim, createSource, retractEvidence, SNAPSHOT } from '../helper.js';

t.test('a claim without a verdict shows no reviewer: re-opening (by hand or automatically) clears it', async (t) => {
  const ctx = await build(t);
  const claim = await createClaim(ctx, { text: 'North Korea harvested more than 11,000 bitcoins in 2017.' });
  const source = await createSource(ctx, { content: SNAPSHOT });
  const ev = (await addEvidence(ctx, claim.id, { sourceId: source.id, stance: 'supports', quote: 'harvested more than 11,000 bitcoins in 2017' })).json();
  await changeStatus(ctx, claim.id, 'in_review', null, 'checker');
  const verified = (await changeStatus(ctx, claim.id, 'verified', 'Quoted verbatim.')).json();
  t.equal(verified.reviewedBy.name, 'reviewer key');
  t.ok(verified.reviewedAt);

  const reopened = (await changeStatus(ctx, claim.id, 'in_review', 'New contradicting report.')).json();
  t.equal(reopened.status, 'in_review');
  t.equal(reopened.reviewedBy, null);
  t.equal(reopened.reviewedAt, null);

  await changeStatus(ctx, claim.id, 'verified', 'Checked again.');
  t.equal((await retractEvidence(ctx, claim.id, ev.id, 'Misattributed')).statusCode, 200);
  const auto = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claim.id}`, headers: ctx.auth('reader') })).json();
  t.equal(auto.status, 'in_review');
  t.equal(auto.reviewedBy, null, 'the automatic re-opening clears the reviewer too');
});

t.test('a source PATCH that changes nothing keeps the version and writes no event', async (t) => {
  const ctx = await build(t);
  const source = await createSource(ctx, { publisher: 'FX Empire' });
  const before = (await counts(ctx)).audit;
  const res = await ctx.app.inject({ method: 'PATCH', url: `/v1/sources/${source.id}`, headers: ctx.auth('checker', { 'if-match': '"1"' }), payload: { publisher: 'FX Empire' } });
  t.equal(res.statusCode, 200);
  t.equal(res.json().version, 1);
  t.equal(res.headers.etag, '"1"');
  t.equal((await counts(ctx)).audit, before);
});

t.test('the same quote typed with other apostrophes or spacing is a duplicate', async (t) => {
  const ctx = await build(t);
  const claim = await createClaim(ctx);
  const source = await createSource(ctx, { content: SNAPSHOT });
  t.equal((await addEvidence(ctx, claim.id, { sourceId: source.id, stance: 'contradicts', quote: 'North Korea’s efforts of mining Bitcoin' })).statusCode, 201);
  const dup = await addEvidence(ctx, claim.id, { sourceId: source.id, stance: 'contradicts', quote: "North  Korea's efforts of mining Bitcoin" });
  assertProblem(t, dup, 409, 'DUPLICATE_EVIDENCE');
});
