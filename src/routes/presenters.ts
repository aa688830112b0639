// Presenters: the mapping from the services' records to the response bodies the OpenAPI document
// describes. They live beside the routes because the HTTP shape is the routes' business.
import { quoteDiscrepancies } from '../domain/discrepancies.js';
import type { ApiKeyRecord, ClaimRecord, EvidenceRecord, EvidenceWithSource, ExternalReviewRecord, QuantityJson, SourceRecord, SourceSummaryRecord } from '../domain/types.js';
import type { ActorRef } from '../services/api-keys.js';
import type { AuditEvent } from '../services/audit-log.js';

/** Names an actor id (from the api-keys service's cache). */
export type ActorRefs = (id: string | null) => ActorRef | null;

export function toClaimDto(row: ClaimRecord, refs: ActorRefs) {
  return {
    id: row.id,
    text: row.text,
    claimant: row.claimant,
    claimantType: row.claimantType,
    claimDate: row.claimDate,
    language: row.language,
    tags: row.tags,
    firstAppearance: row.firstAppearanceSourceId
      ? { sourceId: row.firstAppearanceSourceId, url: null }
      : row.firstAppearanceUrl
        ? { sourceId: null, url: row.firstAppearanceUrl }
        : null,
    appearances: row.appearances,
    status: row.status,
    statusRationale: row.statusRationale,
    verdictLabel: row.verdictLabel,
    reviewedBy: refs(row.reviewedBy),
    reviewedAt: row.reviewedAt,
    quantities: row.quantities,
    version: row.version,
    createdAt: row.createdAt,
    createdBy: refs(row.createdBy)!,
    updatedAt: row.updatedAt,
    demand: { requests: row.requestCount, requesters: row.requesterCount },
  };
}

export function toSourceSummaryDto(s: SourceSummaryRecord) {
  return { id: s.id, url: s.canonicalUrl, citation: s.citation, title: s.title, publisher: s.publisher, kind: s.kind, publishedAt: s.publishedAt };
}

/** `claimQuantities` are those of the claim the evidence belongs to: figures in the quote are compared with them. */
export function toEvidenceDto(row: EvidenceRecord, source: SourceSummaryRecord, refs: ActorRefs, claimQuantities: readonly QuantityJson[]) {
  return {
    id: row.id,
    claimId: row.claimId,
    sourceId: row.sourceId,
    source: toSourceSummaryDto(source),
    stance: row.stance,
    quote: row.quote,
    quoteSelector: row.quoteSelector,
    note: row.note,
    createdAt: row.createdAt,
    createdBy: refs(row.createdBy)!,
    retractedAt: row.retractedAt,
    retractedBy: refs(row.retractedBy),
    retractionReason: row.retractionReason,
    discrepancies: quoteDiscrepancies(claimQuantities, row.id, row.quote),
  };
}

/** The ClaimWithEvidence shape: a claim, its evidence, and the figures in the quotes that disagree with it. */
export function toClaimWithEvidenceDto(view: { claim: ClaimRecord; evidence: readonly EvidenceWithSource[] }, refs: ActorRefs) {
  const items = view.evidence.map(({ row, source }) => toEvidenceDto(row, source, refs, view.claim.quantities));
  return { ...toClaimDto(view.claim, refs), evidence: items, discrepancies: items.flatMap((e) => e.discrepancies) };
}

export function toSourceDto(row: SourceRecord, refs: ActorRefs, withContent: boolean) {
  return {
    id: row.id,
    url: row.canonicalUrl,
    citation: row.citation,
    title: row.title,
    publisher: row.publisher,
    author: row.author,
    publishedAt: row.publishedAt,
    kind: row.kind,
    ...(withContent ? { content: row.content } : {}),
    contentSha256: row.contentSha256,
    retrievedAt: row.retrievedAt,
    version: row.version,
    createdAt: row.createdAt,
    createdBy: refs(row.createdBy)!,
    updatedAt: row.updatedAt,
  };
}

export function toApiKeyDto(row: ApiKeyRecord, refs: ActorRefs) {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    prefix: row.displayPrefix,
    createdAt: row.createdAt,
    createdBy: refs(row.createdBy),
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    revokedBy: refs(row.revokedBy),
  };
}

export function toAuditEventDto(e: AuditEvent, refs: ActorRefs) {
  return { ...e, actor: refs(e.actor)! };
}

/** Another fact-checker's review, as GET /v1/claims/{id} shows it beside the claim's own status. */
export function toExternalReviewDto(x: ExternalReviewRecord) {
  return {
    id: x.id,
    publisher: { name: x.publisherName, site: x.publisherSite, url: x.publisherUrl },
    url: x.url,
    title: x.title,
    claimReviewed: x.claimReviewed,
    ratingText: x.ratingText,
    ratingValue: x.ratingValue,
    bestRating: x.bestRating,
    worstRating: x.worstRating,
    datePublished: x.datePublished,
    language: x.language,
    importedAt: x.createdAt,
    updatedAt: x.updatedAt,
  };
}

/** An imported review as one entry of claims:search's `claimReview[]` (Google's shape: its publisher, not ours). */
export function toGoogleExternalReview(x: ExternalReviewRecord) {
  return {
    publisher: { name: x.publisherName, site: x.publisherSite },
    url: x.url,
    ...(x.title ? { title: x.title } : {}),
    ...(x.datePublished ? { reviewDate: x.datePublished } : {}),
    textualRating: x.ratingText,
    ...(x.language ? { languageCode: x.language } : {}),
  };
}
