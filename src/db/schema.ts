// Database schema (drizzle). migrations/ is generated from this file by drizzle-kit.
import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  CLAIM_STATUSES, CLAIMANT_TYPES, REQUEST_STATUSES, ROLES, SOURCE_KINDS, STANCES, WEBHOOK_EVENT_TYPES, WEBHOOK_MESSAGE_STATES, type ApiKeyRecord, type AppearanceJson,
  type ClaimRecord, type EvidenceRecord, type ExternalReviewRecord, type PublicationRecord, type PublishedRatingRecord, type QuantityJson, type QuoteSelectorJson, type RequestRecord, type SourceRecord,
  type WebhookAttemptRecord, type WebhookEventType, type WebhookFilterJson, type WebhookMessageRecord, type WebhookRecord,
} from '../domain/types.js';
import { VERDICTS } from '../domain/workflow.js';

// Re-exported for code that still reaches the enums through the schema; the domain owns them.
export { CLAIM_STATUSES, ROLES, SOURCE_KINDS, STANCES };
export type { ClaimStatus, QuantityJson, QuoteSelectorJson, Role, SourceKind, Stance } from '../domain/types.js';

export const apiKeys = sqliteTable('api_keys', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  /** sha256 of the whole token, hex; null for the built-in system actor, which cannot log in. */
  tokenHash: text('token_hash'),
  /** The first characters of the token, shown in listings so an operator can recognise a key. */
  displayPrefix: text('display_prefix').notNull(),
  createdAt: text('created_at').notNull(),
  createdBy: text('created_by'),
  expiresAt: text('expires_at'),
  revokedAt: text('revoked_at'),
  revokedBy: text('revoked_by'),
});

export const sources = sqliteTable(
  'sources',
  {
    id: text('id').primaryKey(),
    url: text('url'),
    canonicalUrl: text('canonical_url'),
    citation: text('citation'),
    title: text('title').notNull(),
    publisher: text('publisher'),
    author: text('author'),
    publishedAt: text('published_at'),
    kind: text('kind', { enum: SOURCE_KINDS }).notNull(),
    content: text('content'),
    contentSha256: text('content_sha256'),
    retrievedAt: text('retrieved_at'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull().references(() => apiKeys.id),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('sources_canonical_url_uq').on(t.canonicalUrl), index('sources_kind_idx').on(t.kind, t.id)],
);

/** The primary language subtag of a claim ("pt" for "pt-BR"), lower-cased: what ?language= compares. */
export const CLAIM_PRIMARY_LANGUAGE = sql`lower(substr(language, 1, instr(language || '-', '-') - 1))`;

export const claims = sqliteTable(
  'claims',
  {
    id: text('id').primaryKey(),
    text: text('text').notNull(),
    claimant: text('claimant'),
    claimantType: text('claimant_type', { enum: CLAIMANT_TYPES }),
    claimDate: text('claim_date'),
    language: text('language').notNull().default('en'),
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    firstAppearanceSourceId: text('first_appearance_source_id').references(() => sources.id),
    firstAppearanceUrl: text('first_appearance_url'),
    appearances: text('appearances', { mode: 'json' }).$type<AppearanceJson[]>().notNull().default(sql`'[]'`),
    status: text('status', { enum: CLAIM_STATUSES }).notNull().default('unverified'),
    statusRationale: text('status_rationale'),
    verdictLabel: text('verdict_label'),
    reviewedBy: text('reviewed_by').references(() => apiKeys.id),
    reviewedAt: text('reviewed_at'),
    quantities: text('quantities', { mode: 'json' }).$type<QuantityJson[]>().notNull().default(sql`'[]'`),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull().references(() => apiKeys.id),
    updatedAt: text('updated_at').notNull(),
    requestCount: integer('request_count').notNull().default(0),
    requesterCount: integer('requester_count').notNull().default(0),
  },
  (t) => [
    index('claims_status_idx').on(t.status, t.id),
    // ?sort=demand walks this index (most requested first, then newest).
    index('claims_demand_idx').on(t.requestCount, t.id),
    index('claims_claimant_idx').on(t.claimant, t.id),
    index('claims_updated_idx').on(t.updatedAt, t.id),
    // ?language=en lists "en", "en-GB", …: the primary subtag, lower-cased (see CLAIM_PRIMARY_LANGUAGE).
    index('claims_language_idx').on(CLAIM_PRIMARY_LANGUAGE, t.id),
  ],
);

/** One row per (claim, tag) so that ?tag= is an index lookup rather than a JSON scan. */
export const claimTags = sqliteTable(
  'claim_tags',
  {
    claimId: text('claim_id').notNull().references(() => claims.id),
    tag: text('tag').notNull(),
  },
  (t) => [uniqueIndex('claim_tags_uq').on(t.tag, t.claimId), index('claim_tags_claim_idx').on(t.claimId)],
);

export const evidence = sqliteTable(
  'evidence',
  {
    id: text('id').primaryKey(),
    claimId: text('claim_id').notNull().references(() => claims.id),
    sourceId: text('source_id').notNull().references(() => sources.id),
    stance: text('stance', { enum: STANCES }).notNull(),
    quote: text('quote'),
    quoteSelector: text('quote_selector', { mode: 'json' }).$type<QuoteSelectorJson>(),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull().references(() => apiKeys.id),
    retractedAt: text('retracted_at'),
    retractedBy: text('retracted_by').references(() => apiKeys.id),
    retractionReason: text('retraction_reason'),
  },
  (t) => [index('evidence_claim_idx').on(t.claimId, t.id), index('evidence_source_idx').on(t.sourceId, t.id)],
);

/**
 * The append-only, hash-chained audit log. Triggers in a custom migration refuse UPDATE and DELETE.
 * claimId is set for events about a claim or its evidence, so a claim's history is one index range.
 */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    actorId: text('actor_id').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    claimId: text('claim_id'),
    changes: text('changes').notNull(),
    reason: text('reason'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_claim_idx').on(t.claimId, t.seq), index('audit_entity_idx').on(t.entityId, t.seq)],
);

/** Requests from readers and desks ("is this true?"), linked by checkers to the claim that answers them. */
export const requests = sqliteTable(
  'requests',
  {
    id: text('id').primaryKey(),
    text: text('text').notNull(),
    url: text('url'),
    channel: text('channel').notNull(),
    language: text('language').notNull(),
    /** HMAC-SHA256 (hex) of channel + requester reference under the service's key: never the reference itself. */
    requesterHash: text('requester_hash').notNull(),
    status: text('status', { enum: REQUEST_STATUSES }).notNull().default('open'),
    claimId: text('claim_id').references(() => claims.id),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull().references(() => apiKeys.id),
    linkedAt: text('linked_at'),
    linkedBy: text('linked_by').references(() => apiKeys.id),
    answeredAt: text('answered_at'),
  },
  (t) => [
    // Demand per claim (counts, distinct requesters, the daily series) reads this index alone.
    index('requests_claim_idx').on(t.claimId, t.requesterHash, t.createdAt),
    index('requests_status_idx').on(t.status, t.id),
    index('requests_channel_idx').on(t.channel, t.id),
    index('requests_creator_idx').on(t.createdBy, t.id),
  ],
);

/** Replays for POST retries (Idempotency-Key), per acting key. */
export const idempotencyRecords = sqliteTable(
  'idempotency_records',
  {
    actorId: text('actor_id').notNull(),
    key: text('key').notNull(),
    fingerprint: text('fingerprint').notNull(),
    statusCode: integer('status_code'),
    headers: text('headers', { mode: 'json' }).$type<Record<string, string>>(),
    body: text('body'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('idempotency_uq').on(t.actorId, t.key), index('idempotency_created_idx').on(t.createdAt)],
);

/**
 * Console sign-ins: a browser session opened with an API key. Only the sha256 of the cookie's token is
 * stored, so a copy of the database cannot be used to sign in. The session acts as its key: it ends when
 * it expires, when it is signed out, or when the key is revoked or expires.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    keyId: text('key_id').notNull().references(() => apiKeys.id),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_key_idx').on(t.keyId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** A claim's public fact-check page: created by its first publication, never deleted (withdrawn instead). */
export const publications = sqliteTable(
  'publications',
  {
    claimId: text('claim_id').primaryKey().references(() => claims.id),
    slug: text('slug').notNull(),
    claimReviewed: text('claim_reviewed').notNull(),
    firstPublishedAt: text('first_published_at').notNull(),
    firstPublishedBy: text('first_published_by').notNull().references(() => apiKeys.id),
    updatedAt: text('updated_at').notNull(),
    unpublishedAt: text('unpublished_at'),
    unpublishedBy: text('unpublished_by').references(() => apiKeys.id),
    unpublishReason: text('unpublish_reason'),
  },
  (t) => [uniqueIndex('publications_slug_uq').on(t.slug), index('publications_updated_idx').on(t.updatedAt, t.claimId)],
);

/** Every rating ever published for a claim, oldest first: the corrections history readers are shown. */
export const publishedRatings = sqliteTable(
  'published_ratings',
  {
    id: text('id').primaryKey(),
    claimId: text('claim_id').notNull().references(() => claims.id),
    verdict: text('verdict', { enum: VERDICTS }).notNull(),
    label: text('label').notNull(),
    ratingValue: real('rating_value').notNull(),
    bestRating: real('best_rating').notNull(),
    worstRating: real('worst_rating').notNull(),
    rationale: text('rationale'),
    reviewedBy: text('reviewed_by').references(() => apiKeys.id),
    reviewedAt: text('reviewed_at').notNull(),
    publishedAt: text('published_at').notNull(),
    publishedBy: text('published_by').notNull().references(() => apiKeys.id),
    auditSeq: integer('audit_seq').notNull(),
    auditHash: text('audit_hash').notNull(),
  },
  (t) => [index('published_ratings_claim_idx').on(t.claimId, t.auditSeq), index('published_ratings_published_idx').on(t.publishedAt, t.id)],
);

/** Other fact-checkers' reviews, imported from their ClaimReview; one row per review URL. */
export const externalReviews = sqliteTable(
  'external_reviews',
  {
    id: text('id').primaryKey(),
    claimId: text('claim_id').notNull().references(() => claims.id),
    url: text('url').notNull(),
    canonicalUrl: text('canonical_url').notNull(),
    publisherName: text('publisher_name').notNull(),
    publisherSite: text('publisher_site').notNull(),
    publisherUrl: text('publisher_url'),
    title: text('title'),
    claimReviewed: text('claim_reviewed').notNull(),
    ratingText: text('rating_text').notNull(),
    ratingValue: real('rating_value'),
    bestRating: real('best_rating'),
    worstRating: real('worst_rating'),
    datePublished: text('date_published'),
    language: text('language'),
    contentSha256: text('content_sha256').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull().references(() => apiKeys.id),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('external_reviews_url_uq').on(t.canonicalUrl),
    index('external_reviews_claim_idx').on(t.claimId),
    index('external_reviews_site_idx').on(t.publisherSite, t.claimId),
  ],
);

// The tables hold exactly the domain's records: if the two drift apart, the typecheck fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const ROWS_MATCH_DOMAIN: [
  Same<typeof apiKeys.$inferSelect, ApiKeyRecord>,
  Same<typeof sources.$inferSelect, SourceRecord>,
  Same<typeof claims.$inferSelect, ClaimRecord>,
  Same<typeof evidence.$inferSelect, EvidenceRecord>,
  Same<typeof requests.$inferSelect, RequestRecord>,
  Same<typeof publications.$inferSelect, PublicationRecord>,
  Same<typeof publishedRatings.$inferSelect, PublishedRatingRecord>,
  Same<typeof externalReviews.$inferSelect, ExternalReviewRecord>,
] = [true, true, true, true, true, true, true, true];

/** Webhook subscriptions (admin). The signing secrets are stored encrypted, never in plain text. */
export const webhooks = sqliteTable('webhooks', {
  id: text('id').primaryKey(),
  url: text('url').notNull(),
  description: text('description'),
  eventTypes: text('event_types', { mode: 'json' }).$type<WebhookEventType[]>().notNull(),
  filter: text('filter', { mode: 'json' }).$type<WebhookFilterJson>().notNull(),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  disabledReason: text('disabled_reason'),
  disabledAt: text('disabled_at'),
  secretEncrypted: text('secret_encrypted').notNull(),
  previousSecretEncrypted: text('previous_secret_encrypted'),
  previousSecretExpiresAt: text('previous_secret_expires_at'),
  version: integer('version').notNull().default(1),
  createdAt: text('created_at').notNull(),
  createdBy: text('created_by').notNull().references(() => apiKeys.id),
  updatedAt: text('updated_at').notNull(),
});

/**
 * The transactional outbox: one row per (event, subscription), inserted in the transaction of the change
 * that made the event, so a change and its webhooks commit or roll back together. The delivery worker
 * sends them after the commit, oldest seq first per subscription.
 */
export const webhookMessages = sqliteTable(
  'webhook_messages',
  {
    id: text('id').primaryKey(),
    webhookId: text('webhook_id').notNull().references(() => webhooks.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    eventType: text('event_type', { enum: WEBHOOK_EVENT_TYPES }).notNull(),
    payload: text('payload').notNull(),
    state: text('state', { enum: WEBHOOK_MESSAGE_STATES }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: text('next_attempt_at').notNull(),
    lastAttemptAt: text('last_attempt_at'),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    failingSince: text('failing_since'),
    createdAt: text('created_at').notNull(),
    deliveredAt: text('delivered_at'),
    // The claim on a message being sent: set with next_attempt_at (the lease's end) when a worker takes it,
    // cleared by the outcome. Only the worker holding it records the outcome (several instances share the
    // queue on PostgreSQL). Internal: not part of the message's API shape.
    leaseToken: text('lease_token'),
  },
  (t) => [index('webhook_messages_queue_idx').on(t.webhookId, t.state, t.seq), index('webhook_messages_list_idx').on(t.webhookId, t.id)],
);

/** The delivery log: every attempt, with the receiver's status code and the latency. */
export const webhookAttempts = sqliteTable(
  'webhook_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    messageId: text('message_id').notNull().references(() => webhookMessages.id, { onDelete: 'cascade' }),
    webhookId: text('webhook_id').notNull(),
    at: text('at').notNull(),
    statusCode: integer('status_code'),
    latencyMs: integer('latency_ms').notNull(),
    error: text('error'),
  },
  (t) => [index('webhook_attempts_message_idx').on(t.messageId, t.id), index('webhook_attempts_webhook_idx').on(t.webhookId, t.id)],
);

export const WEBHOOK_ROWS_MATCH_DOMAIN: [
  Same<typeof webhooks.$inferSelect, WebhookRecord>,
  Same<Omit<typeof webhookMessages.$inferSelect, 'leaseToken'>, WebhookMessageRecord>,
  Same<typeof webhookAttempts.$inferSelect, WebhookAttemptRecord>,
] = [true, true, true];
