// `claimledger export`: the claims, sources and active evidence in the seed format, so that
// `claimledger import` (or the seed loader) can load them into another ClaimLedger. History is not
// part of it: that is what the audit export is for.
import { asc } from 'drizzle-orm';
import { claims, sources } from '../db/schema.js';
import type { Services } from './index.js';
import type { SeedFile } from './seed.js';

export function exportData(services: Services): SeedFile {
  const { db } = services;
  return {
    sources: db.select().from(sources).orderBy(asc(sources.id)).all().map((s) => ({
      key: s.id, title: s.title, publisher: s.publisher, author: s.author, publishedAt: s.publishedAt, kind: s.kind,
      url: s.url, citation: s.citation, content: s.content, retrievedAt: s.retrievedAt,
    })),
    claims: db.select().from(claims).orderBy(asc(claims.id)).all().map((c) => ({
      key: c.id, text: c.text, claimant: c.claimant, claimDate: c.claimDate, language: c.language, tags: c.tags,
      firstAppearance: c.firstAppearanceSourceId ? { sourceKey: c.firstAppearanceSourceId } : c.firstAppearanceUrl ? { url: c.firstAppearanceUrl } : null,
      evidence: services.evidence.list(c.id, { includeRetracted: false, limit: 10_000 }).map(({ row }) => ({
        sourceKey: row.sourceId, stance: row.stance, quote: row.quote, note: row.note,
      })),
      status: c.status,
      rationale: c.statusRationale,
    })),
  };
}
