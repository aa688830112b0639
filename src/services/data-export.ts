// `claimledger export`: the claims, sources and active evidence in the seed format, so that
// `claimledger import` (or the seed loader) can load them into another ClaimLedger. History is not
// part of it: that is what the audit export is for. `export --full` (exportFull) is the other format:
// every row verbatim, audit history included, to move a whole install to another backend.
import type {
  ApiKeyRecord, ClaimRecord, EvidenceRecord, ExternalReviewRecord, PublicationRecord, PublishedRatingRecord, RequestRecord, SourceRecord, WebhookMessageRecord,
  WebhookRecord,
} from '../domain/types.js';
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
  // Added with publishing, import, requests and webhooks; absent from exports written before them.
  publications?: PublicationRecord[];
  publishedRatings?: PublishedRatingRecord[];
  externalReviews?: ExternalReviewRecord[];
  requests?: RequestRecord[];
  webhooks?: WebhookRecord[];
  webhookMessages?: WebhookMessageRecord[];
}

/** More rows than any install holds: the repositories' lists are paged, an export wants them all. */
const ALL = 1_000_000_000;

export const FULL_EXPORT_FORMAT = 'claimledger-full-export/1';

/**
 * Every API key (token hashes only), source, claim, evidence item (retracted ones too), publication with
 * every rating it was published with, imported review, request, webhook subscription with its outbox
 * messages, and audit event as stored, so that `claimledger import` can rebuild the same database on
 * another backend (SQLite → PostgreSQL) and the audit chain still verifies there. Console sessions,
 * idempotency records and the webhook delivery log are left behind (people sign in again; retries older
 * than the move are not replayed; the messages themselves keep their state and attempt counts).
 */
export async function exportFull(services: Services): Promise<FullExport> {
  const r = services.storage.read;
  const claims = await r.claims.all();
  const evidence: EvidenceRecord[] = [];
  for (const c of claims) for (const { row } of await r.evidence.listForClaim(c.id, { includeRetracted: true })) evidence.push(row);
  const audit: AuditRow[] = [];
  for await (const row of services.storage.scanAudit()) audit.push(row);
  const publications = (await r.publications.list({ limit: ALL, includeWithdrawn: true })).map((p) => p.publication).reverse();
  const publishedRatings: PublishedRatingRecord[] = [];
  for (const p of publications) publishedRatings.push(...(await r.publications.ratings(p.claimId)));
  const webhooks = (await r.webhooks.list({ limit: ALL })).reverse();
  const webhookMessages: WebhookMessageRecord[] = [];
  for (const w of webhooks) webhookMessages.push(...(await r.webhooks.listMessages(w.id, { limit: ALL })).reverse());
  return {
    format: FULL_EXPORT_FORMAT,
    apiKeys: (await r.apiKeys.list({ limit: 1_000_000, except: '' })).reverse(),
    sources: await r.sources.all(),
    claims,
    evidence,
    audit,
    publications,
    publishedRatings,
    externalReviews: await r.externalReviews.forClaims(claims.map((c) => c.id)),
    requests: (await r.requests.list({ limit: ALL })).reverse(),
    webhooks,
    webhookMessages,
  };
}

export const isFullExport = (value: unknown): value is FullExport =>
  typeof value === 'object' && value !== null && (value as { format?: unknown }).format === FULL_EXPORT_FORMAT;

/** Loads a full export into an empty database in one transaction (the webhook subscriptions in a second); refuses a database that has history. */
export async function importFull(services: Services, data: FullExport): Promise<{ claims: number; sources: number; evidence: number; events: number }> {
  await services.storage.withTransaction(async (r) => {
    if (!(await r.claims.isEmpty()) || (await r.audit.head())) {
      throw new Error('a full export carries the audit history, so it can only be imported into an empty database');
    }
    for (const k of data.apiKeys) await r.apiKeys.insert(k, { ignoreExisting: true });
    for (const s of data.sources) await r.sources.insert(s);
    for (const c of data.claims) await r.claims.insert(c);
    for (const e of data.evidence) await r.evidence.insert(e);
    for (const p of data.publications ?? []) await r.publications.insert(p);
    for (const p of data.publishedRatings ?? []) await r.publications.insertRating(p);
    for (const x of data.externalReviews ?? []) await r.externalReviews.insert(x);
    for (const q of data.requests ?? []) await r.requests.insert(q);
    for (const a of data.audit) await r.audit.insert(a);
  });
  // The subscriptions and their outbox come in a unit of work of their own, which appends no audit event:
  // in the first, the outbox (a hook run before COMMIT of every unit that appended events) would have
  // queued every imported event of the history for them as if it had just happened.
  await services.storage.withTransaction(async (r) => {
    for (const w of data.webhooks ?? []) await r.webhooks.insert(w);
    for (const m of data.webhookMessages ?? []) await r.webhooks.insertMessage(m);
  });
  return { claims: data.claims.length, sources: data.sources.length, evidence: data.evidence.length, events: data.audit.length };
}
