// Requests from readers and desks: arrival with matching, linking, demand counts and their daily series,
// merge and unlink with a reason, the answered state when a verdict is published, filters and validation.
import t from 'tap';
import { addEvidence, assertProblem, build, changeStatus, claimWithSource, counts, createClaim, sql, type TestContext } from '../helper.js';

const QUESTION = 'Is it true that North Korea got 11k bitcoin in 2017?';

async function submit(ctx: TestContext, body: Record<string, unknown> = {}, role: 'reader' | 'checker' = 'reader') {
  const res = await ctx.app.inject({ method: 'POST', url: '/v1/requests', headers: ctx.auth(role), payload: { text: QUESTION, channel: 'whatsapp-tipline', requesterRef: 'u-1', ...body } });
  if (res.statusCode !== 201) throw new Error(`submit: ${res.statusCode} ${res.body}`);
  return res.json();
}

const post = (ctx: TestContext, url: string, payload: object, role: 'checker' | 'reader' | 'reviewer' = 'checker') =>
  ctx.app.inject({ method: 'POST', url, headers: ctx.auth(role), payload });

async function verdict(ctx: TestContext, claimId: string, sourceId: string) {
  t.equal((await addEvidence(ctx, claimId, { sourceId, stance: 'supports', quote: 'harvested more than 11,000 bitcoins in 2017' })).statusCode, 201);
  t.equal((await changeStatus(ctx, claimId, 'in_review', null, 'checker')).statusCode, 200);
  t.equal((await changeStatus(ctx, claimId, 'verified', 'The NSA figure is quoted verbatim.')).statusCode, 200);
}

/** Publishes the claim's verdict as a public fact-check; returns its public URL. */
async function publish(ctx: TestContext, claimId: string): Promise<string> {
  const res = await post(ctx, `/v1/claims/${claimId}/publication`, {}, 'reviewer');
  t.ok([200, 201].includes(res.statusCode), `published (${res.body.slice(0, 200)})`);
  return res.json().url as string;
}

t.test('a request matches a known claim; the answer is given once its verdict is out', async (t) => {
  const ctx = await build(t);
  const { claimId, sourceId } = await claimWithSource(ctx);
  await createClaim(ctx, { text: 'Sony Pictures was hacked in 2014.' });

  const open = await submit(ctx);
  t.match(open, { status: 'open', claimId: null, channel: 'whatsapp-tipline', language: 'en', answer: null });
  t.notOk('requesterRef' in open || 'requesterHash' in open, 'the requester reference is never returned');
  t.equal(open.matches.length, 1, 'only the related claim matches');
  t.match(open.matches[0], { claimId, status: 'unverified', published: false, url: `http://127.0.0.1:3000/v1/claims/${claimId}` });
  t.ok(open.matches[0].similarity >= 0.5, `similarity ${open.matches[0].similarity}`);

  await verdict(ctx, claimId, sourceId);
  const unpublished = await submit(ctx, { requesterRef: 'u-2' });
  t.equal(unpublished.answer, null, 'a verdict not yet published answers nobody');
  t.match(unpublished.matches[0], { claimId, status: 'verified', published: false });

  const page = await publish(ctx, claimId);
  t.match(page, /^http:\/\/127\.0\.0\.1:3000\/fact-checks\//);
  const answered = await submit(ctx, { text: 'did north korea really harvest 11,000 BTC in 2017', requesterRef: 'u-3' });
  t.match(answered.answer, { claimId, status: 'verified', published: true, url: page });
  t.equal(answered.status, 'open', 'matching never links: a checker decides');
});

t.test('linking counts demand: requests, distinct requesters and the daily series', async (t) => {
  const ctx = await build(t);
  const { claimId } = await claimWithSource(ctx);
  const refs = ['u-1', 'u-2', 'u-1'];
  const ids: string[] = [];
  for (const ref of refs) ids.push((await submit(ctx, { requesterRef: ref })).id);
  // The same reference on another channel is another requester (references are channel-scoped).
  ids.push((await submit(ctx, { requesterRef: 'u-1', channel: 'cms' })).id);

  for (const id of ids) {
    const res = await post(ctx, `/v1/requests/${id}/link`, { claimId });
    t.equal(res.statusCode, 200, res.body);
    t.equal(res.json().request.status, 'linked');
  }
  const claim = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}`, headers: ctx.auth('reader') })).json();
  t.same(claim.demand, { requests: 4, requesters: 3 });
  t.equal(claim.version, 1, 'demand does not move the claim version');

  const again = await post(ctx, `/v1/requests/${ids[0]}/link`, { claimId });
  t.equal(again.statusCode, 200, 'linking to the same claim again is a no-op');
  t.same(again.json().claim.demand, { requests: 4, requesters: 3 });

  const demand = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}/demand`, headers: ctx.auth('reader') })).json();
  const today = new Date().toISOString().slice(0, 10);
  t.same(demand, { claimId, requests: 4, requesters: 3, daily: [{ date: today, requests: 4, requesters: 3 }], channels: [{ channel: 'whatsapp-tipline', requests: 3 }, { channel: 'cms', requests: 1 }] });

  // Requests that arrived on earlier days land on their own day in the series.
  await sql(ctx, "UPDATE requests SET created_at = '2026-11-30T08:00:00.000Z' WHERE id IN (?, ?)", [ids[0], ids[1]]);
  const series = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}/demand`, headers: ctx.auth('reader') })).json().daily;
  t.same(series[0], { date: '2026-11-30', requests: 2, requesters: 2 });
  t.same(series.at(-1), { date: today, requests: 2, requesters: 2 });
  t.equal(series.length, (Date.parse(today) - Date.parse('2026-11-30')) / 86_400_000 + 1, 'one entry per day, the quiet ones too');
  t.ok(series.slice(1, -1).every((d: { requests: number; requesters: number }) => d.requests === 0 && d.requesters === 0), 'zeros between');

  const history = (await ctx.app.inject({ method: 'GET', url: `/v1/audit/events?entityId=${ids[0]}`, headers: ctx.auth('auditor') })).json().data;
  t.same(history.map((e: { action: string }) => e.action), ['request.created', 'request.linked']);
  t.notMatch(JSON.stringify(history), /u-1/, 'the audit log holds no requester reference');
});

t.test('publishing a verdict answers linked requests; a request linked to a published claim is answered at once', async (t) => {
  const ctx = await build(t);
  const { claimId, sourceId } = await claimWithSource(ctx);
  const early = await submit(ctx);
  await post(ctx, `/v1/requests/${early.id}/link`, { claimId });
  await verdict(ctx, claimId, sourceId);
  const waiting = (await ctx.app.inject({ method: 'GET', url: `/v1/requests/${early.id}`, headers: ctx.auth('reader') })).json();
  t.equal(waiting.status, 'linked', 'a verdict alone is not an answer: it is not public yet');
  const page = await publish(ctx, claimId);
  const read = (await ctx.app.inject({ method: 'GET', url: `/v1/requests/${early.id}`, headers: ctx.auth('reader') })).json();
  t.equal(read.status, 'answered');
  t.ok(read.answeredAt);
  const events = (await ctx.app.inject({ method: 'GET', url: `/v1/audit/events?action=request.answered`, headers: ctx.auth('auditor') })).json().data;
  t.equal(events.length, 1);
  t.equal(events[0].entity.id, early.id);
  t.same(events[0].changes.answer.to, { claimId, status: 'verified', label: 'True', url: page }, 'the answer is the public fact-check');
  t.same(events[0].changes.channel, { from: 'whatsapp-tipline', to: 'whatsapp-tipline' }, 'the event names the channel to answer on');
  t.equal(events[0].claimId, claimId);

  const late = await submit(ctx, { requesterRef: 'u-9' });
  const linked = (await post(ctx, `/v1/requests/${late.id}/link`, { claimId })).json();
  t.equal(linked.request.status, 'answered', 'answered as soon as it is linked');

  // Re-opening the claim does not take the published answer back; a correction answers nobody twice.
  t.equal((await changeStatus(ctx, claimId, 'in_review', 'New evidence to weigh.')).statusCode, 200);
  const duringReview = (await post(ctx, `/v1/requests/${(await submit(ctx, { requesterRef: 'u-10' })).id}/link`, { claimId })).json();
  t.equal(duringReview.request.status, 'answered', 'while it is re-reviewed, the published fact-check still answers');
  t.equal((await changeStatus(ctx, claimId, 'verified', 'Still holds.')).statusCode, 200);
  await publish(ctx, claimId);
  const after = (await ctx.app.inject({ method: 'GET', url: `/v1/audit/events?action=request.answered`, headers: ctx.auth('auditor') })).json().data;
  t.equal(after.length, 3, 'one request.answered per request');

  // A withdrawn fact-check answers nobody new.
  t.equal((await ctx.app.inject({ method: 'DELETE', url: `/v1/claims/${claimId}/publication`, headers: ctx.auth('reviewer'), payload: { reason: 'Under legal review.' } })).statusCode, 200);
  const afterWithdrawal = (await post(ctx, `/v1/requests/${(await submit(ctx, { requesterRef: 'u-11' })).id}/link`, { claimId })).json();
  t.equal(afterWithdrawal.request.status, 'linked', 'linked, not answered, while the fact-check is withdrawn');
});

t.test('create a claim from a request', async (t) => {
  const ctx = await build(t);
  const req = await submit(ctx, { language: 'pt-BR', text: 'A Coreia do Norte minerou 11 mil bitcoins em 2017?' });
  const res = await post(ctx, `/v1/requests/${req.id}/claim`, { text: 'North Korea mined 11,000 bitcoins in 2017.', tags: ['north-korea'] });
  t.equal(res.statusCode, 201, res.body);
  const body = res.json();
  t.equal(res.headers.location, `/v1/claims/${body.claim.id}`);
  t.match(body, { request: { status: 'linked', claimId: body.claim.id }, claim: { text: 'North Korea mined 11,000 bitcoins in 2017.', language: 'pt-BR', demand: { requests: 1, requesters: 1 } } });
  const again = await post(ctx, `/v1/requests/${req.id}/claim`, {});
  assertProblem(t, again, 409, 'REQUEST_ALREADY_LINKED');

  const plain = await submit(ctx, { requesterRef: 'u-3' });
  const defaults = (await post(ctx, `/v1/requests/${plain.id}/claim`, {})).json();
  t.equal(defaults.claim.text, QUESTION, 'the request text by default');
});

t.test('unlink with a reason; errors for bad ids and states', async (t) => {
  const ctx = await build(t);
  const { claimId } = await claimWithSource(ctx);
  const other = await createClaim(ctx, { text: 'Another claim entirely.' });
  const a = await submit(ctx);
  const b = await submit(ctx, { requesterRef: 'u-2' });
  await post(ctx, `/v1/requests/${a.id}/link`, { claimId });
  await post(ctx, `/v1/requests/${b.id}/link`, { claimId });

  const before = await counts(ctx);
  assertProblem(t, await post(ctx, `/v1/requests/${a.id}/link`, { claimId: other.id }), 409, 'REQUEST_ALREADY_LINKED');
  assertProblem(t, await post(ctx, `/v1/requests/${a.id}/link`, { claimId: 'clm_00000000000000000000000000' }), 422, 'UNKNOWN_REFERENCE');
  assertProblem(t, await post(ctx, `/v1/requests/req_00000000000000000000000000/link`, { claimId }), 404, 'REQUEST_NOT_FOUND');
  assertProblem(t, await post(ctx, `/v1/requests/nope/link`, { claimId }), 400, 'VALIDATION_FAILED');
  assertProblem(t, await post(ctx, `/v1/requests/${a.id}/unlink`, {}), 400, 'VALIDATION_FAILED');
  assertProblem(t, await post(ctx, `/v1/requests/${a.id}/unlink`, { reason: '  ' }), 400, 'VALIDATION_FAILED');
  t.same(await counts(ctx), before, 'refused changes changed nothing');

  const res = await post(ctx, `/v1/requests/${a.id}/unlink`, { reason: 'Asks about 2018, not 2017.' });
  t.equal(res.statusCode, 200, res.body);
  t.match(res.json(), { status: 'open', claimId: null, linkedAt: null, linkedBy: null });
  const claim = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}`, headers: ctx.auth('reader') })).json();
  t.same(claim.demand, { requests: 1, requesters: 1 });
  assertProblem(t, await post(ctx, `/v1/requests/${a.id}/unlink`, { reason: 'again' }), 409, 'REQUEST_NOT_LINKED');
  const event = (await ctx.app.inject({ method: 'GET', url: `/v1/audit/events?entityId=${a.id}&action=request.unlinked`, headers: ctx.auth('auditor') })).json().data[0];
  t.match(event, { reason: 'Asks about 2018, not 2017.', changes: { status: { from: 'linked', to: 'open' }, claimId: { from: claimId, to: null } } });
  // It can then be linked elsewhere.
  t.equal((await post(ctx, `/v1/requests/${a.id}/link`, { claimId: other.id })).statusCode, 200);
});

t.test('merge moves every request of one claim to another and recounts both', async (t) => {
  const ctx = await build(t);
  const { claimId: target, sourceId } = await claimWithSource(ctx);
  const dup = await createClaim(ctx, { text: 'NK harvested 11,000 BTC in 2017.' });
  const ids = [];
  for (const ref of ['u-1', 'u-2', 'u-3']) ids.push((await submit(ctx, { requesterRef: ref })).id);
  await post(ctx, `/v1/requests/${ids[0]}/link`, { claimId: dup.id });
  await post(ctx, `/v1/requests/${ids[1]}/link`, { claimId: dup.id });
  await post(ctx, `/v1/requests/${ids[2]}/link`, { claimId: target });
  await verdict(ctx, target, sourceId);
  await publish(ctx, target);

  const before = await counts(ctx);
  assertProblem(t, await post(ctx, `/v1/claims/${target}/requests/merge`, { fromClaimId: target }), 400, 'VALIDATION_FAILED');
  assertProblem(t, await post(ctx, `/v1/claims/${target}/requests/merge`, { fromClaimId: 'clm_00000000000000000000000000' }), 422, 'UNKNOWN_REFERENCE');
  assertProblem(t, await post(ctx, `/v1/claims/clm_00000000000000000000000000/requests/merge`, { fromClaimId: dup.id }), 404, 'CLAIM_NOT_FOUND');
  t.same(await counts(ctx), before);

  const res = await post(ctx, `/v1/claims/${target}/requests/merge`, { fromClaimId: dup.id, reason: 'Same claim, logged twice.' });
  t.equal(res.statusCode, 200, res.body);
  t.match(res.json(), { moved: 2, claim: { id: target, demand: { requests: 3, requesters: 3 } } });
  const dupAfter = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${dup.id}`, headers: ctx.auth('reader') })).json();
  t.same(dupAfter.demand, { requests: 0, requesters: 0 });
  const moved = (await ctx.app.inject({ method: 'GET', url: `/v1/requests?claimId=${target}`, headers: ctx.auth('checker') })).json().data;
  t.same(moved.map((r: { status: string }) => r.status), ['answered', 'answered', 'answered'], 'moved onto a published verdict: answered');
  const events = (await ctx.app.inject({ method: 'GET', url: `/v1/audit/events?action=request.moved`, headers: ctx.auth('auditor') })).json().data;
  t.equal(events.length, 2);
  t.match(events[0], { reason: 'Same claim, logged twice.', changes: { claimId: { from: dup.id, to: target } } });
  const empty = await post(ctx, `/v1/claims/${target}/requests/merge`, { fromClaimId: dup.id });
  t.same(empty.json().moved, 0, 'nothing left to move');
});

t.test('GET /v1/claims: sort=demand and minRequests', async (t) => {
  const ctx = await build(t);
  const c1 = await createClaim(ctx, { text: 'Claim one.' });
  const c2 = await createClaim(ctx, { text: 'Claim two.' });
  const c3 = await createClaim(ctx, { text: 'Claim three.' });
  const link = async (claimId: string, n: number) => {
    for (let i = 0; i < n; i++) await post(ctx, `/v1/requests/${(await submit(ctx, { requesterRef: `${claimId}-${i}` })).id}/link`, { claimId });
  };
  await link(c1.id, 2);
  await link(c2.id, 3);
  const list = async (qs: string) => {
    const res = await ctx.app.inject({ method: 'GET', url: `/v1/claims?${qs}`, headers: ctx.auth('reader') });
    t.equal(res.statusCode, 200, res.body);
    return res.json();
  };
  t.same((await list('sort=demand')).data.map((c: { id: string }) => c.id), [c2.id, c1.id, c3.id]);
  t.same((await list('sort=newest')).data.map((c: { id: string }) => c.id), [c3.id, c2.id, c1.id]);
  t.same((await list('minRequests=2')).data.map((c: { id: string }) => c.id), [c2.id, c1.id]);
  t.same((await list('minRequests=3&sort=demand')).data.map((c: { id: string; demand: unknown }) => [c.id, c.demand]), [[c2.id, { requests: 3, requesters: 3 }]]);
  // Paging by demand: the cursor continues the (requests, newest) order.
  const first = await list('sort=demand&limit=1');
  t.same(first.data.map((c: { id: string }) => c.id), [c2.id]);
  const second = await list(`sort=demand&limit=2&cursor=${first.nextCursor}`);
  t.same(second.data.map((c: { id: string }) => c.id), [c1.id, c3.id]);
  t.equal(second.nextCursor, null);
  // With a search, minRequests filters the hits.
  t.same((await list('q=claim&minRequests=3')).data.map((c: { id: string }) => c.id), [c2.id]);
  t.same((await ctx.app.inject({ method: 'GET', url: '/v1/claims:counts?minRequests=2', headers: ctx.auth('reader') })).json().total, 2);

  assertProblem(t, await ctx.app.inject({ method: 'GET', url: '/v1/claims?q=claim&sort=demand', headers: ctx.auth('reader') }), 400, 'VALIDATION_FAILED');
  assertProblem(t, await ctx.app.inject({ method: 'GET', url: '/v1/claims?sort=loudest', headers: ctx.auth('reader') }), 400, 'VALIDATION_FAILED');
  assertProblem(t, await ctx.app.inject({ method: 'GET', url: '/v1/claims?minRequests=0', headers: ctx.auth('reader') }), 400, 'VALIDATION_FAILED');
  assertProblem(t, await ctx.app.inject({ method: 'GET', url: `/v1/claims?sort=demand&cursor=${first.nextCursor === null ? '' : Buffer.from(c1.id).toString('base64url')}`, headers: ctx.auth('reader') }), 400, 'VALIDATION_FAILED');
});

t.test('list and read requests with filters; a reader sees only its own', async (t) => {
  const ctx = await build(t);
  const { claimId } = await claimWithSource(ctx);
  const mine = await submit(ctx, { channel: 'whatsapp-tipline' });
  const desk = await submit(ctx, { channel: 'cms', requesterRef: 'desk-7' }, 'checker');
  await post(ctx, `/v1/requests/${desk.id}/link`, { claimId });
  const list = async (qs: string, role: 'reader' | 'checker' | 'auditor' = 'checker') =>
    (await ctx.app.inject({ method: 'GET', url: `/v1/requests?${qs}`, headers: ctx.auth(role) })).json().data.map((r: { id: string }) => r.id);
  t.same(await list(''), [desk.id, mine.id]);
  t.same(await list('status=open'), [mine.id]);
  t.same(await list('status=linked'), [desk.id]);
  t.same(await list('status=answered'), []);
  t.same(await list('channel=cms'), [desk.id]);
  t.same(await list('', 'auditor'), [desk.id, mine.id]);
  t.same(await list('', 'reader'), [mine.id], 'a reader lists only the requests its key submitted');
  t.equal((await ctx.app.inject({ method: 'GET', url: `/v1/requests/${mine.id}`, headers: ctx.auth('reader') })).statusCode, 200);
  assertProblem(t, await ctx.app.inject({ method: 'GET', url: `/v1/requests/${desk.id}`, headers: ctx.auth('reader') }), 404, 'REQUEST_NOT_FOUND');
  assertProblem(t, await ctx.app.inject({ method: 'GET', url: '/v1/requests?status=closed', headers: ctx.auth('checker') }), 400, 'VALIDATION_FAILED');
  assertProblem(t, await ctx.app.inject({ method: 'GET', url: '/v1/requests?cursor=xyz', headers: ctx.auth('checker') }), 400, 'VALIDATION_FAILED');
  const page1 = (await ctx.app.inject({ method: 'GET', url: '/v1/requests?limit=1', headers: ctx.auth('checker') })).json();
  const page2 = (await ctx.app.inject({ method: 'GET', url: `/v1/requests?limit=1&cursor=${page1.nextCursor}`, headers: ctx.auth('checker') })).json();
  t.same([...page1.data, ...page2.data].map((r: { id: string }) => r.id), [desk.id, mine.id]);
});

t.test('validation: problem+json, nothing stored', async (t) => {
  const ctx = await build(t);
  const before = await counts(ctx);
  const bad = async (payload: unknown) => assertProblem(t, await ctx.app.inject({ method: 'POST', url: '/v1/requests', headers: ctx.auth('reader'), payload: payload as object }), 400, 'VALIDATION_FAILED');
  const ok = { text: QUESTION, channel: 'cms', requesterRef: 'u-1' };
  await bad({ ...ok, text: '' });
  await bad({ ...ok, text: 'x'.repeat(2001) });
  await bad({ ...ok, channel: 'WhatsApp Tipline' });
  await bad({ ...ok, channel: undefined });
  await bad({ ...ok, requesterRef: '' });
  await bad({ ...ok, requesterRef: undefined });
  await bad({ ...ok, url: 'ftp://example.com/x' });
  await bad({ ...ok, language: 'english!' });
  await bad({ ...ok, email: 'someone@example.com' });
  const problem = await bad({ ...ok, channel: 'Bad Channel' });
  t.match(problem.errors, [{ path: 'body.channel' }]);
  t.same(await counts(ctx), before);
  t.equal(Number((await sql<{ n: number }>(ctx, 'SELECT count(*) AS n FROM requests'))[0]!.n), 0);
});

t.test('requester references are stored only as a keyed hash', async (t) => {
  const ctx = await build(t);
  await submit(ctx, { requesterRef: 'phone-hash-abc' });
  const rows = await sql(ctx, 'SELECT * FROM requests');
  t.notMatch(JSON.stringify(rows), /phone-hash-abc/);
  t.match(rows[0]!.requester_hash, /^[0-9a-f]{64}$/);
  const { hashRequester } = ctx.app.services.requests;
  t.equal(rows[0]!.requester_hash, hashRequester('whatsapp-tipline', 'phone-hash-abc'));
  t.not(hashRequester('cms', 'phone-hash-abc'), rows[0]!.requester_hash, 'scoped to the channel');
});

t.test("request events show in the claim's history but are not claim changes", async (t) => {
  const ctx = await build(t);
  const { claimId } = await claimWithSource(ctx);
  const before = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}`, headers: ctx.auth('reader') })).json();
  const req = await submit(ctx);
  await post(ctx, `/v1/requests/${req.id}/link`, { claimId });
  const history = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}/history`, headers: ctx.auth('auditor') })).json().data;
  t.same(history.map((e: { action: string }) => e.action), ['claim.created', 'request.linked']);
  const asOf = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}?asOf=${encodeURIComponent(new Date().toISOString())}`, headers: ctx.auth('auditor') })).json();
  t.equal(asOf.version, before.version, 'the replayed version counts claim and evidence events only');
  t.same(asOf.demand, { requests: 1, requesters: 1 });
  // A stale write names the last change to the claim, not the checker who linked a request.
  const stale = await ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${claimId}`, headers: ctx.auth('checker', { 'if-match': '"7"' }), payload: { tags: ['x'] } });
  const problem = assertProblem(t, stale, 412, 'PRECONDITION_FAILED');
  t.equal(problem.changedAt, before.updatedAt);
});
