// The domain's own vocabulary: enums and record shapes. The storage schema (src/db/schema.ts) imports
// these, never the other way round, so a second backend implements the same records.

export const ROLES = ['reader', 'checker', 'reviewer', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const CLAIM_STATUSES = ['unverified', 'in_review', 'verified', 'misleading', 'false', 'unverifiable'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const SOURCE_KINDS = ['news', 'official', 'research', 'primary', 'social', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const STANCES = ['supports', 'contradicts', 'context'] as const;
export type Stance = (typeof STANCES)[number];

export interface QuantityJson {
  raw: string;
  value: number;
  unit: string | null;
  qualifier: string | null;
}

export interface QuoteSelectorJson {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface ApiKeyRecord {
  id: string;
  name: string;
  role: Role;
  /** sha256 of the whole token, hex; null for the built-in system actor, which cannot log in. */
  tokenHash: string | null;
  /** The first characters of the token, shown in listings so an operator can recognise a key. */
  displayPrefix: string;
  createdAt: string;
  createdBy: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
}

export interface SourceRecord {
  id: string;
  url: string | null;
  canonicalUrl: string | null;
  citation: string | null;
  title: string;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  kind: SourceKind;
  content: string | null;
  contentSha256: string | null;
  retrievedAt: string | null;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

/** What an evidence item shows of its source: no snapshot content, so a claim read stays small. */
export type SourceSummaryRecord = Pick<SourceRecord, 'id' | 'canonicalUrl' | 'citation' | 'title' | 'publisher' | 'kind' | 'publishedAt'>;

export interface ClaimRecord {
  id: string;
  text: string;
  claimant: string | null;
  claimDate: string | null;
  language: string;
  tags: string[];
  firstAppearanceSourceId: string | null;
  firstAppearanceUrl: string | null;
  status: ClaimStatus;
  statusRationale: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  quantities: QuantityJson[];
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export interface EvidenceRecord {
  id: string;
  claimId: string;
  sourceId: string;
  stance: Stance;
  quote: string | null;
  quoteSelector: QuoteSelectorJson | null;
  note: string | null;
  createdAt: string;
  createdBy: string;
  retractedAt: string | null;
  retractedBy: string | null;
  retractionReason: string | null;
}

/** An evidence item with the summary of its source, as a claim read returns it. */
export interface EvidenceWithSource {
  row: EvidenceRecord;
  source: SourceSummaryRecord;
}

/** A claim's public fact-check: one per claim, created by its first publication and never deleted. */
export interface PublicationRecord {
  claimId: string;
  /** Stable: chosen at the first publication and kept through re-reviews and corrections. */
  slug: string;
  /** The short claimReviewed summary (≤ 75 characters) shown in search results. */
  claimReviewed: string;
  firstPublishedAt: string;
  firstPublishedBy: string;
  /** When the publication last changed (published, re-published, withdrawn). */
  updatedAt: string;
  /** Set while the fact-check is withdrawn: its page answers 410 with the reason. */
  unpublishedAt: string | null;
  unpublishedBy: string | null;
  unpublishReason: string | null;
}

/** One published rating of a claim: the history of what readers were shown, oldest first. */
export interface PublishedRatingRecord {
  id: string;
  claimId: string;
  /** The workflow verdict the label counts as. */
  verdict: 'verified' | 'misleading' | 'false' | 'unverifiable';
  label: string;
  ratingValue: number;
  bestRating: number;
  worstRating: number;
  rationale: string | null;
  reviewedBy: string | null;
  reviewedAt: string;
  publishedAt: string;
  publishedBy: string;
  /** The audit event that published this rating (its seq and hash), so a reader can find it in the log. */
  auditSeq: number;
  auditHash: string;
}

/**
 * Another fact-checker's review of a claim, imported from its ClaimReview. Never a verdict of this newsroom:
 * the claim keeps its own workflow status; this is shown beside it as `externalReviews`.
 */
export interface ExternalReviewRecord {
  id: string;
  claimId: string;
  /** The review's URL as given, and its canonical form (the import's idempotency key). */
  url: string;
  canonicalUrl: string;
  publisherName: string;
  /** Host of the publisher's URL, else of the review URL ("www." dropped): what reviewPublisherSiteFilter matches. */
  publisherSite: string;
  publisherUrl: string | null;
  title: string | null;
  claimReviewed: string;
  /** reviewRating.alternateName (or its name): the publisher's own words, e.g. "Pants on fire". */
  ratingText: string;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
  datePublished: string | null;
  language: string | null;
  /** sha256 of the imported fields: a re-import with the same hash is skipped. */
  contentSha256: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}
