// Search quality on a labelled set: each query names the one claim it should find. Fails when
// precision@1 < 0.9 or recall@5 < 0.95, and prints both with the misses.
import t from 'tap';
import { buildWithClaims, LABELLED_QUERIES } from '../search-helper.js';

t.test('labelled queries: precision@1 and recall@5 through GET /v1/claims?q=', async (t) => {
  const ctx = await buildWithClaims(t);
  t.ok(LABELLED_QUERIES.length >= 60, `${LABELLED_QUERIES.length} labelled queries`);
  let top1 = 0;
  let top5 = 0;
  const misses: string[] = [];
  for (const { query, expect, kind } of LABELLED_QUERIES) {
    const expected = ctx.ids.get(expect);
    t.ok(expected, `known claim ${expect}`);
    const res = await ctx.app.inject({ method: 'GET', url: `/v1/claims?limit=5&q=${encodeURIComponent(query)}`, headers: ctx.auth('reader') });
    t.equal(res.statusCode, 200, query);
    const ranked = (res.json().data as Array<{ id: string }>).map((c) => c.id);
    const at = ranked.indexOf(expected!);
    if (at === 0) top1++;
    if (at >= 0) top5++;
    if (at !== 0) misses.push(`  [${kind}] "${query}" → expected ${expect} at rank ${at < 0 ? '>5' : at + 1}`);
  }
  const precision = top1 / LABELLED_QUERIES.length;
  const recall = top5 / LABELLED_QUERIES.length;
  t.comment(`precision@1 = ${precision.toFixed(3)}, recall@5 = ${recall.toFixed(3)} over ${LABELLED_QUERIES.length} queries`);
  if (misses.length) t.comment(`not first:\n${misses.join('\n')}`);
  t.ok(precision >= 0.9, `precision@1 ${precision.toFixed(3)} >= 0.9`);
  t.ok(recall >= 0.95, `recall@5 ${recall.toFixed(3)} >= 0.95`);
});
