// Every change appends exactly one audit event in its own transaction; the database refuses to rewrite events.
import t from 'tap';
import { backendOf, build, claimWithSource, sql as query } from '../helper.js';
import { SYSTEM } from '../audit-helper.js';

const count = async (ctx: Awaited<ReturnType<typeof build>>, claimId?: string) =>
  Number((await query<{ n: number }>(ctx, `SELECT count(*) AS n FROM audit_events${claimId ? ' WHERE claim_id = ?' : ''}`, claimId ? [claimId] : []))[0]!.n);

t.test('each change appends one event and moves the claim version by one per claim event', async (t) => {
  const ctx = await build(t);
  const { claimId, sourceId } = await claimWithSource(ctx);
  const version = async () => Number((await ctx.app.inject({ url: `/v1/claims/${claimId}`, headers: ctx.auth('reader') })).headers.etag!.replaceAll('"', ''));
  const steps: Array<[string, () => Promise<unknown>, number]> = [
    ['edit', () => ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${claimId}`, headers: ctx.auth('checker', { 'if-match': '"1"' }), payload: { tags: ['x'] } }), 1],
    ['evidence', () => ctx.app.inject({ method: 'POST', url: `/v1/claims/${claimId}/evidence`, headers: ctx.auth('checker'), payload: { sourceId, stance: 'supports', quote: 'harvested more than 11,000 bitcoins' } }), 1],
    ['in_review', () => ctx.app.inject({ method: 'POST', url: `/v1/claims/${claimId}/status`, headers: ctx.auth('checker', { 'if-match': '"3"' }), payload: { status: 'in_review' } }), 1],
    ['verdict', () => ctx.app.inject({ method: 'POST', url: `/v1/claims/${claimId}/status`, headers: ctx.auth('reviewer', { 'if-match': '"4"' }), payload: { status: 'verified', rationale: 'Quoted.' } }), 1],
    ['retraction + automatic re-opening', async () => {
      const [ev] = (await ctx.app.services.evidence.list(claimId, { includeRetracted: false })).items;
      return ctx.app.inject({ method: 'POST', url: `/v1/claims/${claimId}/evidence/${ev!.row.id}/retract`, headers: ctx.auth('checker'), payload: { reason: 'Misread.' } });
    }, 2],
  ];
  for (const [name, step, events] of steps) {
    const before = { all: await count(ctx), claim: await count(ctx, claimId), version: await version() };
    const res = (await step()) as { statusCode: number };
    t.ok(res.statusCode < 300, `${name} succeeds`);
    t.equal((await count(ctx)) - before.all, events, `${name}: ${events} event(s) in the log`);
    t.equal((await count(ctx, claimId)) - before.claim, events, `${name}: all of them on the claim`);
    t.equal((await version()) - before.version, events, `${name}: the version moves by the same number`);
  }
  t.equal(await version(), await count(ctx, claimId), 'the claim version is the number of its events');
  const last = (await ctx.app.services.audit.latest())!;
  t.equal(last.action, 'claim.auto_reopened');
  t.match(last.reason, /left the verdict "verified" without/, 'history records why');
});

t.test('a refused or rolled-back change leaves no event', async (t) => {
  const ctx = await build(t);
  const { claimId, sourceId } = await claimWithSource(ctx);
  const before = await count(ctx);
  const refused = [
    await ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${claimId}`, headers: ctx.auth('checker', { 'if-match': '"9"' }), payload: { text: 'Stale.' } }),
    await ctx.app.inject({ method: 'POST', url: `/v1/claims/${claimId}/status`, headers: ctx.auth('reviewer', { 'if-match': '"1"' }), payload: { status: 'verified', rationale: 'x' } }),
    await ctx.app.inject({ method: 'POST', url: `/v1/claims/${claimId}/evidence`, headers: ctx.auth('checker'), payload: { sourceId, stance: 'supports', quote: 'not in the article' } }),
  ];
  t.same(refused.map((r) => r.statusCode), [412, 409, 422]);
  t.equal(await count(ctx), before, 'no event for refused changes');

  // A change that succeeded inside a transaction that then fails is rolled back with its event.
  await t.rejects(ctx.app.storage.withTransaction(async (repos) => {
    await ctx.app.services.claims.update(SYSTEM.id, claimId, '*', { text: 'Rolled back.' });
    t.equal((await repos.audit.head())!.seq, before + 1, 'inside the transaction the event exists');
    throw new Error('later step failed');
  }), /later step failed/);
  t.equal(await count(ctx), before, 'the event went with the rollback');
  t.match(await ctx.app.services.claims.get(claimId), { version: 1, text: 'North Korea harvested more than 11,000 bitcoins in 2017.' }, 'and so did the change');
});

t.test('an event that cannot be written stops the change', async (t) => {
  const ctx = await build(t);
  const { claimId } = await claimWithSource(ctx);
  const before = await count(ctx);
  if (backendOf(ctx) === 'postgres') {
    await query(ctx, "CREATE FUNCTION audit_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END; $$");
    await query(ctx, 'CREATE TRIGGER audit_full BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_full()');
  } else {
    await query(ctx, "CREATE TRIGGER audit_full BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, 'disk full'); END");
  }
  const res = await ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${claimId}`, headers: ctx.auth('checker', { 'if-match': '"1"' }), payload: { text: 'Changed without a trace?' } });
  t.equal(res.statusCode, 500);
  t.notMatch(res.body, /disk full/, 'the 500 leaks nothing');
  t.match(await ctx.app.services.claims.get(claimId), { version: 1, text: 'North Korea harvested more than 11,000 bitcoins in 2017.' }, 'the claim is unchanged');
  t.equal(await count(ctx), before);

  await query(ctx, backendOf(ctx) === 'postgres' ? 'DROP TRIGGER audit_full ON audit_events; DROP FUNCTION audit_full()' : 'DROP TRIGGER audit_full');
  const retry = await ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${claimId}`, headers: ctx.auth('checker', { 'if-match': '"1"' }), payload: { text: 'Changed with a trace.' } });
  t.equal(retry.statusCode, 200, 'once events can be written, the change goes through');
  t.equal(await count(ctx), before + 1);
});

t.test('the database refuses UPDATE and DELETE on audit_events', async (t) => {
  const ctx = await build(t);
  await claimWithSource(ctx);
  const first = await query(ctx, 'SELECT * FROM audit_events WHERE seq = 1');
  await t.rejects(query(ctx, "UPDATE audit_events SET reason = 'rewritten' WHERE seq = 1"), /append-only: UPDATE refused/);
  await t.rejects(query(ctx, 'DELETE FROM audit_events WHERE seq = 1'), /append-only: DELETE refused/);
  await t.rejects(query(ctx, 'DELETE FROM audit_events'), /append-only: DELETE refused/);
  if (backendOf(ctx) === 'postgres') await t.rejects(query(ctx, 'TRUNCATE audit_events'), /append-only: TRUNCATE refused/);
  t.same(await query(ctx, 'SELECT * FROM audit_events WHERE seq = 1'), first, 'the event is untouched');
  t.equal((await ctx.app.inject({ url: '/v1/audit/verify', headers: ctx.auth('auditor') })).json().ok, true, 'the chain is intact');
});
