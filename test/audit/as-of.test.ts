// GET /v1/claims/{id}?asOf=: the claim, its status and its evidence as they stood at a past instant.
import t from 'tap';
import { build, claimWithSource, type TestContext } from '../helper.js';
import { pause, SYSTEM } from '../audit-helper.js';

const asOf = (ctx: TestContext, id: string, at: string, role: 'auditor' | 'admin' | 'reader' = 'auditor') =>
  ctx.app.inject({ url: `/v1/claims/${id}?asOf=${encodeURIComponent(at)}`, headers: ctx.auth(role) });

const now = async () => {
  await pause();
  const at = new Date().toISOString();
  await pause();
  return at;
};

t.test('reads back each past status, rationale, version and evidence', async (t) => {
  const ctx = await build(t);
  const s = ctx.app.services;
  const { claimId, sourceId } = await claimWithSource(ctx);
  const created = await now();
  const ev = await s.evidence.add(SYSTEM.id, claimId, '*', { sourceId, stance: 'supports', quote: 'harvested more than 11,000 bitcoins in 2017' });
  await s.claims.setStatus(SYSTEM, claimId, '*', 'in_review', null);
  const inReview = await now();
  await s.claims.setStatus(SYSTEM, claimId, '*', 'verified', 'The NSA figure is quoted verbatim.');
  const verified = await now();
  await s.claims.setStatus(SYSTEM, claimId, '*', 'in_review', 'A reader sent a correction.');
  const reopened = await now();
  await s.evidence.retract(SYSTEM.id, claimId, ev.evidence.id, '*', 'Wrong article.');
  await s.claims.update(SYSTEM.id, claimId, '*', { text: 'North Korea harvested 11,000 bitcoins in 2017.', tags: [] });

  const expectations: Array<[string, string, object, number]> = [
    ['created', created, { status: 'unverified', statusRationale: null, version: 1, tags: ['north-korea'], claimant: 'NSA' }, 0],
    ['in review', inReview, { status: 'in_review', version: 3, reviewedBy: null }, 1],
    ['verified', verified, { status: 'verified', statusRationale: 'The NSA figure is quoted verbatim.', version: 4, reviewedBy: { id: 'key_system', name: 'system' } }, 1],
    ['re-opened', reopened, { status: 'in_review', statusRationale: 'A reader sent a correction.', version: 5, text: 'North Korea harvested more than 11,000 bitcoins in 2017.' }, 1],
  ];
  for (const [name, at, expected, evidenceCount] of expectations) {
    const res = await asOf(ctx, claimId, at);
    t.equal(res.statusCode, 200, name);
    t.match(res.json(), { id: claimId, ...expected }, `${name}: the claim as it stood`);
    t.equal(res.json().evidence.length, evidenceCount, `${name}: ${evidenceCount} active evidence`);
    t.notOk(res.headers.etag, 'a past state carries no ETag to write against');
  }
  const past = (await asOf(ctx, claimId, verified)).json();
  t.match(past.evidence[0], { id: ev.evidence.id, stance: 'supports', quote: 'harvested more than 11,000 bitcoins in 2017', retractedAt: null, source: { id: sourceId, title: 'Test article' } });
  t.match(past.quantities, [{ value: 11000, unit: 'BTC', qualifier: 'more_than' }]);
});

t.test('asOf now rebuilds exactly what GET returns', async (t) => {
  const ctx = await build(t);
  const s = ctx.app.services;
  const { claimId, sourceId } = await claimWithSource(ctx);
  await s.evidence.add(SYSTEM.id, claimId, '*', { sourceId, stance: 'contradicts', quote: 'were futile', note: 'KDB' });
  await s.evidence.add(SYSTEM.id, claimId, '*', { sourceId, stance: 'context', note: 'Background.' });
  await s.claims.update(SYSTEM.id, claimId, '*', { firstAppearance: { sourceId }, claimDate: '2018-03-01' });
  await s.sources.update(SYSTEM.id, sourceId, '*', { publisher: 'FX Empire' });
  await s.claims.setStatus(SYSTEM, claimId, '*', 'in_review', null);
  await s.claims.setStatus(SYSTEM, claimId, '*', 'false', 'KDB found the mining futile.');
  const at = await now();
  const current = (await ctx.app.inject({ url: `/v1/claims/${claimId}`, headers: ctx.auth('auditor') })).json();
  t.same((await asOf(ctx, claimId, at)).json(), current);
  t.equal(current.evidence[0].source.publisher, 'FX Empire');
});

t.test('a source is shown as it stood then', async (t) => {
  const ctx = await build(t);
  const s = ctx.app.services;
  const { claimId, sourceId } = await claimWithSource(ctx);
  await s.evidence.add(SYSTEM.id, claimId, '*', { sourceId, stance: 'context' });
  const before = await now();
  await s.sources.update(SYSTEM.id, sourceId, '*', { publisher: 'Later Publisher', title: 'Renamed' });
  t.match((await asOf(ctx, claimId, before)).json().evidence[0].source, { title: 'Test article', publisher: null });
});

t.test('before creation 404, future 400, bad instant 400, non-auditors 403', async (t) => {
  const ctx = await build(t);
  const before = await now();
  const { claimId } = await claimWithSource(ctx);
  const early = await asOf(ctx, claimId, before);
  t.equal(early.statusCode, 404);
  t.match(early.json().detail, /did not exist yet/);
  const future = await asOf(ctx, claimId, new Date(Date.now() + 60_000).toISOString());
  t.equal(future.statusCode, 400);
  t.match(future.json().errors, [{ path: 'querystring.asOf' }]);
  t.equal((await asOf(ctx, claimId, 'yesterday')).statusCode, 400);
  t.equal((await asOf(ctx, 'clm_00000000000000000000000000', before)).statusCode, 404);
  const reader = await asOf(ctx, claimId, new Date().toISOString(), 'reader');
  t.equal(reader.statusCode, 403);
  t.equal(reader.json().requiredRole, 'auditor');
  t.equal((await asOf(ctx, claimId, new Date().toISOString(), 'admin')).statusCode, 200);
  t.equal((await ctx.app.inject({ url: `/v1/claims/${claimId}`, headers: ctx.auth('reader') })).statusCode, 200, 'readers still read the present');
  // Offsets are understood: these wall-clock digits at +02:00 are one hour from now, and two hours ago.
  t.equal((await asOf(ctx, claimId, new Date(Date.now() + 3 * 3600_000).toISOString().replace('Z', '+02:00'))).statusCode, 400);
  t.equal((await asOf(ctx, claimId, new Date().toISOString().replace('Z', '+02:00'))).statusCode, 404);
});
