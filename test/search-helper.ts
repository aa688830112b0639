// Shared set-up for the search tests: the seed data plus extra claims (distractors with similar words and
// figures), and a map from claim keys to ids.
import { readFileSync } from 'node:fs';
import type { Test } from 'tap';
import { SYSTEM_ACTOR_ID } from '../src/services/api-keys.js';
import { loadSeed, SEED_DIR } from '../src/services/seed.js';
import { build, type TestContext } from './helper.js';

interface ExtraClaim {
  key: string;
  text: string;
  claimant: string;
  tags: string[];
}

export interface LabelledQuery {
  query: string;
  expect: string;
  kind: string;
}

const readJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8')) as T;

export const EXTRA_CLAIMS = readJson<ExtraClaim[]>('./search/extra-claims.json');
export const LABELLED_QUERIES = readJson<LabelledQuery[]>('./search/labelled-queries.json');

/** An app with the seed and the extra claims; `ids` maps seed keys and extra keys to claim ids. */
export async function buildWithClaims(t: Test): Promise<TestContext & { ids: Map<string, string> }> {
  const ctx = await build(t);
  await loadSeed(ctx.app.services);
  const seed = JSON.parse(readFileSync(`${SEED_DIR}/seed.json`, 'utf8')) as { claims: Array<{ key: string; text: string }> };
  const byText = new Map((await ctx.app.services.claims.list({ limit: 1000 })).map((c) => [c.text, c.id]));
  const ids = new Map(seed.claims.map((c) => [c.key, byText.get(c.text)!]));
  for (const c of EXTRA_CLAIMS) {
    ids.set(c.key, (await ctx.app.services.claims.create(SYSTEM_ACTOR_ID, { text: c.text, claimant: c.claimant, tags: c.tags })).id);
  }
  return { ...ctx, ids };
}

export const SYSTEM = { id: SYSTEM_ACTOR_ID, name: 'system', role: 'admin' as const };

/** A new claim with one quoted evidence from a fresh source, optionally taken to a verdict. */
export async function claimWithEvidence(
  ctx: TestContext,
  opts: { text: string; content: string; quote: string; stance: 'supports' | 'contradicts' | 'context'; verdict?: 'verified' | 'false' | 'misleading' | 'unverifiable' },
) {
  const { services } = ctx.app;
  const { source } = await services.sources.create(SYSTEM.id, { title: 'Fixture source', kind: 'news', citation: `fixture ${Math.random()}`, content: opts.content });
  const claim = await services.claims.create(SYSTEM.id, { text: opts.text });
  const { evidence } = await services.evidence.add(SYSTEM.id, claim.id, '*', { sourceId: source.id, stance: opts.stance, quote: opts.quote });
  if (opts.verdict) {
    await services.claims.setStatus(SYSTEM, claim.id, '*', 'in_review', null);
    await services.claims.setStatus(SYSTEM, claim.id, '*', opts.verdict, 'Fixture rationale.');
  }
  return { claimId: claim.id, sourceId: source.id, evidenceId: evidence.id };
}
