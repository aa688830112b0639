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
    const publication = await r.publications.find(c.id);
    claims.push({
      key: c.id, text: c.text, claimant: c.claimant, claimantType: c.claimantType, claimDate: c.claimDate, language: c.language, tags: c.tags,
      appearances: c.appearances,
      firstAppearance: c.firstAppearanceSourceId ? { sourceKey: c.firstAppearanceSourceId } : c.firstAppearanceUrl ? { url: c.firstAppearanceUrl } : null,
      evidence: evidence.map(({ row }) => ({ sourceKey: row.sourceId, stance: row.stance, quote: row.quote, note: row.note })),
      status: c.status,
      rationale: c.statusRationale,
      label: c.verdictLabel,
      // Published when the fact-check is live here; the rating history stays with this ClaimLedger.
      published: publication !== undefined && publication.unpublishedAt === null,
      ...(publication ? { claimReviewed: publication.claimReviewed } : {}),
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
