// /v1/sources: creation with canonical-URL de-duplication, reading with the claims it is evidence for,
// listing without snapshots, and PATCH under If-Match that never pulls a snapshot from under its quotes.
import { createHash } from 'node:crypto';
import t from 'tap';
import { addEvidence, assertProblem, build, claimWithSource, counts, createSource, retractEvidence, SNAPSHOT } from '../helper.js';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

t.test('POST /v1/sources', async (t) => {
  t.test('creates a source with a canonical URL, digest and retrieval time', async (t) => {
    const ctx = await build(t);
    const res = await ctx.app.inject({
      method: 'POST', url: '/v1/sources', headers: ctx.auth('checker'),
      payload: { url: 'HTTPS://WWW.Example.COM/News/Crypto?id=7&utm_source=twitter#comments', title: 'North Korea and Crypto-Love', kind: 'news', publisher: 'Example News', author: 'A. Writer', publishedAt: '2018-09-05', content: SNAPSHOT },
    });
    t.equal(res.statusCode, 201);
    const s = res.json();
    t.match(s.id, /^src_[0-9a-z]{26}$/);
    t.equal(res.headers.location, `/v1/sources/${s.id}`);
    t.equal(res.headers.etag, '"1"');
    t.match(s, { url: 'https://www.example.com/News/Crypto?id=7', citation: null, title: 'North Korea and Crypto-Love', kind: 'news', publisher: 'Example News', author: 'A. Writer', publishedAt: '2018-09-05', version: 1, createdBy: { name: 'checker key' } });
    t.equal(s.contentSha256, sha256(SNAPSHOT));
    t.ok(Date.parse(s.retrievedAt) > 0, 'retrievedAt defaults to now when content is given');
    t.notOk('content' in s, 'the snapshot is not echoed back');
  });

  t.test('the same URL in another spelling returns the existing source (200), not a duplicate', async (t) => {
    const ctx = await build(t);
    const first = await ctx.app.inject({ method: 'POST', url: '/v1/sources', headers: ctx.auth('checker'), payload: { url: 'https://example.com/story?id=42', title: 'Story', kind: 'news' } });
    t.equal(first.statusCode, 201);
    const before = await counts(ctx);
    for (const url of ['HTTPS://EXAMPLE.com/story?id=42', 'https://example.com/story?id=42#top', 'https://example.com/story?utm_source=x&id=42&utm_medium=social', 'https://example.com:443/story?id=42']) {
      const res = await ctx.app.inject({ method: 'POST', url: '/v1/sources', headers: ctx.auth('reviewer'), payload: { url, title: 'A different title', kind: 'social' } });
      t.equal(res.statusCode, 200, url);
      t.equal(res.json().id, first.json().id);
      t.equal(res.json().title, 'Story', 'the existing source, unchanged');
      t.equal(res.headers.location, `/v1/sources/${first.json().id}`);
    }
    t.same(await counts(ctx), before, 'no new source, no audit event');
    const other = await ctx.app.inject({ method: 'POST', url: '/v1/sources', headers: ctx.auth('checker'), payload: { url: 'https://example.com/Story?id=42', title: 'Story', kind: 'news' } });
    t.equal(other.statusCode, 201, 'path case matters');
  });

  t.test('needs a url or a citation', async (t) => {
    const ctx = await build(t);
    for (const payload of [{ title: 'Nothing', kind: 'news' }, { title: 'Nothing', kind: 'news', url: null, citation: null }]) {
      const res = await ctx.app.inject({ method: 'POST', url: '/v1/sources', headers: ctx.auth('checker'), payload });
      t.match(assertProblem(t, res, 400, 'VALIDATION_FAILED').errors, [{ path: 'body.citation', message: /url or a citation/ }]);
    }
    const cited = await ctx.app.inject({ method: 'POST', url: '/v1/sources', headers: ctx.auth('checker'), payload: { title: 'KDB report', kind: 'research', citation: 'KDB report, 2018' } });
    t.equal(cited.statusCode, 201);
    t.match(cited.json(), { url: null, citation: 'KDB report, 2018', contentSha256: null, retrievedAt: null });
    t.equal((await counts(ctx)).sources, 1);
  });

  t.test('bad values are 400 naming each field', async (t) => {
    const ctx = await build(t);
    for (const url of ['not a url', 'ftp://example.com/x', 'javascript:alert(1)']) {
      const res = await ctx.app.inject({ method: 'POST', url: '/v1/sources', headers: ctx.auth('checker'), payload: { url, title: 'x', kind: 'news' } });
      t.match(assertProblem(t, res, 400, 'VALIDATION_FAILED').errors, [{ path: 'body.url' }], url);
    }
    const res = await ctx.app.inject({ method: 'POST', url: '/v1/sources', headers: ctx.auth('checker'), payload: { citation: 'x', title: '', kind: 'blog', publishedAt: 'last year', colour: 'red' } });
    const paths = assertProblem(t, res, 400).errors.map((e: { path: string }) => e.path).sort();
    t.same(paths, ['body.colour', 'body.kind', 'body.publishedAt', 'body.title']);
    assertProblem(t, await ctx.app.inject({ method: 'POST', url: '/v1/sources', headers: ctx.auth('reader'), payload: { citation: 'x', title: 'x', kind: 'news' } }), 403);
    t.equal((await counts(ctx)).sources, 0);
  });
});

t.test('GET /v1/sources/:id lists the claims it is active evidence for, with stance', async (t) => {
  const ctx = await build(t);
  const one = await claimWithSource(ctx, 'North Korea harvested more than 11,000 bitcoins in 2017.');
  const two = await claimWithSource(ctx, 'North Korea mined Bitcoin successfully in 2017.');
  const e1 = (await addEvidence(ctx, one.claimId, { sourceId: one.sourceId, stance: 'supports', quote: 'more than 11,000 bitcoins' })).json();
  const e2 = (await addEvidence(ctx, two.claimId, { sourceId: one.sourceId, stance: 'contradicts', quote: 'were futile' })).json();
  const e3 = (await addEvidence(ctx, two.claimId, { sourceId: one.sourceId, stance: 'context' })).json();
  await retractEvidence(ctx, two.claimId, e3.id);

  const res = await ctx.app.inject({ method: 'GET', url: `/v1/sources/${one.sourceId}`, headers: ctx.auth('reader') });
  t.equal(res.statusCode, 200);
  t.equal(res.headers.etag, '"1"');
  const s = res.json();
  t.equal(s.content, SNAPSHOT, 'one source is read with its snapshot');
  t.same(s.claims, [
    { claimId: one.claimId, claimText: 'North Korea harvested more than 11,000 bitcoins in 2017.', claimStatus: 'unverified', evidenceId: e1.id, stance: 'supports', quoteSelector: e1.quoteSelector },
    { claimId: two.claimId, claimText: 'North Korea mined Bitcoin successfully in 2017.', claimStatus: 'unverified', evidenceId: e2.id, stance: 'contradicts', quoteSelector: e2.quoteSelector },
  ], 'retracted links are left out');
  t.match(s.claims[1].quoteSelector, { exact: 'were futile', start: SNAPSHOT.indexOf('were futile') }, 'with where each quote sits, for highlighting');
  t.same((await ctx.app.inject({ method: 'GET', url: `/v1/sources/${two.sourceId}`, headers: ctx.auth('reader') })).json().claims, []);
  assertProblem(t, await ctx.app.inject({ method: 'GET', url: '/v1/sources/src_01jd2x8q0m7k3v5n6p9r4s2t1w', headers: ctx.auth('reader') }), 404, 'SOURCE_NOT_FOUND');
  assertProblem(t, await ctx.app.inject({ method: 'GET', url: '/v1/sources/clm_01jd2x8q0m7k3v5n6p9r4s2t1w', headers: ctx.auth('reader') }), 400, 'VALIDATION_FAILED');
});

t.test('GET /v1/sources lists without content, newest first, by kind, in pages', async (t) => {
  const ctx = await build(t);
  const a = await createSource(ctx, { kind: 'news', content: SNAPSHOT });
  const b = await createSource(ctx, { kind: 'research', url: null, citation: 'KDB report, 2018' });
  const c = await createSource(ctx, { kind: 'news' });
  const list = async (qs = '') => (await ctx.app.inject({ method: 'GET', url: `/v1/sources?${qs}`, headers: ctx.auth('reader') })).json();
  const all = await list();
  t.same(all.data.map((s: { id: string }) => s.id), [c.id, b.id, a.id]);
  for (const s of all.data) t.notOk('content' in s, `${s.id} has no content in the list`);
  t.equal(all.data[2].contentSha256, sha256(SNAPSHOT), 'but the digest is there');
  t.same((await list('kind=news')).data.map((s: { id: string }) => s.id), [c.id, a.id]);
  const p1 = await list('limit=2');
  t.equal(p1.data.length, 2);
  const p2 = await list(`limit=2&cursor=${p1.nextCursor}`);
  t.same(p2.data.map((s: { id: string }) => s.id), [a.id]);
  t.equal(p2.nextCursor, null);
  for (const qs of ['limit=0', 'limit=101', 'kind=blog', 'cursor=abc']) assertProblem(t, await ctx.app.inject({ method: 'GET', url: `/v1/sources?${qs}`, headers: ctx.auth('reader') }), 400, 'VALIDATION_FAILED');
});

t.test('PATCH /v1/sources/:id', async (t) => {
  t.test('If-Match: 428 without, 412 stale, 200 current with version + 1', async (t) => {
    const ctx = await build(t);
    const s = await createSource(ctx);
    const url = `/v1/sources/${s.id}`;
    assertProblem(t, await ctx.app.inject({ method: 'PATCH', url, headers: ctx.auth('checker'), payload: { title: 'New' } }), 428, 'PRECONDITION_REQUIRED');
    t.equal(assertProblem(t, await ctx.app.inject({ method: 'PATCH', url, headers: ctx.auth('checker', { 'if-match': '"2"' }), payload: { title: 'New' } }), 412, 'PRECONDITION_FAILED').currentVersion, 1);
    const ok = await ctx.app.inject({ method: 'PATCH', url, headers: ctx.auth('checker', { 'if-match': '"1"' }), payload: { title: 'New title', publisher: 'Example', url: 'https://EXAMPLE.com/renamed#x' } });
    t.equal(ok.statusCode, 200);
    t.equal(ok.headers.etag, '"2"');
    t.match(ok.json(), { title: 'New title', publisher: 'Example', url: 'https://example.com/renamed', version: 2 });
    const dedup = await ctx.app.inject({ method: 'POST', url: '/v1/sources', headers: ctx.auth('checker'), payload: { url: 'https://example.com/renamed?utm_campaign=x', title: 'x', kind: 'news' } });
    t.equal(dedup.statusCode, 200, 'de-duplication follows the new URL');
    t.equal(dedup.json().id, s.id);
    assertProblem(t, await ctx.app.inject({ method: 'PATCH', url, headers: ctx.auth('checker', { 'if-match': '"1"' }), payload: { title: 'Late' } }), 412);
  });

  t.test('another source’s URL is 409', async (t) => {
    const ctx = await build(t);
    const a = await createSource(ctx, { url: 'https://example.com/a' });
    const b = await createSource(ctx, { url: 'https://example.com/b' });
    const res = await ctx.app.inject({ method: 'PATCH', url: `/v1/sources/${b.id}`, headers: ctx.auth('checker', { 'if-match': '"1"' }), payload: { url: 'https://EXAMPLE.com/a#frag' } });
    t.equal(assertProblem(t, res, 409, 'SOURCE_URL_CONFLICT').existingSourceId, a.id);
  });

  t.test('a source must keep a url or a citation', async (t) => {
    const ctx = await build(t);
    const s = await createSource(ctx);
    const before = await counts(ctx);
    const res = await ctx.app.inject({ method: 'PATCH', url: `/v1/sources/${s.id}`, headers: ctx.auth('checker', { 'if-match': '"1"' }), payload: { url: null } });
    assertProblem(t, res, 400, 'VALIDATION_FAILED');
    t.same(await counts(ctx), before);
    const swap = await ctx.app.inject({ method: 'PATCH', url: `/v1/sources/${s.id}`, headers: ctx.auth('checker', { 'if-match': '"1"' }), payload: { url: null, citation: 'Printed edition, p. 3' } });
    t.equal(swap.statusCode, 200);
    t.match(swap.json(), { url: null, citation: 'Printed edition, p. 3' });
    const cited = await createSource(ctx, { url: null, citation: 'KDB report' });
    assertProblem(t, await ctx.app.inject({ method: 'PATCH', url: `/v1/sources/${cited.id}`, headers: ctx.auth('checker', { 'if-match': '"1"' }), payload: { citation: null } }), 400, 'VALIDATION_FAILED');
  });

  t.test('the snapshot cannot change under active quoted evidence (409)', async (t) => {
    const ctx = await build(t);
    const { claimId, sourceId } = await claimWithSource(ctx);
    const e = (await addEvidence(ctx, claimId, { sourceId, stance: 'supports', quote: 'more than 11,000 bitcoins' })).json();
    await addEvidence(ctx, claimId, { sourceId, stance: 'context' });
    const url = `/v1/sources/${sourceId}`;
    const before = await counts(ctx);
    const res = await ctx.app.inject({ method: 'PATCH', url, headers: ctx.auth('checker', { 'if-match': '"1"' }), payload: { content: 'Entirely different text.' } });
    t.same(assertProblem(t, res, 409, 'SOURCE_CONTENT_CONFLICT').evidenceIds, [e.id]);
    const cleared = await ctx.app.inject({ method: 'PATCH', url, headers: ctx.auth('checker', { 'if-match': '"1"' }), payload: { content: null } });
    assertProblem(t, cleared, 409, 'SOURCE_CONTENT_CONFLICT');
    t.same(await counts(ctx), before);
    const same = await ctx.app.inject({ method: 'PATCH', url, headers: ctx.auth('checker', { 'if-match': '"1"' }), payload: { content: SNAPSHOT, title: 'Renamed' } });
    t.equal(same.statusCode, 200, 'sending the same snapshot is not a change');

    await retractEvidence(ctx, claimId, e.id, 'Replacing the snapshot');
    const replaced = await ctx.app.inject({ method: 'PATCH', url, headers: ctx.auth('checker', { 'if-match': '"2"' }), payload: { content: 'Entirely different text.' } });
    t.equal(replaced.statusCode, 200, 'allowed once the quoted evidence is retracted (context evidence has no quote)');
    t.equal(replaced.json().contentSha256, sha256('Entirely different text.'));
    t.equal((await ctx.app.inject({ method: 'GET', url, headers: ctx.auth('reader') })).json().content, 'Entirely different text.');
  });

  t.test('validation and roles', async (t) => {
    const ctx = await build(t);
    const s = await createSource(ctx);
    const headers = ctx.auth('checker', { 'if-match': '"1"' });
    assertProblem(t, await ctx.app.inject({ method: 'PATCH', url: `/v1/sources/${s.id}`, headers, payload: {} }), 400);
    t.match(assertProblem(t, await ctx.app.inject({ method: 'PATCH', url: `/v1/sources/${s.id}`, headers, payload: { contentSha256: 'abc' } }), 400).errors, [{ path: 'body.contentSha256' }]);
    assertProblem(t, await ctx.app.inject({ method: 'PATCH', url: '/v1/sources/src_01jd2x8q0m7k3v5n6p9r4s2t1w', headers, payload: { title: 'x' } }), 404, 'SOURCE_NOT_FOUND');
    assertProblem(t, await ctx.app.inject({ method: 'PATCH', url: `/v1/sources/${s.id}`, headers: ctx.auth('auditor', { 'if-match': '"1"' }), payload: { title: 'x' } }), 403);
  });
});
