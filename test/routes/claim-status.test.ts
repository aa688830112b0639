// POST /v1/claims/:id/status: the verification workflow over HTTP — allowed moves, refusals by rule, roles,
// If-Match, and the automatic return to in_review when a retraction breaks a verdict.
import t, { type Test } from 'tap';
import type { TestContext } from '../helper.js';
import { addEvidence, assertProblem, build, changeStatus, claimVersion, claimWithSource, counts, retractEvidence, sql } from '../helper.js';

type Stance = 'supports' | 'contradicts' | 'context';
const QUOTES: Record<Stance, string> = {
  supports: 'harvested more than 11,000 bitcoins in 2017',
  contradicts: 'efforts of mining Bitcoin between May and June 2017 were futile',
  context: 'through mining and numerous thefts',
};

/** A claim in the given status, with evidence of the given stances. */
async function claimIn(ctx: TestContext, status: 'unverified' | 'in_review' | 'verified' | 'misleading' | 'false' | 'unverifiable', stances: Stance[] = ['supports', 'contradicts', 'context']) {
  const { claimId, sourceId } = await claimWithSource(ctx);
  const evidenceIds: Record<string, string> = {};
  for (const stance of stances) {
    const res = await addEvidence(ctx, claimId, { sourceId, stance, quote: QUOTES[stance] });
    if (res.statusCode !== 201) throw new Error(res.body);
    evidenceIds[stance] = res.json().id;
  }
  if (status !== 'unverified') await changeStatus(ctx, claimId, 'in_review', null, 'checker');
  if (status !== 'unverified' && status !== 'in_review') {
    const res = await changeStatus(ctx, claimId, status, `Rationale for ${status}`);
    if (res.statusCode !== 200) throw new Error(res.body);
  }
  return { claimId, sourceId, evidenceIds };
}

/** Asserts a 409 TRANSITION_NOT_ALLOWED naming the rule, and that nothing changed. */
async function refused(t: Test, ctx: TestContext, claimId: string, status: string, rationale: string | null | undefined, rule: string, role: 'checker' | 'reviewer' | 'admin' = 'reviewer') {
  const before = { counts: await counts(ctx), version: await claimVersion(ctx, claimId) };
  const res = await changeStatus(ctx, claimId, status, rationale, role);
  const p = assertProblem(t, res, 409, 'TRANSITION_NOT_ALLOWED');
  t.equal(p.rule, rule, `rule ${rule}`);
  t.equal(p.to, status);
  t.same({ counts: await counts(ctx), version: await claimVersion(ctx, claimId) }, before, 'nothing changed');
  return p;
}

t.test('allowed transitions', async (t) => {
  const ctx = await build(t); // one app: every case makes its own claims
  t.test('unverified → in_review by a checker, rationale optional', async (t) => {
    const { claimId } = await claimIn(ctx, 'unverified', []);
    const res = await changeStatus(ctx, claimId, 'in_review', undefined, 'checker');
    t.equal(res.statusCode, 200);
    t.equal(res.headers.etag, '"2"');
    t.match(res.json(), { status: 'in_review', statusRationale: null, version: 2, reviewedBy: null });
    const withReason = await claimIn(ctx, 'unverified', []);
    const res2 = await changeStatus(ctx, withReason.claimId, 'in_review', 'Picked up by the desk', 'checker');
    t.match(res2.json(), { status: 'in_review', statusRationale: 'Picked up by the desk' });
  });

  for (const [verdict, stances] of [['verified', ['supports']], ['false', ['contradicts']], ['misleading', ['context']], ['unverifiable', []]] as const) {
    t.test(`in_review → ${verdict} by a reviewer with a rationale and ${stances.join(', ') || 'no'} evidence`, async (t) => {
      const { claimId } = await claimIn(ctx, 'in_review', [...stances]);
      const v = await claimVersion(ctx, claimId);
      const res = await changeStatus(ctx, claimId, verdict, '  A rationale a fact-checker would sign.  ');
      t.equal(res.statusCode, 200);
      t.equal(res.headers.etag, `"${v + 1}"`);
      const c = res.json();
      t.match(c, { status: verdict, statusRationale: 'A rationale a fact-checker would sign.', version: v + 1, reviewedBy: { name: 'reviewer key' } });
      t.ok(Date.parse(c.reviewedAt) > 0, 'reviewedAt set');
      t.equal(c.evidence.length, stances.length, 'the response embeds the active evidence');
    });
  }

  t.test('an admin may set verdicts too', async (t) => {
    const { claimId } = await claimIn(ctx, 'in_review');
    t.equal((await changeStatus(ctx, claimId, 'verified', 'ok', 'admin')).statusCode, 200);
  });

  for (const verdict of ['verified', 'false', 'misleading', 'unverifiable'] as const) {
    t.test(`re-opening ${verdict} → in_review by a reviewer with a reason`, async (t) => {
      const { claimId } = await claimIn(ctx, verdict);
      const res = await changeStatus(ctx, claimId, 'in_review', 'A new source disputes the figure');
      t.equal(res.statusCode, 200);
      t.match(res.json(), { status: 'in_review', statusRationale: 'A new source disputes the figure' });
    });
  }
});

t.test('refused transitions name their rule (409)', async (t) => {
  const ctx = await build(t);

  t.test('status-unchanged', async (t) => {
    await refused(t, ctx, (await claimIn(ctx, 'unverified', [])).claimId, 'unverified', null, 'status-unchanged', 'checker');
    await refused(t, ctx, (await claimIn(ctx, 'in_review', [])).claimId, 'in_review', 'again', 'status-unchanged');
    await refused(t, ctx, (await claimIn(ctx, 'verified')).claimId, 'verified', 'again', 'status-unchanged');
  });

  t.test('verdict-needs-in-review', async (t) => {
    const unverified = await claimIn(ctx, 'unverified');
    for (const verdict of ['verified', 'false', 'misleading', 'unverifiable']) await refused(t, ctx, unverified.claimId, verdict, 'because', 'verdict-needs-in-review');
    const verified = await claimIn(ctx, 'verified');
    await refused(t, ctx, verified.claimId, 'false', 'changed my mind', 'verdict-needs-in-review');
    const f = await claimIn(ctx, 'false');
    await refused(t, ctx, f.claimId, 'unverifiable', 'changed my mind', 'verdict-needs-in-review');
  });

  t.test('verdict-needs-rationale', async (t) => {
    const { claimId } = await claimIn(ctx, 'in_review');
    await refused(t, ctx, claimId, 'verified', undefined, 'verdict-needs-rationale');
    await refused(t, ctx, claimId, 'unverifiable', null, 'verdict-needs-rationale');
    // A blank rationale is a validation error before it reaches the workflow.
    const blank = await changeStatus(ctx, claimId, 'false', '   ');
    t.match(assertProblem(t, blank, 400, 'VALIDATION_FAILED').errors, [{ path: 'body.rationale' }]);
  });

  t.test('verified-needs-supporting-evidence', async (t) => {
    await refused(t, ctx, (await claimIn(ctx, 'in_review', [])).claimId, 'verified', 'x', 'verified-needs-supporting-evidence');
    await refused(t, ctx, (await claimIn(ctx, 'in_review', ['contradicts', 'context'])).claimId, 'verified', 'x', 'verified-needs-supporting-evidence');
  });

  t.test('false-needs-contradicting-evidence', async (t) => {
    await refused(t, ctx, (await claimIn(ctx, 'in_review', ['supports', 'context'])).claimId, 'false', 'x', 'false-needs-contradicting-evidence');
  });

  t.test('misleading-needs-evidence', async (t) => {
    await refused(t, ctx, (await claimIn(ctx, 'in_review', [])).claimId, 'misleading', 'x', 'misleading-needs-evidence');
  });

  t.test('retracted evidence does not count', async (t) => {
    const { claimId, evidenceIds } = await claimIn(ctx, 'in_review', ['supports']);
    t.equal((await retractEvidence(ctx, claimId, evidenceIds.supports!)).statusCode, 200);
    await refused(t, ctx, claimId, 'verified', 'x', 'verified-needs-supporting-evidence');
    await refused(t, ctx, claimId, 'misleading', 'x', 'misleading-needs-evidence');
  });

  t.test('reopen-needs-reason', async (t) => {
    const { claimId } = await claimIn(ctx, 'verified');
    await refused(t, ctx, claimId, 'in_review', undefined, 'reopen-needs-reason');
    await refused(t, ctx, claimId, 'in_review', null, 'reopen-needs-reason');
  });

  t.test('cannot-return-to-unverified', async (t) => {
    await refused(t, ctx, (await claimIn(ctx, 'in_review')).claimId, 'unverified', 'x', 'cannot-return-to-unverified');
    await refused(t, ctx, (await claimIn(ctx, 'verified')).claimId, 'unverified', 'x', 'cannot-return-to-unverified');
  });
});

t.test('roles', async (t) => {
  const ctx = await build(t);
  t.test('a checker cannot set a verdict (403)', async (t) => {
    const { claimId } = await claimIn(ctx, 'in_review');
    for (const verdict of ['verified', 'false', 'misleading', 'unverifiable']) {
      const res = await changeStatus(ctx, claimId, verdict, 'x', 'checker');
      t.match(assertProblem(t, res, 403, 'FORBIDDEN'), { rule: 'verdict-needs-reviewer', requiredRole: 'reviewer' });
    }
    t.equal(await claimVersion(ctx, claimId), 5, 'unchanged');
  });

  t.test('a checker cannot re-open (403)', async (t) => {
    const { claimId } = await claimIn(ctx, 'false');
    const res = await changeStatus(ctx, claimId, 'in_review', 'I disagree', 'checker');
    t.match(assertProblem(t, res, 403, 'FORBIDDEN'), { rule: 'reopen-needs-reviewer', requiredRole: 'reviewer' });
  });

  t.test('readers and auditors cannot change status at all', async (t) => {
    const { claimId } = await claimIn(ctx, 'unverified', []);
    for (const role of ['reader', 'auditor'] as const) assertProblem(t, await changeStatus(ctx, claimId, 'in_review', null, role), 403, 'FORBIDDEN');
  });
});

t.test('If-Match on status changes', async (t) => {
  const ctx = await build(t);
  const { claimId } = await claimIn(ctx, 'unverified', []);
  const url = `/v1/claims/${claimId}/status`;
  assertProblem(t, await ctx.app.inject({ method: 'POST', url, headers: ctx.auth('checker'), payload: { status: 'in_review' } }), 428, 'PRECONDITION_REQUIRED');
  assertProblem(t, await changeStatus(ctx, claimId, 'in_review', null, 'checker', '"9"'), 412, 'PRECONDITION_FAILED');
  t.equal(await claimVersion(ctx, claimId), 1);

  t.test('two reviewers with the same If-Match: exactly one wins', async (t) => {
    const { claimId } = await claimIn(ctx, 'in_review');
    const v = await claimVersion(ctx, claimId);
    const results = await Promise.all([
      changeStatus(ctx, claimId, 'verified', 'Reviewer one', 'reviewer', `"${v}"`),
      changeStatus(ctx, claimId, 'false', 'Reviewer two', 'reviewer', `"${v}"`),
    ]);
    t.same(results.map((r) => r.statusCode).sort(), [200, 412]);
    const winner = results.find((r) => r.statusCode === 200)!.json();
    const now = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}`, headers: ctx.auth('reader') })).json();
    t.equal(now.status, winner.status);
    t.equal(now.version, v + 1);
  });
});

t.test('evidence changes bump the claim version', async (t) => {
  const ctx = await build(t);
  const { claimId, sourceId } = await claimWithSource(ctx);
  const add = await addEvidence(ctx, claimId, { sourceId, stance: 'context', quote: QUOTES.context });
  t.equal(add.headers.etag, '"2"', 'adding evidence → version 2');
  const stale = await changeStatus(ctx, claimId, 'in_review', null, 'checker', '"1"');
  assertProblem(t, stale, 412, 'PRECONDITION_FAILED');
  const retract = await retractEvidence(ctx, claimId, add.json().id);
  t.equal(retract.headers.etag, '"3"', 'retracting evidence → version 3');
  t.equal(await claimVersion(ctx, claimId), 3);
});

t.test('a retraction that breaks a verdict sends the claim back to in_review', async (t) => {
  t.test('retracting the last supports evidence of a verified claim', async (t) => {
    const ctx = await build(t);
    const { claimId, evidenceIds } = await claimIn(ctx, 'verified', ['supports', 'context']);
    const v = await claimVersion(ctx, claimId);
    const res = await retractEvidence(ctx, claimId, evidenceIds.supports!, 'Misread the article');
    t.equal(res.statusCode, 200);
    t.equal(res.headers.etag, `"${v + 2}"`, 'retraction + automatic re-opening');
    const c = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}`, headers: ctx.auth('reader') })).json();
    t.equal(c.status, 'in_review');
    t.equal(c.version, v + 2);
    t.match(c.statusRationale, /verified-needs-supporting-evidence/, 'the rationale names the broken rule');
    t.match(c.statusRationale, new RegExp(evidenceIds.supports!), 'and the retracted evidence');
    t.same(c.evidence.map((e: { stance: string }) => e.stance), ['context']);
    const last = await sql<{ action: string; actor: string; reason: string }>(ctx, 'SELECT action, actor_id AS actor, reason FROM audit_events ORDER BY seq DESC LIMIT 2');
    t.match(last, [{ action: 'claim.auto_reopened', reason: /verified-needs-supporting-evidence/ }, { action: 'evidence.retracted', reason: 'Misread the article' }], 'history records the retraction and why the claim was re-opened');
  });

  t.test('a verdict that still holds is kept', async (t) => {
    const ctx = await build(t);
    const { claimId, sourceId, evidenceIds } = await claimIn(ctx, 'verified', ['supports']);
    const second = await addEvidence(ctx, claimId, { sourceId, stance: 'supports', quote: 'Last March, the NSA claimed' });
    t.equal(second.statusCode, 201);
    const v = await claimVersion(ctx, claimId);
    const res = await retractEvidence(ctx, claimId, evidenceIds.supports!);
    t.equal(res.headers.etag, `"${v + 1}"`);
    t.equal((await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}`, headers: ctx.auth('reader') })).json().status, 'verified');
  });

  t.test('false and misleading lose their verdict the same way; unverifiable does not', async (t) => {
    const ctx = await build(t);
    const f = await claimIn(ctx, 'false', ['contradicts']);
    await retractEvidence(ctx, f.claimId, f.evidenceIds.contradicts!);
    t.match((await ctx.app.inject({ method: 'GET', url: `/v1/claims/${f.claimId}`, headers: ctx.auth('reader') })).json(), { status: 'in_review', statusRationale: /false-needs-contradicting-evidence/ });
    const m = await claimIn(ctx, 'misleading', ['context']);
    await retractEvidence(ctx, m.claimId, m.evidenceIds.context!);
    t.match((await ctx.app.inject({ method: 'GET', url: `/v1/claims/${m.claimId}`, headers: ctx.auth('reader') })).json(), { status: 'in_review', statusRationale: /misleading-needs-evidence/ });
    const u = await claimIn(ctx, 'unverifiable', ['supports']);
    await retractEvidence(ctx, u.claimId, u.evidenceIds.supports!);
    t.equal((await ctx.app.inject({ method: 'GET', url: `/v1/claims/${u.claimId}`, headers: ctx.auth('reader') })).json().status, 'unverifiable');
  });
});

t.test('body validation', async (t) => {
  const ctx = await build(t);
  const { claimId } = await claimIn(ctx, 'unverified', []);
  const post = (payload: unknown) => ctx.app.inject({ method: 'POST', url: `/v1/claims/${claimId}/status`, headers: ctx.auth('reviewer', { 'if-match': '"1"' }), payload: payload as object });
  t.match(assertProblem(t, await post({ status: 'approved' }), 400).errors, [{ path: 'body.status' }]);
  t.match(assertProblem(t, await post({ status: 'in_review', reason: 'x' }), 400).errors, [{ path: 'body.reason' }], 'unknown field named');
  t.match(assertProblem(t, await post({}), 400).errors, [{ path: 'body.status' }]);
  assertProblem(t, await ctx.app.inject({ method: 'POST', url: '/v1/claims/clm_01jd2x8q0m7k3v5n6p9r4s2t1w/status', headers: ctx.auth('reviewer', { 'if-match': '"1"' }), payload: { status: 'in_review' } }), 404, 'CLAIM_NOT_FOUND');
  t.equal(await claimVersion(ctx, claimId), 1);
});
