// Loads seeds/seed.json (claims, sources and quotes from the two source articles) through the services,
// so seeded data passes the same checks and leaves the same history as data entered through the API.
// Idempotent: sources are matched by URL or content digest, claims by text; existing ones are skipped.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CLAIM_STATUSES, CLAIMANT_TYPES, SOURCE_KINDS, STANCES } from '../domain/types.js';
import { isVerdict } from '../domain/workflow.js';
import { sha256Hex } from '../lib/hash.js';
import { SYSTEM_ACTOR_ID } from './api-keys.js';
import type { Repositories } from '../repositories/types.js';
import type { Services } from './index.js';

export const SEED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');

const nullableString = z.string().nullable();

/** The seed format, also what `claimledger export` writes and `claimledger import` reads. */
export const SeedFileSchema = z.strictObject({
  sources: z.array(
    z.strictObject({
      key: z.string().min(1), title: z.string().min(1), publisher: nullableString, author: nullableString, publishedAt: nullableString,
      kind: z.enum(SOURCE_KINDS), url: nullableString, citation: nullableString,
      contentFile: z.string().optional(), content: nullableString.optional(), retrievedAt: nullableString.optional(),
    }),
  ),
  claims: z.array(
    z.strictObject({
      key: z.string().min(1), text: z.string().min(1), claimant: nullableString, claimantType: z.enum(CLAIMANT_TYPES).nullable().optional(),
      claimDate: nullableString, language: z.string().min(2), tags: z.array(z.string()),
      appearances: z.array(z.strictObject({ url: z.string(), date: nullableString.optional() })).optional(),
      firstAppearance: z.union([z.strictObject({ sourceKey: z.string() }), z.strictObject({ url: z.string() })]).nullable().optional(),
      evidence: z.array(z.strictObject({ sourceKey: z.string(), stance: z.enum(STANCES), quote: nullableString, note: nullableString })),
      status: z.enum(CLAIM_STATUSES), rationale: nullableString,
      /** The verdict's label on the rating scale (default: the scale's first for the verdict). */
      label: nullableString.optional(),
      /** Published verdicts (the default for a verdict): the short summary of the claim (≤ 75 characters). */
      published: z.boolean().optional(),
      claimReviewed: z.string().min(1).max(75).optional(),
    }),
  ),
});
export type SeedFile = z.infer<typeof SeedFileSchema>;

export interface SeedResult {
  sourcesCreated: number;
  claimsCreated: number;
  evidenceCreated: number;
}

/** Loads the whole seed file in one transaction: a seed that fails half-way leaves nothing behind. */
export function loadSeed(services: Services, file = path.join(SEED_DIR, 'seed.json')): Promise<SeedResult> {
  return services.storage.withTransaction((r) => loadSeedFile(services, r, file));
}

async function loadSeedFile(services: Services, r: Repositories, file: string): Promise<SeedResult> {
  const parsed = SeedFileSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not in the seed format: ${z.prettifyError(parsed.error)}`);
  const seed = parsed.data;
  const system = { id: SYSTEM_ACTOR_ID, name: 'system', role: 'admin' as const };
  const result: SeedResult = { sourcesCreated: 0, claimsCreated: 0, evidenceCreated: 0 };
  const sourceIds = new Map<string, string>();

  for (const s of seed.sources) {
    const content = s.contentFile ? fs.readFileSync(path.join(path.dirname(file), s.contentFile), 'utf8') : (s.content ?? null);
    const existing = content
      ? await r.sources.findIdByContentSha256(sha256Hex(content))
      : await r.sources.findIdByTitleAndCitation(s.title, s.citation);
    if (existing && !s.url) {
      sourceIds.set(s.key, existing);
      continue;
    }
    const { key: _key, contentFile: _file, ...fields } = s;
    const { source, created } = await services.sources.create(system.id, { ...fields, content });
    sourceIds.set(s.key, source.id);
    if (created) result.sourcesCreated++;
  }

  const sourceId = (key: string) => {
    const id = sourceIds.get(key);
    if (!id) throw new Error(`seed: unknown sourceKey "${key}"`);
    return id;
  };

  for (const c of seed.claims) {
    if (await r.claims.findIdByText(c.text)) continue;
    const claim = await services.claims.create(system.id, {
      text: c.text, claimant: c.claimant, claimantType: c.claimantType ?? null, claimDate: c.claimDate, language: c.language, tags: c.tags,
      appearances: c.appearances ?? [],
      firstAppearance: !c.firstAppearance ? null : 'url' in c.firstAppearance ? { url: c.firstAppearance.url } : { sourceId: sourceId(c.firstAppearance.sourceKey) },
    });
    result.claimsCreated++;
    for (const e of c.evidence) {
      await services.evidence.add(system.id, claim.id, '*', { sourceId: sourceId(e.sourceKey), stance: e.stance, quote: e.quote, note: e.note });
      result.evidenceCreated++;
    }
    if (c.status !== 'unverified') await services.claims.setStatus(system, claim.id, '*', 'in_review', isVerdict(c.status) ? null : c.rationale);
    if (isVerdict(c.status)) {
      await services.claims.setStatus(system, claim.id, '*', c.status, c.rationale, c.label ?? null);
      // A new install has public fact-check pages to show: the seed's verdicts are published.
      if (c.published ?? true) await services.publications.publish(system.id, claim.id, c.claimReviewed ? { claimReviewed: c.claimReviewed } : {});
    }
  }
  return result;
}

/** True when the database holds no claim yet: SEED=auto loads the seed only then. */
export function isEmpty(services: Services): Promise<boolean> {
  return services.storage.read.claims.isEmpty();
}
