// GET /v1/claims/{id}/history: the claim's and its evidence's events, oldest first, paged by seq.
import t from 'tap';
import { build } from '../helper.js';
import { populate } from '../audit-helper.js';

t.test('lists the claim and evidence events with actor and reason, oldest first', async (t) => {
  const ctx = await build(t);
  const { claimId, evidenceId } = await populate(ctx.app.services);
  await populate(ctx.app.services); // another claim, whose events must not show
  const res = await ctx.app.inject({ url: `/v1/claims/${claimId}/history?limit=100`, headers: ctx.auth('auditor') });
  t.equal(res.statusCode, 200);
  const { data, nextCursor } = res.json();
  t.equal(nextCursor, null);
  t.same(data.map((e: { action: string }) => e.action), [
    'claim.created', 'evidence.added', 'claim.status_changed', 'claim.status_changed', 'evidence.retracted', 'claim.auto_reopened', 'claim.updated',
  ]);
  t.ok(data.every((e: { claimId: string }) => e.claimId === claimId), 'only this claim');
  t.ok(data.every((e: { seq: number }, i: number) => i === 0 || e.seq > data[i - 1].seq), 'oldest first');
  t.same(data[0].actor, { id: 'key_system', name: 'system' }, 'the actor has an id and a name');
  t.match(data[1], { entity: { type: 'evidence', id: evidenceId }, changes: { stance: { from: null, to: 'supports' } } });
  t.match(data[3], { changes: { status: { from: 'in_review', to: 'verified' } }, reason: 'The NSA figure is quoted verbatim.' });
  t.match(data[4], { reason: 'Wrong article.', changes: { retractionReason: { from: null, to: 'Wrong article.' } } });
  t.match(data[5].reason, /Automatic: retracting evidence/);
  t.match(data[0].hash, /^[0-9a-f]{64}$/);
});

t.test('pages by seq with an opaque cursor', async (t) => {
  const ctx = await build(t);
  const { claimId } = await populate(ctx.app.services);
  const seen: number[] = [];
  let url = `/v1/claims/${claimId}/history?limit=3`;
  for (let pages = 0; pages < 5; pages++) {
    const body = (await ctx.app.inject({ url, headers: ctx.auth('admin') })).json();
    seen.push(...body.data.map((e: { seq: number }) => e.seq));
    if (!body.nextCursor) break;
    url = `/v1/claims/${claimId}/history?limit=3&cursor=${body.nextCursor}`;
  }
  t.equal(seen.length, 7, 'every event once');
  t.same(seen, [...seen].sort((a, b) => a - b));
  t.equal((await ctx.app.inject({ url: `/v1/claims/${claimId}/history?cursor=bm9wZQ`, headers: ctx.auth('auditor') })).statusCode, 400, 'a forged cursor is refused');
});

t.test('errors: unknown claim 404, non-auditors 403', async (t) => {
  const ctx = await build(t);
  const { claimId } = await populate(ctx.app.services);
  t.equal((await ctx.app.inject({ url: '/v1/claims/clm_00000000000000000000000000/history', headers: ctx.auth('auditor') })).statusCode, 404);
  for (const role of ['reader', 'checker', 'reviewer'] as const) {
    const res = await ctx.app.inject({ url: `/v1/claims/${claimId}/history`, headers: ctx.auth(role) });
    t.equal(res.statusCode, 403, role);
    t.equal(res.json().requiredRole, 'auditor');
  }
});
