// /v1/claims: create, read with embedded evidence, list with filters and cursors, PATCH under If-Match.
import t from 'tap';
import { addEvidence, assertProblem, build, changeStatus, claimWithSource, counts, createClaim, SNAPSHOT } from '../helper.js';

const BTC = 'North Korea harvested more than 11,000 bitcoins in 2017.';

t.test('POST /v1/claims', async (t) => {
  t.test('creates an unverified claim with Location, ETag "1", parsed quantities and defaults', async (t) => {
    const ctx = await build(t);
    const res = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'), payload: { text: `  ${BTC} `, claimant: 'NSA', tags: ['north-korea', 'bitcoin', 'bitcoin'] } });
    t.equal(res.statusCode, 201);
    const c = res.json();
    t.match(c.id, /^clm_[0-9a-z]{26}$/);
    t.equal(res.headers.location, `/v1/claims/${c.id}`);
    t.equal(res.headers.etag, '"1"');
    t.match(c, {
      text: BTC, claimant: 'NSA', claimDate: null, language: 'en', status: 'unverified', statusRationale: null,
      reviewedBy: null, reviewedAt: null, version: 1, firstAppearance: null, evidence: [],
    });
    t.same(c.tags, ['north-korea', 'bitcoin'], 'tags trimmed of duplicates');
    t.match(c.quantities, [
      { raw: String, value: 11000, unit: 'BTC', qualifier: 'more_than' },
      { value: 2017, unit: 'year' },
    ]);
    t.same(c.createdBy, { id: c.createdBy.id, name: 'checker key' });
    t.match(c.createdBy.id, /^key_/);
    t.ok(!Number.isNaN(Date.parse(c.createdAt)) && c.createdAt.endsWith('Z'), 'createdAt is ISO-8601 UTC');
    t.equal(c.updatedAt, c.createdAt);
  });

  t.test('parses percent, money and keeps the given language and firstAppearance', async (t) => {
    const ctx = await build(t);
    const c = await createClaim(ctx, {
      text: 'Hackers stole 40% of the assets, about $5 million, in April 2017.',
      language: 'pt-BR', claimDate: '2017-12-19', firstAppearance: { url: 'https://example.com/youbit' },
    });
    t.match(c.quantities, [{ value: 40, unit: 'percent' }, { value: 5_000_000, unit: 'USD' }, { value: 2017, unit: 'year' }]);
    t.equal(c.language, 'pt-BR');
    t.equal(c.claimDate, '2017-12-19');
    t.same(c.firstAppearance, { sourceId: null, url: 'https://example.com/youbit' });
  });

  t.test('firstAppearance by source id must name a source (422)', async (t) => {
    const ctx = await build(t);
    const { sourceId } = await claimWithSource(ctx);
    const ok = await createClaim(ctx, { firstAppearance: { sourceId } });
    t.same(ok.firstAppearance, { sourceId, url: null });
    const before = await counts(ctx);
    const res = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth('checker'), payload: { text: 'x', firstAppearance: { sourceId: 'src_01jd2x8q0m7k3v5n6p9r4s2t1w' } } });
    const p = assertProblem(t, res, 422, 'UNKNOWN_REFERENCE');
    t.match(p.errors, [{ path: 'body.firstAppearance.sourceId' }]);
    t.same(await counts(ctx), before, 'nothing created');
  });

  t.test('readers and auditors cannot create; no key is 401', async (t) => {
    const ctx = await build(t);
    for (const role of ['reader', 'auditor'] as const) {
      const res = await ctx.app.inject({ method: 'POST', url: '/v1/claims', headers: ctx.auth(role), payload: { text: 'x' } });
      t.equal(assertProblem(t, res, 403, 'FORBIDDEN').requiredRole, 'checker');
    }
    assertProblem(t, await ctx.app.inject({ method: 'POST', url: '/v1/claims', payload: { text: 'x' } }), 401, 'UNAUTHENTICATED');
    t.equal((await counts(ctx)).claims, 0);
  });
});

t.test('GET /v1/claims/:id', async (t) => {
  t.test('embeds active evidence with its source, and sends the ETag', async (t) => {
    const ctx = await build(t);
    const { claimId, sourceId } = await claimWithSource(ctx);
    const quote = 'North Korea had harvested more than 11,000 bitcoins in 2017';
    t.equal((await addEvidence(ctx, claimId, { sourceId, stance: 'supports', quote, note: 'NSA figure' })).statusCode, 201);
    const res = await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}`, headers: ctx.auth('reader') });
    t.equal(res.statusCode, 200);
    t.equal(res.headers.etag, '"2"', 'adding evidence bumped the version');
    const c = res.json();
    t.equal(c.version, 2);
    t.equal(c.evidence.length, 1);
    t.match(c.evidence[0], {
      id: /^evd_/, claimId, sourceId, stance: 'supports', quote, note: 'NSA figure', retractedAt: null,
      source: { id: sourceId, title: 'Test article', kind: 'news', url: /^https:\/\/example\.com\// },
      quoteSelector: { exact: quote, start: SNAPSHOT.indexOf(quote) },
    });
    t.notOk('content' in c.evidence[0].source, 'the embedded source is a summary without the snapshot');
  });

  t.test('unknown id is 404, malformed id is 400', async (t) => {
    const ctx = await build(t);
    assertProblem(t, await ctx.app.inject({ method: 'GET', url: '/v1/claims/clm_01jd2x8q0m7k3v5n6p9r4s2t1w', headers: ctx.auth('reader') }), 404, 'CLAIM_NOT_FOUND');
    assertProblem(t, await ctx.app.inject({ method: 'GET', url: '/v1/claims/src_01jd2x8q0m7k3v5n6p9r4s2t1w', headers: ctx.auth('reader') }), 400, 'VALIDATION_FAILED');
  });
});

t.test('GET /v1/claims', async (t) => {
  const ctx = await build(t);
  // Five claims, oldest first: a (unverified), b (in_review), c (verified), d (false), e (unverified)
  const a = await createClaim(ctx, { text: 'Claim A', claimant: 'NSA', tags: ['bitcoin'] });
  const b = await createClaim(ctx, { text: 'Claim B', claimant: 'KDB', tags: ['bitcoin', 'mining'] });
  const { sourceId } = await claimWithSource(ctx, 'Throwaway claim');
  const c = await createClaim(ctx, { text: 'Claim C', claimant: 'NSA', tags: ['mining'] });
  const d = await createClaim(ctx, { text: 'Claim D', claimant: 'Kaspersky' });
  await addEvidence(ctx, c.id, { sourceId, stance: 'supports', quote: 'through mining and numerous thefts' });
  await addEvidence(ctx, d.id, { sourceId, stance: 'contradicts', quote: 'were futile' });
  for (const id of [b.id, c.id, d.id]) t.equal((await changeStatus(ctx, id, 'in_review', null, 'checker')).statusCode, 200);
  t.equal((await changeStatus(ctx, c.id, 'verified', 'The NSA says so')).statusCode, 200);
  t.equal((await changeStatus(ctx, d.id, 'false', 'KDB says mining was futile')).statusCode, 200);
  const e = await createClaim(ctx, { text: 'Claim E', tags: ['other'] });

  const list = async (qs: string) => {
    const res = await ctx.app.inject({ method: 'GET', url: `/v1/claims?${qs}`, headers: ctx.auth('reader') });
    t.equal(res.statusCode, 200, `?${qs} → 200`);
    return res.json() as { data: Array<{ id: string; text: string }>; nextCursor: string | null };
  };
  const texts = (body: { data: Array<{ text: string }> }) => body.data.map((x) => x.text).filter((x) => x !== 'Throwaway claim');

  t.test('newest first, without embedded evidence', async (t) => {
    const body = await list('');
    t.same(texts(body), ['Claim E', 'Claim D', 'Claim C', 'Claim B', 'Claim A']);
    t.equal(body.nextCursor, null);
    t.notOk('evidence' in body.data[0]!);
  });

  t.test('status, repeatable', async (t) => {
    t.same(texts(await list('status=unverified')), ['Claim E', 'Claim A']);
    t.same(texts(await list('status=verified&status=false')), ['Claim D', 'Claim C']);
    t.same(texts(await list('status=in_review')), ['Claim B']);
    t.same(texts(await list('status=misleading')), []);
    assertProblem(t, await ctx.app.inject({ method: 'GET', url: '/v1/claims?status=maybe', headers: ctx.auth('reader') }), 400, 'VALIDATION_FAILED');
  });

  t.test('tag and claimant', async (t) => {
    t.same(texts(await list('tag=bitcoin')), ['Claim B', 'Claim A']);
    t.same(texts(await list('tag=mining')), ['Claim C', 'Claim B']);
    t.same(texts(await list('claimant=NSA')), ['Claim C', 'Claim A']);
    t.same(texts(await list('claimant=NSA&tag=mining')), ['Claim C'], 'filters combine');
    t.same(texts(await list('tag=mining&status=in_review')), ['Claim B']);
    t.same(texts(await list('claimant=nobody')), []);
  });

  t.test('updatedSince', async (t) => {
    const eRead = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${e.id}`, headers: ctx.auth('reader') })).json();
    t.same(texts(await list(`updatedSince=${encodeURIComponent(eRead.updatedAt)}`)), ['Claim E'], 'at or after the instant');
    t.same(texts(await list(`updatedSince=${encodeURIComponent(new Date(Date.parse(eRead.updatedAt) + 1).toISOString())}`)), []);
    t.same(texts(await list('updatedSince=2000-01-01T00:00:00Z')).length, 5);
    // The same instant written differently must select the same claims.
    const wholeSeconds = new Date(Math.floor(Date.parse(eRead.updatedAt) / 1000) * 1000);
    const asZ = wholeSeconds.toISOString().replace('.000Z', 'Z');
    const asOffset = new Date(wholeSeconds.getTime() + 2 * 3600_000).toISOString().replace('.000Z', '+02:00');
    const viaZ = texts(await list(`updatedSince=${encodeURIComponent(asZ)}`));
    t.ok(viaZ.includes('Claim E'), 'an instant without milliseconds includes claims changed later in that second');
    const viaOffset = texts(await list(`updatedSince=${encodeURIComponent(asOffset)}`));
    t.ok(viaOffset.includes('Claim E'), 'an instant with an offset is compared as an instant');
    t.same(viaOffset, viaZ, 'the same instant in two forms selects the same claims');
    assertProblem(t, await ctx.app.inject({ method: 'GET', url: '/v1/claims?updatedSince=yesterday', headers: ctx.auth('reader') }), 400);
  });

  t.test('cursor pagination walks every claim once', async (t) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const body: { data: Array<{ id: string }>; nextCursor: string | null } = await list(`limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      t.ok(body.data.length <= 2);
      seen.push(...body.data.map((x) => x.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    t.equal(pages, 3, '6 claims in pages of 2');
    t.equal(seen.length, 6);
    t.equal(new Set(seen).size, 6, 'no claim twice');
    t.same(seen, [...seen].sort().reverse(), 'newest first across pages');
    for (const x of [a, b, c, d, e]) t.ok(seen.includes(x.id));
    const first = await list('limit=2&status=unverified');
    t.same(first.data.map((x) => x.text), ['Claim E', 'Throwaway claim']);
    const second = await list(`limit=2&status=unverified&cursor=${first.nextCursor}`);
    t.same(second.data.map((x) => x.text), ['Claim A'], 'the cursor keeps the filter');
    t.equal(second.nextCursor, null, 'last page');
  });

  t.test('limit is 1..100', async (t) => {
    t.equal((await list('limit=1')).data.length, 1);
    t.equal((await list('limit=100')).data.length, 6);
    for (const bad of ['0', '101', '-1', 'abc', '1.5']) {
      const res = await ctx.app.inject({ method: 'GET', url: `/v1/claims?limit=${bad}`, headers: ctx.auth('reader') });
      t.match(assertProblem(t, res, 400, 'VALIDATION_FAILED').errors, [{ path: 'querystring.limit' }], `limit=${bad}`);
    }
    const badCursor = await ctx.app.inject({ method: 'GET', url: '/v1/claims?cursor=not-ours', headers: ctx.auth('reader') });
    t.match(assertProblem(t, badCursor, 400, 'VALIDATION_FAILED').errors, [{ path: 'querystring.cursor' }]);
  });
});

t.test('PATCH /v1/claims/:id', async (t) => {
  t.test('If-Match: 428 without, 412 stale, 200 current with version + 1', async (t) => {
    const ctx = await build(t);
    const c = await createClaim(ctx, { text: BTC });
    const url = `/v1/claims/${c.id}`;
    const before = await counts(ctx);
    const missing = await ctx.app.inject({ method: 'PATCH', url, headers: ctx.auth('checker'), payload: { claimant: 'NSA' } });
    assertProblem(t, missing, 428, 'PRECONDITION_REQUIRED');
    const stale = await ctx.app.inject({ method: 'PATCH', url, headers: ctx.auth('checker', { 'if-match': '"7"' }), payload: { claimant: 'NSA' } });
    t.equal(assertProblem(t, stale, 412, 'PRECONDITION_FAILED').currentVersion, 1);
    t.same(await counts(ctx), before, 'refused edits change nothing');

    const ok = await ctx.app.inject({ method: 'PATCH', url, headers: ctx.auth('checker', { 'if-match': '"1"' }), payload: { claimant: 'NSA', text: 'Hackers stole 40% of Youbit.', tags: ['youbit'] } });
    t.equal(ok.statusCode, 200);
    t.equal(ok.headers.etag, '"2"');
    t.match(ok.json(), { version: 2, claimant: 'NSA', text: 'Hackers stole 40% of Youbit.', tags: ['youbit'], quantities: [{ value: 40, unit: 'percent' }] });
    t.equal(ok.json().quantities.length, 1, 'quantities re-parsed from the new text');
    t.same((await ctx.app.inject({ method: 'GET', url, headers: ctx.auth('reader') })).json().tags, ['youbit']);
    t.same((await ctx.app.inject({ method: 'GET', url: '/v1/claims?tag=youbit', headers: ctx.auth('reader') })).json().data.map((x: { id: string }) => x.id), [c.id], 'tag index follows the edit');

    const again = await ctx.app.inject({ method: 'PATCH', url, headers: ctx.auth('checker', { 'if-match': '"1"' }), payload: { claimant: 'KDB' } });
    assertProblem(t, again, 412, 'PRECONDITION_FAILED');
    const weak = await ctx.app.inject({ method: 'PATCH', url, headers: ctx.auth('checker', { 'if-match': 'W/"2"' }), payload: { claimant: null } });
    assertProblem(t, weak, 412, 'PRECONDITION_FAILED'); // RFC 9110: If-Match uses the strong comparison
    const cleared = await ctx.app.inject({ method: 'PATCH', url, headers: ctx.auth('checker', { 'if-match': '"2"' }), payload: { claimant: null } });
    t.equal(cleared.statusCode, 200);
    t.equal(cleared.json().claimant, null, 'null clears a field');
  });

  t.test('two PATCHes with the same If-Match: exactly one wins', async (t) => {
    const ctx = await build(t);
    const c = await createClaim(ctx);
    const patch = (claimant: string) => ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${c.id}`, headers: ctx.auth('checker', { 'if-match': '"1"' }), payload: { claimant } });
    const results = await Promise.all([patch('First'), patch('Second')]);
    const codes = results.map((r) => r.statusCode).sort();
    t.same(codes, [200, 412]);
    const winner = results.find((r) => r.statusCode === 200)!.json();
    const now = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${c.id}`, headers: ctx.auth('reader') })).json();
    t.equal(now.claimant, winner.claimant, 'the stored claim is the winner');
    t.equal(now.version, 2);
  });

  t.test('a verdict locks the text (409) but tags may change', async (t) => {
    const ctx = await build(t);
    const { claimId, sourceId } = await claimWithSource(ctx);
    await addEvidence(ctx, claimId, { sourceId, stance: 'supports', quote: 'harvested more than 11,000 bitcoins' });
    await changeStatus(ctx, claimId, 'in_review', null, 'checker');
    t.equal((await changeStatus(ctx, claimId, 'verified', 'NSA figure')).statusCode, 200);
    const v = (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${claimId}`, headers: ctx.auth('reader') })).json().version;
    const headers = ctx.auth('checker', { 'if-match': `"${v}"` });
    const locked = await ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${claimId}`, headers, payload: { text: 'Something else.' } });
    t.equal(assertProblem(t, locked, 409, 'CLAIM_LOCKED').rule, 'text-locked-by-verdict');
    const tags = await ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${claimId}`, headers, payload: { tags: ['north-korea', 'checked'] } });
    t.equal(tags.statusCode, 200);
    t.match(tags.json(), { status: 'verified', tags: ['north-korea', 'checked'], version: v + 1 });
    const sameText = await ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${claimId}`, headers: ctx.auth('checker', { 'if-match': `"${v + 1}"` }), payload: { text: 'North Korea harvested more than 11,000 bitcoins in 2017.' } });
    t.equal(sameText.statusCode, 200, 'sending the unchanged text is not an edit');
    t.equal(sameText.json().version, v + 1, 'no change, no new version');

    // After re-opening, the text can change again.
    t.equal((await changeStatus(ctx, claimId, 'in_review', 'Re-checking the figure')).statusCode, 200);
    const after = await ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${claimId}`, headers: ctx.auth('checker', { 'if-match': `"${v + 2}"` }), payload: { text: 'North Korea harvested about 11,000 bitcoins in 2017.' } });
    t.equal(after.statusCode, 200);
  });

  t.test('validation: unknown fields, empty body, bad values', async (t) => {
    const ctx = await build(t);
    const c = await createClaim(ctx);
    const headers = ctx.auth('checker', { 'if-match': '"1"' });
    const unknown = await ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${c.id}`, headers, payload: { status: 'verified' } });
    t.match(assertProblem(t, unknown, 400, 'VALIDATION_FAILED').errors, [{ path: 'body.status' }], 'status cannot be PATCHed');
    assertProblem(t, await ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${c.id}`, headers, payload: {} }), 400, 'VALIDATION_FAILED');
    const bad = await ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${c.id}`, headers, payload: { text: '', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) } });
    t.match(assertProblem(t, bad, 400).errors, [{ path: 'body.text' }, { path: 'body.tags' }]);
    assertProblem(t, await ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${c.id}`, headers: ctx.auth('checker', { 'if-match': 'abc' }), payload: { claimant: 'x' } }), 400);
    assertProblem(t, await ctx.app.inject({ method: 'PATCH', url: '/v1/claims/clm_01jd2x8q0m7k3v5n6p9r4s2t1w', headers, payload: { claimant: 'x' } }), 404, 'CLAIM_NOT_FOUND');
    assertProblem(t, await ctx.app.inject({ method: 'PATCH', url: `/v1/claims/${c.id}`, headers: ctx.auth('reader', { 'if-match': '"1"' }), payload: { claimant: 'x' } }), 403);
    t.equal(await (await ctx.app.inject({ method: 'GET', url: `/v1/claims/${c.id}`, headers: ctx.auth('reader') })).json().version, 1);
  });
});
