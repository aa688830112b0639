// /v1/claims/:id/evidence: attaching sources with quotes checked against the snapshot, listing, retracting.
import t from 'tap';
import { addEvidence, assertProblem, build, claimVersion, claimWithSource, counts, createSource, retractEvidence, SNAPSHOT } from '../helper.js';

const NOT_AN_ID = { claim: 'clm_01jd2x8q0m7k3v5n6p9r4s2t1w', source: 'src_01jd2x8q0m7k3v5n6p9r4s2t1w', evidence: 'evd_01jd2x8q0m7k3v5n6p9r4s2t1w' };

t.test('POST /v1/claims/:id/evidence', async (t) => {
  const ctx = await build(t); // one app: every case makes its own claim and source
  t.test('records the quote and where it sits in the snapshot', async (t) => {
    const { claimId, sourceId } = await claimWithSource(ctx);
    const quote = 'harvested more than 11,000 bitcoins in 2017';
    const res = await addEvidence(ctx, claimId, { sourceId, stance: 'supports', quote, note: 'The NSA figure' });
    t.equal(res.statusCode, 201);
    const e = res.json();
    t.match(e.id, /^evd_[0-9a-z]{26}$/);
    t.equal(res.headers.location, `/v1/claims/${claimId}/evidence/${e.id}`);
    t.equal(res.headers.etag, '"2"', 'the claim version moved on');
    const start = SNAPSHOT.indexOf(quote);
    t.same(e.quoteSelector, {
      exact: quote, start, end: start + quote.length,
      prefix: SNAPSHOT.slice(start - 32, start), suffix: SNAPSHOT.slice(start + quote.length, start + quote.length + 32),
    });
    t.match(e, { claimId, sourceId, stance: 'supports', quote, note: 'The NSA figure', createdBy: { name: 'checker key' }, retractedAt: null, retractedBy: null, retractionReason: null, source: { id: sourceId } });
  });

  t.test('a quote typed with a straight apostrophe matches the snapshot’s typographic one', async (t) => {
    const { claimId, sourceId } = await claimWithSource(ctx);
    const res = await addEvidence(ctx, claimId, { sourceId, stance: 'contradicts', quote: "North Korea's efforts of mining Bitcoin between May and June 2017 were futile" });
    t.equal(res.statusCode, 201);
    const sel = res.json().quoteSelector;
    const exact = 'North Korea’s efforts of mining Bitcoin between May and June 2017 were futile';
    t.equal(sel.exact, exact, 'the selector quotes the snapshot as it is');
    t.equal(sel.start, SNAPSHOT.indexOf(exact));
    t.equal(sel.end, SNAPSHOT.indexOf(exact) + exact.length);
    t.equal(sel.suffix, '.', 'suffix is what follows, up to the end');
    t.equal(SNAPSHOT.slice(sel.start, sel.end), exact);
    t.equal(res.json().quote, "North Korea's efforts of mining Bitcoin between May and June 2017 were futile", 'the quote is kept as typed');
  });

  t.test('whitespace is normalised, also across lines', async (t) => {
    const { claimId, sourceId } = await claimWithSource(ctx);
    const res = await addEvidence(ctx, claimId, { sourceId, stance: 'context', quote: '  numerous   thefts. KDB\tclaims  ' });
    t.equal(res.statusCode, 201);
    const sel = res.json().quoteSelector;
    t.equal(sel.exact, 'numerous thefts.\nKDB claims');
    t.equal(sel.start, SNAPSHOT.indexOf('numerous thefts.'));
    t.equal(SNAPSHOT.slice(sel.start, sel.end), sel.exact);
  });

  t.test('typographic double quotes in a quote match straight ones in the snapshot', async (t) => {
    const content = 'The report called the effort "futile" \u2014 twice.';
    const src = await createSource(ctx, { content });
    const { claimId } = await claimWithSource(ctx);
    const res = await addEvidence(ctx, claimId, { sourceId: src.id, stance: 'contradicts', quote: 'the effort \u201Cfutile\u201D - twice' });
    t.equal(res.statusCode, 201);
    t.equal(res.json().quoteSelector.exact, 'the effort "futile" \u2014 twice');
  });

  t.test('a quote that is not in the snapshot is 422 and changes nothing', async (t) => {
    const { claimId, sourceId } = await claimWithSource(ctx);
    const before = await counts(ctx);
    for (const quote of ['harvested more than 12,000 bitcoins', 'north korea had harvested', 'futile!']) {
      const res = await addEvidence(ctx, claimId, { sourceId, stance: 'supports', quote });
      t.match(assertProblem(t, res, 422, 'QUOTE_NOT_IN_SOURCE').errors, [{ path: 'body.quote' }], JSON.stringify(quote));
    }
    t.same(await counts(ctx), before);
    t.equal(await claimVersion(ctx, claimId), 1);
  });

  t.test('a source without content accepts any quote, with no selector', async (t) => {
    const { claimId } = await claimWithSource(ctx);
    const report = await createSource(ctx, { url: null, citation: 'KDB report, 2018', kind: 'research' });
    const res = await addEvidence(ctx, claimId, { sourceId: report.id, stance: 'contradicts', quote: 'Mining efforts were futile.' });
    t.equal(res.statusCode, 201);
    t.equal(res.json().quoteSelector, null);
    t.equal(res.json().quote, 'Mining efforts were futile.');
    t.match(res.json().source, { id: report.id, url: null, citation: 'KDB report, 2018' });
  });

  t.test('supports and contradicts need a quote (400); context does not', async (t) => {
    const { claimId, sourceId } = await claimWithSource(ctx);
    for (const stance of ['supports', 'contradicts']) {
      for (const quote of [undefined, null, '', '   ']) {
        const res = await addEvidence(ctx, claimId, { sourceId, stance, ...(quote === undefined ? {} : { quote }) });
        t.match(assertProblem(t, res, 400, 'VALIDATION_FAILED').errors, [{ path: 'body.quote' }], `${stance} with quote ${JSON.stringify(quote)}`);
      }
    }
    const ctxRes = await addEvidence(ctx, claimId, { sourceId, stance: 'context', note: 'Background on mining' });
    t.equal(ctxRes.statusCode, 201);
    t.match(ctxRes.json(), { quote: null, quoteSelector: null, note: 'Background on mining' });
  });

  t.test('unknown source is 422, unknown claim 404, malformed ids 400', async (t) => {
    const { claimId, sourceId } = await claimWithSource(ctx);
    const before = await counts(ctx);
    const unknownSource = await addEvidence(ctx, claimId, { sourceId: NOT_AN_ID.source, stance: 'context' });
    t.match(assertProblem(t, unknownSource, 422, 'UNKNOWN_REFERENCE').errors, [{ path: 'body.sourceId' }]);
    assertProblem(t, await addEvidence(ctx, NOT_AN_ID.claim, { sourceId, stance: 'context' }), 404, 'CLAIM_NOT_FOUND');
    t.match(assertProblem(t, await addEvidence(ctx, claimId, { sourceId: 'https://example.com', stance: 'context' }), 400).errors, [{ path: 'body.sourceId' }]);
    assertProblem(t, await addEvidence(ctx, 'not-a-claim', { sourceId, stance: 'context' }), 400, 'VALIDATION_FAILED');
    t.match(assertProblem(t, await addEvidence(ctx, claimId, { sourceId, stance: 'agrees', quote: 'futile' }), 400).errors, [{ path: 'body.stance' }]);
    t.same(await counts(ctx), before);
  });

  t.test('the same evidence twice is 409; another stance or quote is not a duplicate', async (t) => {
    const { claimId, sourceId } = await claimWithSource(ctx);
    const body = { sourceId, stance: 'supports', quote: 'more than 11,000 bitcoins' };
    const first = await addEvidence(ctx, claimId, body);
    t.equal(first.statusCode, 201);
    const dup = await addEvidence(ctx, claimId, body);
    t.equal(assertProblem(t, dup, 409, 'DUPLICATE_EVIDENCE').evidenceId, first.json().id);
    t.equal((await addEvidence(ctx, claimId, { ...body, stance: 'context' })).statusCode, 201);
    t.equal((await addEvidence(ctx, claimId, { ...body, quote: 'in 2017' })).statusCode, 201);
    t.equal((await retractEvidence(ctx, claimId, first.json().id)).statusCode, 200);
    t.equal((await addEvidence(ctx, claimId, body)).statusCode, 201, 'after a retraction it may be attached again');
  });

  t.test('If-Match is optional, but must be current when sent', async (t) => {
    const { claimId, sourceId } = await claimWithSource(ctx);
    assertProblem(t, await addEvidence(ctx, claimId, { sourceId, stance: 'context' }, 'checker', { 'if-match': '"2"' }), 412, 'PRECONDITION_FAILED');
    t.equal((await addEvidence(ctx, claimId, { sourceId, stance: 'context' }, 'checker', { 'if-match': '"1"' })).statusCode, 201);
  });

  t.test('readers cannot attach evidence', async (t) => {
    const { claimId, sourceId } = await claimWithSource(ctx);
    for (const role of ['reader', 'auditor'] as const) assertProblem(t, await addEvidence(ctx, claimId, { sourceId, stance: 'context' }, role), 403, 'FORBIDDEN');
  });
});

t.test('retraction', async (t) => {
  t.test('needs a reason, records who and why, and is final', async (t) => {
    const ctx = await build(t);
    const { claimId, sourceId } = await claimWithSource(ctx);
    const e = (await addEvidence(ctx, claimId, { sourceId, stance: 'supports', quote: 'more than 11,000 bitcoins' })).json();
    const url = `/v1/claims/${claimId}/evidence/${e.id}/retract`;
    for (const payload of [{}, { reason: '' }, { reason: '   ' }]) {
      const res = await ctx.app.inject({ method: 'POST', url, headers: ctx.auth('checker'), payload });
      t.match(assertProblem(t, res, 400, 'VALIDATION_FAILED').errors, [{ path: 'body.reason' }], JSON.stringify(payload));
    }
    t.equal(await claimVersion(ctx, claimId), 2);

    const res = await retractEvidence(ctx, claimId, e.id, '  The NSA figure is second-hand  ', 'reviewer');
    t.equal(res.statusCode, 200);
    t.equal(res.headers.etag, '"3"');
    t.match(res.json(), { id: e.id, retractedAt: String, retractedBy: { name: 'reviewer key' }, retractionReason: 'The NSA figure is second-hand' });

    const again = await retractEvidence(ctx, claimId, e.id, 'Again');
    assertProblem(t, again, 409, 'EVIDENCE_ALREADY_RETRACTED');
    t.equal(await claimVersion(ctx, claimId), 3, 'a refused retraction changes nothing');
  });

  t.test('unknown evidence, or evidence of another claim, is 404', async (t) => {
    const ctx = await build(t);
    const one = await claimWithSource(ctx);
    const two = await claimWithSource(ctx, 'Another claim');
    const e = (await addEvidence(ctx, one.claimId, { sourceId: one.sourceId, stance: 'context' })).json();
    assertProblem(t, await retractEvidence(ctx, one.claimId, NOT_AN_ID.evidence), 404, 'EVIDENCE_NOT_FOUND');
    assertProblem(t, await retractEvidence(ctx, two.claimId, e.id), 404, 'EVIDENCE_NOT_FOUND');
    assertProblem(t, await retractEvidence(ctx, NOT_AN_ID.claim, e.id), 404, 'CLAIM_NOT_FOUND');
    assertProblem(t, await retractEvidence(ctx, one.claimId, 'evd_nope'), 400, 'VALIDATION_FAILED');
    assertProblem(t, await retractEvidence(ctx, one.claimId, e.id, 'x', 'reader'), 403, 'FORBIDDEN');
  });

  t.test('retracted evidence leaves the claim read but stays listed with includeRetracted=true', async (t) => {
    const ctx = await build(t);
    const { claimId, sourceId } = await claimWithSource(ctx);
    const kept = (await addEvidence(ctx, claimId, { sourceId, stance: 'context', note: 'kept' })).json();
    const gone = (await addEvidence(ctx, claimId, { sourceId, stance: 'supports', quote: 'more than 11,000 bitcoins' })).json();
    await retractEvidence(ctx, claimId, gone.id, 'Wrong figure');

    const claim = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}`, headers: ctx.auth('reader') })).json();
    t.same(claim.evidence.map((x: { id: string }) => x.id), [kept.id], 'the claim embeds only active evidence');

    const active = await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}/evidence`, headers: ctx.auth('reader') });
    t.equal(active.statusCode, 200);
    t.same(active.json().data.map((x: { id: string }) => x.id), [kept.id]);

    const all = await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}/evidence?includeRetracted=true`, headers: ctx.auth('reader') });
    t.same(all.json().data.map((x: { id: string }) => x.id), [kept.id, gone.id], 'oldest first');
    t.match(all.json().data[1], { retractionReason: 'Wrong figure', retractedBy: { name: 'checker key' }, quoteSelector: { exact: 'more than 11,000 bitcoins' } });

    assertProblem(t, await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}/evidence?includeRetracted=perhaps`, headers: ctx.auth('reader') }), 400, 'VALIDATION_FAILED');
    assertProblem(t, await ctx.app.inject({ method: 'GET', url: `/v1/claims/${NOT_AN_ID.claim}/evidence`, headers: ctx.auth('reader') }), 404, 'CLAIM_NOT_FOUND');
  });
});

t.test('GET /v1/claims/:id/evidence pages like every list', async (t) => {
  const ctx = await build(t);
  const { claimId, sourceId } = await claimWithSource(ctx);
  const ids: string[] = [];
  for (const quote of ['Last March', 'more than 11,000 bitcoins', 'were futile']) ids.push((await addEvidence(ctx, claimId, { sourceId, stance: 'context', quote })).json().id);
  const get = async (qs: string) => (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}/evidence?${qs}`, headers: ctx.auth('reader') })).json();
  const all = await get('');
  t.same(all.data.map((e: { id: string }) => e.id), ids, 'oldest first');
  t.equal(all.nextCursor, null);
  const p1 = await get('limit=2');
  t.same(p1.data.map((e: { id: string }) => e.id), ids.slice(0, 2));
  t.type(p1.nextCursor, 'string');
  const p2 = await get(`limit=2&cursor=${p1.nextCursor}`);
  t.same(p2.data.map((e: { id: string }) => e.id), ids.slice(2));
  t.equal(p2.nextCursor, null);
  for (const qs of ['limit=0', 'limit=101', 'cursor=abc']) assertProblem(t, await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}/evidence?${qs}`, headers: ctx.auth('reader') }), 400, 'VALIDATION_FAILED');
  t.equal((await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}`, headers: ctx.auth('reader') })).json().evidence.length, 3, 'the claim read still embeds all active evidence');
});
