// `claimledger export`: the claims, sources and active evidence in the seed format, so that
// `claimledger import` (or the seed loader) can load them into another ClaimLedger. History is not
// part of it: that is what the audit export is for. `export --full` (exportFull) is the other format:
// every row verbatim, audit history included, to move a whole install to another backend.
import type { ApiKeyRecord, ClaimRecord, EvidenceRecord, SourceRecord } from '../domain/types.js';
import type { AuditRow } from '../repositories/types.js';
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

/** What `claimledger export --full` writes: every row that makes the history, verbatim. */
export interface FullExport {
  format: typeof FULL_EXPORT_FORMAT;
  apiKeys: ApiKeyRecord[];
  sources: SourceRecord[];
  claims: ClaimRecord[];
  evidence: EvidenceRecord[];
  audit: AuditRow[];
}

export const FULL_EXPORT_FORMAT = 'claimledger-full-export/1';

/**
 * Every API key (token hashes only), source, claim, evidence item (retracted ones too) and audit event as
 * stored, so that `claimledger import` can rebuild the same database on another backend (SQLite →
 * PostgreSQL) and the audit chain still verifies there. Console sessions and idempotency records are left
 * behind (people sign in again; retries older than the move are not replayed).
 */
export async function exportFull(services: Services): Promise<FullExport> {
  const r = services.storage.read;
  const claims = await r.claims.all();
  const evidence: EvidenceRecord[] = [];
  for (const c of claims) for (const { row } of await r.evidence.listForClaim(c.id, { includeRetracted: true })) evidence.push(row);
  const audit: AuditRow[] = [];
  for await (const row of services.storage.scanAudit()) audit.push(row);
  return {
    format: FULL_EXPORT_FORMAT,
    apiKeys: (await r.apiKeys.list({ limit: 1_000_000, except: '' })).reverse(),
    sources: await r.sources.all(),
    claims,
    evidence,
    audit,
  };
}

export const isFullExport = (value: unknown): value is FullExport =>
  typeof value === 'object' && value !== null && (value as { format?: unknown }).format === FULL_EXPORT_FORMAT;

/** Loads a full export into an empty database in one transaction; refuses a database that has history. */
export async function importFull(services: Services, data: FullExport): Promise<{ claims: number; sources: number; evidence: number; events: number }> {
  return services.storage.withTransaction(async (r) => {
    if (!(await r.claims.isEmpty()) || (await r.audit.head())) {
      throw new Error('a full export carries the audit history, so it can only be imported into an empty database');
    }
    for (const k of data.apiKeys) await r.apiKeys.insert(k, { ignoreExisting: true });
    for (const s of data.sources) await r.sources.insert(s);
    for (const c of data.claims) await r.claims.insert(c);
    for (const e of data.evidence) await r.evidence.insert(e);
    for (const a of data.audit) await r.audit.insert(a);
    return { claims: data.claims.length, sources: data.sources.length, evidence: data.evidence.length, events: data.audit.length };
  });
}
