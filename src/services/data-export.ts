// `claimledger export`: the claims, sources and active evidence in the seed format, so that
// `claimledger import` (or the seed loader) can load them into another ClaimLedger. History is not
// part of it: that is what the audit export is for.
import type { Services } from './index.js';
import type { SeedFile } from './seed.js';

export async function exportData(services: Services): Promise<SeedFile> {
  const r = services.storage.read;
  const claims = [];
  for (const c of await r.claims.all()) {
    const evidence = await r.evidence.listForClaim(c.id, { includeRetracted: false });
    claims.push({
      key: c.id, text: c.text, claimant: c.claimant, claimDate: c.claimDate, language: c.language, tags: c.tags,
      firstAppearance: c.firstAppearanceSourceId ? { sourceKey: c.firstAppearanceSourceId } : c.firstAppearanceUrl ? { url: c.firstAppearanceUrl } : null,
      evidence: evidence.map(({ row }) => ({ sourceKey: row.sourceId, stance: row.stance, quote: row.quote, note: row.note })),
      status: c.status,
      rationale: c.statusRationale,
    });
  }
  return {
    sources: (await r.sources.all()).map((s) => ({
      key: s.id, title: s.title, publisher: s.publisher, author: s.author, publishedAt: s.publishedAt, kind: s.kind,
      url: s.url, citation: s.citation, content: s.content, retrievedAt: s.retrievedAt,
    })),
    claims,
  };
}
