// The console's queue: GET /v1/claims:counts, and the 412 that tells the loser of an edit race who won.
import t from 'tap';
import { assertProblem, build, changeStatus, createClaim } from '../helper.js';

t.test('GET /v1/claims:counts counts claims per status, with the list filters', async (t) => {
  const ctx = await build(t);
  const empty = await ctx.app.inject({ url: '/v1/claims:counts', headers: ctx.auth('reader') });
  t.equal(empty.statusCode, 200);
  t.same(empty.json(), { counts: { unverified: 0, in_review: 0, verified: 0, misleading: 0, false: 0, unverifiable: 0 }, total: 0 }, 'every status, 0 when none');

  await createClaim(ctx, { text: 'First claim.', tags: ['crypto'], claimant: 'NSA' });
  await createClaim(ctx, { text: 'Second claim.', tags: ['crypto'] });
  const third = await createClaim(ctx, { text: 'Third claim.', claimant: 'NSA' });
  t.equal((await changeStatus(ctx, third.id, 'in_review')).statusCode, 200);

  const all = (await ctx.app.inject({ url: '/v1/claims:counts', headers: ctx.auth('reader') })).json();
  t.same(all, { counts: { unverified: 2, in_review: 1, verified: 0, misleading: 0, false: 0, unverifiable: 0 }, total: 3 });
  const byTag = (await ctx.app.inject({ url: '/v1/claims:counts?tag=crypto', headers: ctx.auth('reader') })).json();
  t.same(byTag.counts.unverified, 2);
  t.same(byTag.total, 2);
  const byClaimant = (await ctx.app.inject({ url: '/v1/claims:counts?claimant=NSA', headers: ctx.auth('reader') })).json();
  t.same([byClaimant.counts.unverified, byClaimant.counts.in_review, byClaimant.total], [1, 1, 2]);
  const future = new Date(Date.now() + 60_000).toISOString();
  t.equal((await ctx.app.inject({ url: `/v1/claims:counts?updatedSince=${encodeURIComponent(future)}`, headers: ctx.auth('reader') })).json().total, 0);

  assertProblem(t, await ctx.app.inject({ url: '/v1/claims:counts?updatedSince=yesterday', headers: ctx.auth('reader') }), 400, 'VALIDATION_FAILED');
  assertProblem(t, await ctx.app.inject({ url: '/v1/claims:counts' }), 401, 'UNAUTHENTICATED');
});

t.test('a stale If-Match on a claim names who changed it and when', async (t) => {
  const ctx = await build(t);
  const c = await createClaim(ctx, { text: 'Hackers stole 40% of Youbit.' });
  const first = await ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${c.id}`, headers: ctx.auth('reviewer', { 'if-match': '"1"' }), payload: { text: 'Hackers stole 17% of Youbit.' } });
  t.equal(first.statusCode, 200);
  const second = await ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${c.id}`, headers: ctx.auth('checker', { 'if-match': '"1"' }), payload: { text: 'Hackers stole 40% of Youbit in 2017.' } });
  const problem = assertProblem(t, second, 412, 'PRECONDITION_FAILED');
  t.match(problem, { currentVersion: 2, changedBy: { name: 'reviewer key' }, changedAt: first.json().updatedAt });
  t.match(problem.detail, /changed by reviewer key at .* Reload it/);
  const now = (await ctx.app.inject({ url: `/v1/claims/${c.id}`, headers: ctx.auth('reader') })).json();
  t.equal(now.text, 'Hackers stole 17% of Youbit.', 'the first edit stands; the second changed nothing');

  const status = await changeStatus(ctx, c.id, 'in_review', null, 'checker', '"1"');
  t.match(assertProblem(t, status, 412, 'PRECONDITION_FAILED'), { changedBy: { name: 'reviewer key' } }, 'status changes say so too');
});
