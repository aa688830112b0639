// Idempotency-Key on POST: a retry replays the first response, a reused key with another body is 422,
// and keys belong to the API key that sent them.
import t from 'tap';
import { assertProblem, build, changeStatus, claimWithSource, counts } from '../helper.js';

const BODY = { text: 'Hackers stole 40% of the assets of Youbit.', claimant: 'Yonhap', tags: ['youbit'] };

t.test('the same key and body replays the first response', async (t) => {
  const ctx = await build(t);
  const post = () => ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker', { 'idempotency-key': 'retry-1' }), payload: BODY });
  const first = await post();
  t.equal(first.statusCode, 201);
  t.notOk(first.headers['idempotent-replayed'], 'the first response is not a replay');
  const after = await counts(ctx);

  const second = await post();
  t.equal(second.statusCode, 201);
  t.equal(second.headers['idempotent-replayed'], 'true');
  t.equal(second.json().id, first.json().id, 'same claim');
  t.same(second.json(), first.json(), 'same body');
  t.equal(second.headers.location, first.headers.location);
  t.equal(second.headers.etag, first.headers.etag);
  t.match(String(second.headers['content-type']), /^application\/json/);
  t.same(await counts(ctx), after, 'nothing new: one claim, one audit event');
  t.equal((await counts(ctx)).claims, 1);

  const spaced = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker', { 'idempotency-key': 'retry-1', 'content-type': 'application/json' }), payload: JSON.stringify({ tags: ['youbit'], claimant: 'Yonhap', text: BODY.text }, null, 2) });
  t.equal(spaced.headers['idempotent-replayed'], 'true', 'the same JSON with other key order and spacing is the same request');
});

t.test('the same key with another body is 422 and creates nothing', async (t) => {
  const ctx = await build(t);
  await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker', { 'idempotency-key': 'k' }), payload: BODY });
  const before = await counts(ctx);
  const other = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker', { 'idempotency-key': 'k' }), payload: { ...BODY, claimant: 'Someone else' } });
  assertProblem(t, other, 422, 'IDEMPOTENCY_KEY_REUSED');
  const otherRoute = await ctx.app.inject({ method: 'POST', url: '/v1/sources', headers: ctx.auth('checker', { 'idempotency-key': 'k' }), payload: { citation: 'x', title: 'x', kind: 'news' } });
  assertProblem(t, otherRoute, 422, 'IDEMPOTENCY_KEY_REUSED');
  t.same(await counts(ctx), before);
});

t.test('keys are per API key', async (t) => {
  const ctx = await build(t);
  const as = (role: 'checker' | 'reviewer') => ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth(role, { 'idempotency-key': 'shared' }), payload: BODY });
  const a = await as('checker');
  const b = await as('reviewer');
  t.equal(a.statusCode, 201);
  t.equal(b.statusCode, 201);
  t.notOk(b.headers['idempotent-replayed'], 'another key never sees my response');
  t.not(a.json().id, b.json().id);
  t.equal(b.json().createdBy.name, 'reviewer key');
  t.equal((await counts(ctx)).claims, 2);
});

t.test('without a key, each POST is a new request', async (t) => {
  const ctx = await build(t);
  for (let i = 0; i < 2; i++) t.equal((await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'), payload: BODY })).statusCode, 201);
  t.equal((await counts(ctx)).claims, 2);
});

t.test('a status change retried with its key is not applied twice', async (t) => {
  const ctx = await build(t);
  const { claimId } = await claimWithSource(ctx);
  const post = () => ctx.app.inject({ method: 'POST', url: `/v1/claims/${claimId}/status`, headers: ctx.auth('checker', { 'if-match': '"1"', 'idempotency-key': 'move-1' }), payload: { status: 'in_review' } });
  const first = await post();
  t.equal(first.statusCode, 200);
  const retry = await post();
  t.equal(retry.statusCode, 200, 'replayed, not 412 or 409');
  t.equal(retry.headers['idempotent-replayed'], 'true');
  t.equal(retry.json().version, 2);
  t.equal(retry.headers.etag, '"2"');
  const again = await changeStatus(ctx, claimId, 'in_review', null, 'checker');
  t.equal(again.json().rule, 'status-unchanged', 'without the key the same change is refused');
});

t.test('a source POST retried with its key replays 201, not the 200 of a duplicate', async (t) => {
  const ctx = await build(t);
  const body = { url: 'https://example.com/a', title: 'A', kind: 'news' };
  const post = () => ctx.app.inject({ method: 'POST', url: '/v1/sources', headers: ctx.auth('checker', { 'idempotency-key': 'src-1' }), payload: body });
  const first = await post();
  const retry = await post();
  t.equal(first.statusCode, 201);
  t.equal(retry.statusCode, 201);
  t.equal(retry.json().id, first.json().id);
  t.equal((await counts(ctx)).sources, 1);
});

t.test('a request refused by validation does not use up the key; a refused one is replayed as refused', async (t) => {
  const ctx = await build(t);
  const invalid = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker', { 'idempotency-key': 'v' }), payload: { text: '' } });
  assertProblem(t, invalid, 400, 'VALIDATION_FAILED');
  const valid = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker', { 'idempotency-key': 'v' }), payload: BODY });
  t.equal(valid.statusCode, 201);

  const { claimId, sourceId } = await claimWithSource(ctx);
  const evidence = () => ctx.app.inject({ method: 'POST', url: `/v1/claims/${claimId}/evidence`, headers: ctx.auth('checker', { 'idempotency-key': 'e' }), payload: { sourceId, stance: 'supports', quote: 'not in the article' } });
  const refused = await evidence();
  assertProblem(t, refused, 422, 'QUOTE_NOT_IN_SOURCE');
  const retried = await evidence();
  assertProblem(t, retried, 422, 'QUOTE_NOT_IN_SOURCE');
  t.same(retried.json(), refused.json(), 'the same answer');
});

t.test('concurrent retries create one claim', async (t) => {
  const ctx = await build(t);
  const post = () => ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker', { 'idempotency-key': 'race' }), payload: BODY });
  const results = await Promise.all([post(), post(), post()]);
  for (const r of results) t.ok(r.statusCode === 201 || r.statusCode === 409, `201 or 409 in progress, got ${r.statusCode}`);
  t.equal(new Set(results.filter((r) => r.statusCode === 201).map((r) => r.json().id)).size, 1);
  t.equal((await counts(ctx)).claims, 1);
});

t.test('a key longer than 255 characters is 400', async (t) => {
  const ctx = await build(t);
  const res = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker', { 'idempotency-key': 'k'.repeat(256) }), payload: BODY });
  assertProblem(t, res, 400, 'VALIDATION_FAILED');
  t.equal((await counts(ctx)).claims, 0);
});
