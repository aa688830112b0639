// PostgreSQL schema (drizzle pg-core): the same tables as src/db/schema.ts, for the PostgreSQL backend.
// migrations-pg/ is generated from this file by drizzle-kit (drizzle.pg.config.ts). Instants stay ISO-8601
// text as on SQLite, so both backends compare and order them the same way; JSON columns are `json` (not
// jsonb), which keeps the text as written, key order included.
import { sql } from 'drizzle-orm';
import { customType, index, integer, json, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { CLAIM_STATUSES, ROLES, SOURCE_KINDS, STANCES, type ApiKeyRecord, type ClaimRecord, type EvidenceRecord, type QuantityJson, type QuoteSelectorJson, type SourceRecord } from '../domain/types.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const apiKeys = pgTable('api_keys', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  tokenHash: text('token_hash'),
  displayPrefix: text('display_prefix').notNull(),
  createdAt: text('created_at').notNull(),
  createdBy: text('created_by'),
  expiresAt: text('expires_at'),
  revokedAt: text('revoked_at'),
  revokedBy: text('revoked_by'),
});

export const sources = pgTable(
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
  (t) => [
    uniqueIndex('sources_canonical_url_uq').on(t.canonicalUrl),
    index('sources_kind_idx').on(t.kind, t.id),
    index('sources_sha_idx').on(t.contentSha256),
  ],
);

export const claims = pgTable(
  'claims',
  {
    id: text('id').primaryKey(),
    text: text('text').notNull(),
    claimant: text('claimant'),
    claimDate: text('claim_date'),
    language: text('language').notNull().default('en'),
    tags: json('tags').$type<string[]>().notNull().default(sql`'[]'`),
    firstAppearanceSourceId: text('first_appearance_source_id').references(() => sources.id),
    firstAppearanceUrl: text('first_appearance_url'),
    status: text('status', { enum: CLAIM_STATUSES }).notNull().default('unverified'),
    statusRationale: text('status_rationale'),
    reviewedBy: text('reviewed_by').references(() => apiKeys.id),
    reviewedAt: text('reviewed_at'),
    quantities: json('quantities').$type<QuantityJson[]>().notNull().default(sql`'[]'`),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull().references(() => apiKeys.id),
    updatedAt: text('updated_at').notNull(),
    // Demand counters (requests): kept at 0 on PostgreSQL until requests are implemented there.
    requestCount: integer('request_count').notNull().default(0),
    requesterCount: integer('requester_count').notNull().default(0),
  },
  (t) => [
    index('claims_status_idx').on(t.status, t.id),
    index('claims_claimant_idx').on(t.claimant, t.id),
    index('claims_updated_idx').on(t.updatedAt, t.id),
    index('claims_text_idx').using('hash', t.text),
    index('claims_language_idx').on(sql`lower(split_part(${t.language}, '-', 1))`, t.id),
  ],
);

export const claimTags = pgTable(
  'claim_tags',
  {
    claimId: text('claim_id').notNull().references(() => claims.id),
    tag: text('tag').notNull(),
  },
  (t) => [uniqueIndex('claim_tags_uq').on(t.tag, t.claimId), index('claim_tags_claim_idx').on(t.claimId)],
);

export const evidence = pgTable(
  'evidence',
  {
    id: text('id').primaryKey(),
    claimId: text('claim_id').notNull().references(() => claims.id),
    sourceId: text('source_id').notNull().references(() => sources.id),
    stance: text('stance', { enum: STANCES }).notNull(),
    quote: text('quote'),
    quoteSelector: json('quote_selector').$type<QuoteSelectorJson>(),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by').notNull().references(() => apiKeys.id),
    retractedAt: text('retracted_at'),
    retractedBy: text('retracted_by').references(() => apiKeys.id),
    retractionReason: text('retraction_reason'),
  },
  (t) => [index('evidence_claim_idx').on(t.claimId, t.id), index('evidence_source_idx').on(t.sourceId, t.id)],
);

/** Append-only and hash-chained; triggers in a custom migration refuse UPDATE and DELETE. */
export const auditEvents = pgTable(
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

export const idempotencyRecords = pgTable(
  'idempotency_records',
  {
    actorId: text('actor_id').notNull(),
    key: text('key').notNull(),
    fingerprint: text('fingerprint').notNull(),
    statusCode: integer('status_code'),
    headers: json('headers').$type<Record<string, string>>(),
    body: text('body'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('idempotency_uq').on(t.actorId, t.key), index('idempotency_created_idx').on(t.createdAt)],
);

export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    keyId: text('key_id').notNull().references(() => apiKeys.id),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_key_idx').on(t.keyId), index('sessions_expires_idx').on(t.expiresAt)],
);

/**
 * The search documents: a stable, increasing document number per claim (newer claims have larger ones,
 * as on SQLite), its tsvector (text A… see repositories/pg/search.ts for the weights) and its length in
 * tokens (for bm25's length normalisation).
 */
export const claimSearch = pgTable(
  'claim_search',
  {
    doc: serial('doc').primaryKey(),
    claimId: text('claim_id').notNull().references(() => claims.id),
    vector: tsvector('vector').notNull(),
    length: integer('length').notNull(),
  },
  (t) => [uniqueIndex('claim_search_claim_uq').on(t.claimId), index('claim_search_vector_idx').using('gin', t.vector)],
);

export const sourceSearch = pgTable(
  'source_search',
  {
    doc: serial('doc').primaryKey(),
    sourceId: text('source_id').notNull().references(() => sources.id),
    vector: tsvector('vector').notNull(),
    length: integer('length').notNull(),
  },
  (t) => [uniqueIndex('source_search_source_uq').on(t.sourceId), index('source_search_vector_idx').using('gin', t.vector)],
);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const ROWS_MATCH_DOMAIN: [
  Same<typeof apiKeys.$inferSelect, ApiKeyRecord>,
  Same<typeof sources.$inferSelect, SourceRecord>,
  Same<typeof claims.$inferSelect, ClaimRecord>,
  Same<typeof evidence.$inferSelect, EvidenceRecord>,
] = [true, true, true, true];
