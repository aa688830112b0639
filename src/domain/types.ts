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

export const REQUEST_STATUSES = ['open', 'linked', 'answered'] as const;
/** open: not linked to a claim; linked: a checker tied it to a claim; answered: that claim's fact-check is published. */
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

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

export const CLAIMANT_TYPES = ['Person', 'Organization'] as const;
export type ClaimantType = (typeof CLAIMANT_TYPES)[number];

/** Where a claim was made or repeated: a URL and, when known, the date (YYYY-MM-DD or an instant). */
export interface AppearanceJson {
  url: string;
  date: string | null;
}

export interface ClaimRecord {
  id: string;
  text: string;
  claimant: string | null;
  /** Whether the claimant is a person or an organisation (ClaimReview's itemReviewed.author @type). */
  claimantType: ClaimantType | null;
  claimDate: string | null;
  language: string;
  tags: string[];
  firstAppearanceSourceId: string | null;
  firstAppearanceUrl: string | null;
  /** Every place the claim appeared (besides or including the first), oldest first where dates are known. */
  appearances: AppearanceJson[];
  status: ClaimStatus;
  statusRationale: string | null;
  /** The rating-scale label of the verdict ("Mostly false"); null without a verdict. */
  verdictLabel: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  quantities: QuantityJson[];
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  /** Demand: requests linked to the claim, and distinct requesters among them. Counters kept in step by
   *  every link, unlink and merge, in the same transaction; they do not move the claim's version. */
  requestCount: number;
  requesterCount: number;
}

/**
 * "Is this true?" from a reader, a tipline or a newsroom desk. Holds no personal data: the requester is
 * only a keyed hash (HMAC-SHA256) of the opaque reference the channel sent, scoped to the channel.
 */
export interface RequestRecord {
  id: string;
  text: string;
  url: string | null;
  channel: string;
  language: string;
  requesterHash: string;
  status: RequestStatus;
  claimId: string | null;
  createdAt: string;
  createdBy: string;
  linkedAt: string | null;
  linkedBy: string | null;
  answeredAt: string | null;
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

/** What a webhook subscription can ask for. Each is made from audit events (see src/domain/webhooks.ts). */
export const WEBHOOK_EVENT_TYPES = [
  'claim.created', 'claim.status_changed', 'verdict.published', 'verdict.updated', 'verdict.unpublished',
  'evidence.added', 'evidence.retracted', 'request.answered',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Narrows which events of its types a subscription receives; an empty list does not narrow. */
export interface WebhookFilterJson {
  /** The claim carries at least one of these tags. */
  tags: string[];
  /** The claim has one of these statuses after the change. */
  statuses: ClaimStatus[];
  /** request.answered only: the request came in on one of these channels. */
  channels: string[];
}

export interface WebhookRecord {
  id: string;
  url: string;
  description: string | null;
  eventTypes: WebhookEventType[];
  filter: WebhookFilterJson;
  enabled: boolean;
  /** Why it was disabled: by whom, or which delivery kept failing. Null while enabled. */
  disabledReason: string | null;
  disabledAt: string | null;
  /** The signing secret, AES-256-GCM encrypted (src/services/webhooks/secrets.ts); never stored in plain text. */
  secretEncrypted: string;
  /** The secret before the last rotation, still signing until previousSecretExpiresAt. */
  previousSecretEncrypted: string | null;
  previousSecretExpiresAt: string | null;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export const WEBHOOK_MESSAGE_STATES = ['pending', 'delivered', 'failed'] as const;
export type WebhookMessageState = (typeof WEBHOOK_MESSAGE_STATES)[number];

/** One event for one subscription: the outbox row, written in the transaction of the change. */
export interface WebhookMessageRecord {
  /** msg_…: the webhook-id header, the same on every attempt. */
  id: string;
  webhookId: string;
  /** The audit event it was made from; deliveries to one subscription go in this order. */
  seq: number;
  eventType: WebhookEventType;
  /** The JSON body exactly as it is signed and sent. */
  payload: string;
  state: WebhookMessageState;
  attempts: number;
  nextAttemptAt: string;
  lastAttemptAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  /** When the current run of failed attempts began (null after a success): retries stop 24 h after it. */
  failingSince: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface WebhookAttemptRecord {
  id: number;
  messageId: string;
  webhookId: string;
  at: string;
  /** The receiver's HTTP status; null when no response came (refused address, timeout, network error). */
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
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
