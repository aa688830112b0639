// The storage interface the services program against: one repository per aggregate, all asynchronous,
// and one unit of work for every multi-statement change. src/repositories/sqlite/ implements it over
// better-sqlite3, src/repositories/pg/ over PostgreSQL (node-postgres). See docs/architecture.md.
import type {
  ApiKeyRecord, ClaimRecord, ClaimStatus, EvidenceRecord, EvidenceWithSource, ExternalReviewRecord, PublicationRecord, PublishedRatingRecord, RequestRecord,
  RequestStatus, SourceKind, SourceRecord, Stance, WebhookAttemptRecord, WebhookMessageRecord, WebhookRecord,
} from '../domain/types.js';
import type { VerifyOptions, VerifyReport } from '../services/audit-verify.js';

export interface ClaimListFilter {
  limit: number;
  /** Only claims with a smaller id (the list is newest first). */
  cursor?: string;
  status?: ClaimStatus[];
  tag?: string;
  claimant?: string;
  /** An ISO-8601 UTC instant as toISOString() writes it. */
  updatedSince?: string;
  /** A primary language subtag, lower-cased ("en"). */
  language?: string;
  /** Only claims with at least this many linked requests. */
  minRequests?: number;
  /** newest (id descending, the default) or demand (request count descending, then newest). */
  sort?: 'newest' | 'demand';
  /** With sort=demand: continue after this (requestCount, id). */
  demandCursor?: { requestCount: number; id: string };
}

/** Fields of a claim a change may set; version and updatedAt are moved on by the repository. Demand
 *  counters are not among them: recountDemand keeps them. */
export type ClaimChange = Partial<Omit<ClaimRecord, 'id' | 'version' | 'createdAt' | 'createdBy' | 'updatedAt' | 'requestCount' | 'requesterCount'>>;
export type SourceChange = Partial<Omit<SourceRecord, 'id' | 'version' | 'createdAt' | 'createdBy' | 'updatedAt'>>;

export interface ClaimsRepository {
  find(id: string): Promise<ClaimRecord | undefined>;
  findMany(ids: readonly string[]): Promise<ClaimRecord[]>;
  findIdByText(text: string): Promise<string | undefined>;
  /** Which of these texts some claim already has (bulk import skips those): one pass over the claims. */
  existingTexts(texts: readonly string[]): Promise<Set<string>>;
  /** Inserts the claim and its tag rows. */
  insert(claim: ClaimRecord): Promise<void>;
  /** Inserts new claims and their tag rows, in order: what insert() of each would leave (bulk import). */
  insertMany(claims: readonly ClaimRecord[]): Promise<void>;
  /** Compare-and-set: writes only if the version is still `expectedVersion`; version + 1. Undefined if it moved. */
  update(id: string, expectedVersion: number, change: ClaimChange, at: string): Promise<ClaimRecord | undefined>;
  /** Stances of the claim's active (not retracted) evidence. */
  activeStances(claimId: string): Promise<Stance[]>;
  /** limit + 1 claims, newest first. */
  list(filter: ClaimListFilter): Promise<ClaimRecord[]>;
  /** Claims per status under the list's filters (status and cursor ignored); statuses with none are absent. */
  countByStatus(filter: Omit<ClaimListFilter, 'limit' | 'cursor' | 'status'>): Promise<Array<{ status: ClaimStatus; n: number }>>;
  /** Who made the claim's latest change, and when (from the audit log). */
  lastChange(claimId: string): Promise<{ id: string; name: string; at: string } | undefined>;
  /** Every claim, oldest first (export). */
  all(): Promise<ClaimRecord[]>;
  /** Recomputes the claim's demand counters from its linked requests (one indexed range); no version change. */
  recountDemand(claimId: string): Promise<{ requestCount: number; requesterCount: number }>;
  isEmpty(): Promise<boolean>;
}

export interface EvidenceListOptions {
  includeRetracted: boolean;
  /** With a limit, limit + 1 rows are returned so the caller knows whether another page exists. */
  limit?: number;
  after?: string;
}

export interface SourceClaimLink {
  claimId: string;
  claimText: string;
  claimStatus: ClaimStatus;
  evidenceId: string;
  stance: Stance;
  /** Where the quote sits in the source's snapshot (null without a quote or snapshot). */
  quoteSelector: EvidenceRecord['quoteSelector'];
}

export interface EvidenceRepository {
  find(claimId: string, id: string): Promise<EvidenceRecord | undefined>;
  /** A claim's evidence, oldest first, each with its source summary: one query, however many items. */
  listForClaim(claimId: string, options: EvidenceListOptions): Promise<EvidenceWithSource[]>;
  /** Active evidence linking this claim and source with this stance (the duplicate check). */
  activeLinks(claimId: string, sourceId: string, stance: Stance): Promise<Array<{ id: string; quote: string | null }>>;
  insert(evidence: EvidenceRecord): Promise<void>;
  retract(id: string, at: string, by: string, reason: string): Promise<EvidenceRecord>;
  /** Ids of active evidence with a quote from this source. */
  activeQuotedFromSource(sourceId: string): Promise<string[]>;
  /** The claims a source is active evidence for. */
  claimsForSource(sourceId: string): Promise<SourceClaimLink[]>;
}

export interface SourcesRepository {
  find(id: string): Promise<SourceRecord | undefined>;
  findMany(ids: readonly string[]): Promise<SourceRecord[]>;
  findByCanonicalUrl(canonicalUrl: string): Promise<SourceRecord | undefined>;
  findIdByContentSha256(sha256: string): Promise<string | undefined>;
  findIdByTitleAndCitation(title: string, citation: string | null): Promise<string | undefined>;
  insert(source: SourceRecord): Promise<void>;
  update(id: string, expectedVersion: number, change: SourceChange, at: string): Promise<SourceRecord | undefined>;
  list(options: { limit: number; cursor?: string; kind?: SourceKind }): Promise<SourceRecord[]>;
  all(): Promise<SourceRecord[]>;
}

export interface ApiKeysRepository {
  find(id: string): Promise<ApiKeyRecord | undefined>;
  insert(key: ApiKeyRecord, options?: { ignoreExisting?: boolean }): Promise<void>;
  revoke(id: string, at: string, by: string): Promise<ApiKeyRecord>;
  /** Keys other than `except`, newest first. */
  list(options: { limit: number; cursor?: string; except: string }): Promise<ApiKeyRecord[]>;
  /** Whether any key with a token (one that can log in) exists besides `except`. */
  anyLoginKey(except: string): Promise<boolean>;
  names(): Promise<Array<{ id: string; name: string }>>;
}

/** An audit_events row as stored (snake_case columns; changes is canonical JSON text). */
export interface AuditRow {
  seq: number;
  at: string;
  actor_id: string;
  action: string;
  entity_type: string;
  entity_id: string;
  claim_id: string | null;
  changes: string;
  reason: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditEventFilter {
  limit: number;
  afterSeq?: number;
  claimId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  actorId?: string;
}

export interface AuditRepository {
  head(): Promise<{ seq: number; hash: string } | undefined>;
  insert(row: AuditRow): Promise<void>;
  latest(): Promise<AuditRow | undefined>;
  /** limit + 1 events, oldest first. */
  list(filter: AuditEventFilter): Promise<AuditRow[]>;
  /** Events of a claim (and its evidence) up to an instant, oldest first. */
  claimEventsUntil(claimId: string, at: string): Promise<AuditRow[]>;
  entityEventsUntil(entityId: string, at: string): Promise<AuditRow[]>;
  /** Rows after `afterSeq` up to `untilSeq`, oldest first, at most `limit`. */
  range(afterSeq: number, untilSeq: number, limit: number): Promise<AuditRow[]>;
}

export interface RequestListFilter {
  limit: number;
  /** Only requests with a smaller id (the list is newest first). */
  cursor?: string;
  status?: RequestStatus;
  channel?: string;
  claimId?: string;
  /** Only requests submitted with this API key (what a reader-level key sees). */
  createdBy?: string;
}

export type RequestChange = Partial<Pick<RequestRecord, 'status' | 'claimId' | 'linkedAt' | 'linkedBy' | 'answeredAt'>>;

export interface DemandDay {
  /** YYYY-MM-DD (UTC) of the requests' arrival. */
  date: string;
  requests: number;
  requesters: number;
}

export interface RequestsRepository {
  find(id: string): Promise<RequestRecord | undefined>;
  insert(request: RequestRecord): Promise<void>;
  update(id: string, change: RequestChange): Promise<RequestRecord>;
  /** limit + 1 requests, newest first. */
  list(filter: RequestListFilter): Promise<RequestRecord[]>;
  /** Every request linked to a claim, oldest first. */
  forClaim(claimId: string): Promise<RequestRecord[]>;
  /** Linked requests of a claim that are not answered yet. */
  unansweredForClaim(claimId: string): Promise<RequestRecord[]>;
  /** Requests and distinct requesters per day of arrival, oldest first. */
  dailyDemand(claimId: string): Promise<DemandDay[]>;
  /** Requests per channel, most first. */
  channelDemand(claimId: string): Promise<Array<{ channel: string; requests: number }>>;
}

export interface IdempotencyRecord {
  actorId: string;
  key: string;
  fingerprint: string;
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  createdAt: string;
}

export interface IdempotencyRepository {
  find(actorId: string, key: string): Promise<IdempotencyRecord | undefined>;
  insert(record: IdempotencyRecord): Promise<void>;
  deleteOlderThan(at: string): Promise<void>;
}

export interface SessionRecord {
  tokenHash: string;
  keyId: string;
  createdAt: string;
  expiresAt: string;
}

export interface SessionsRepository {
  insert(session: SessionRecord): Promise<void>;
  /** The key behind a session that has not expired at `now`. */
  findLiveKey(tokenHash: string, now: string): Promise<ApiKeyRecord | undefined>;
  delete(tokenHash: string): Promise<void>;
  deleteForKey(keyId: string): Promise<void>;
  deleteExpired(now: string): Promise<void>;
}

export type WebhookChange = Partial<Omit<WebhookRecord, 'id' | 'version' | 'createdAt' | 'createdBy' | 'updatedAt'>>;

/** A worker's claim on the messages it takes: a token only it knows, and when the claim runs out. */
export interface WebhookLease {
  token: string;
  until: string;
}

/** What a delivery attempt leaves behind on its message. */
export interface WebhookMessageOutcome {
  state: WebhookMessageRecord['state'];
  nextAttemptAt: string;
  at: string;
  statusCode: number | null;
  error: string | null;
  failingSince: string | null;
  deliveredAt: string | null;
}

export interface WebhooksRepository {
  find(id: string): Promise<WebhookRecord | undefined>;
  insert(webhook: WebhookRecord): Promise<void>;
  /** Writes the change; version + 1. */
  update(id: string, change: WebhookChange, at: string): Promise<WebhookRecord>;
  /** Deletes the subscription with its messages and delivery log. */
  delete(id: string): Promise<void>;
  /** limit + 1 subscriptions, newest first. */
  list(options: { limit: number; cursor?: string }): Promise<WebhookRecord[]>;
  /** Enabled subscriptions (the outbox fans each event out to those that want it). */
  enabled(): Promise<WebhookRecord[]>;
  insertMessage(message: WebhookMessageRecord): Promise<void>;
  findMessage(webhookId: string, id: string): Promise<WebhookMessageRecord | undefined>;
  /** limit + 1 messages of a subscription, newest first. */
  listMessages(webhookId: string, options: { limit: number; cursor?: string }): Promise<WebhookMessageRecord[]>;
  /**
   * Takes the next messages to send, for this worker alone: for each enabled subscription not in `busy`, its
   * pending message with the lowest seq, if due at `now`; at most `limit`, the earliest due. Each is
   * leased: its next_attempt_at becomes `lease.until` (so no other worker finds it due before then) and it
   * carries `lease.token`. Messages another worker is taking at the same moment are skipped, not waited for.
   * The records come back as leased.
   */
  claimDue(now: string, busy: readonly string[], limit: number, lease: WebhookLease): Promise<WebhookMessageRecord[]>;
  /** When the earliest head-of-line pending message of an enabled subscription not in `busy` falls due. */
  nextDueAt(busy: readonly string[]): Promise<string | undefined>;
  /**
   * Records an attempt in the delivery log and, if the message is still leased with `leaseToken`, its
   * outcome on the message (which ends the lease); returns the message then, else undefined. A lease is lost
   * when it ran out and another worker took the message, or when a redelivery requeued it: that worker's or
   * the requeue's state stands, and this attempt is only in the log.
   */
  recordAttempt(message: WebhookMessageRecord, outcome: WebhookMessageOutcome, latencyMs: number, leaseToken: string): Promise<WebhookMessageRecord | undefined>;
  /** Hands a leased message back unsent (shutdown, a disabled subscription): due at `at`, if the lease is still `leaseToken`. */
  releaseLease(id: string, leaseToken: string, at: string): Promise<void>;
  /** Hands back every leased message, due at `at` (SQLite at start: the only worker that could hold them is gone). */
  releaseAllLeases(at: string): Promise<void>;
  /** Puts a message back in the queue, due at `at`, ending any lease on it (manual redelivery). */
  requeue(id: string, at: string): Promise<WebhookMessageRecord>;
  /** The delivery log of some messages, oldest attempt first. */
  attemptsFor(messageIds: readonly string[]): Promise<WebhookAttemptRecord[]>;
  /** Message counts by state for a subscription. */
  countByState(webhookId: string): Promise<Array<{ state: WebhookMessageRecord['state']; n: number }>>;
}

/** A publication with its claim's current rating: what a public page, the index and the sitemap list. */
export interface PublishedFactCheck {
  publication: PublicationRecord;
  latest: PublishedRatingRecord;
}

export interface PublicationListOptions {
  limit: number;
  /** Only publications updated before this (updatedAt, claimId) position: the list is newest first. */
  before?: { updatedAt: string; claimId: string };
  /** Include withdrawn publications (feeds show withdrawals; pages and the sitemap do not). */
  includeWithdrawn?: boolean;
  /** Only publications updated at or after this instant. */
  updatedSince?: string;
}

export interface PublicationsRepository {
  find(claimId: string): Promise<PublicationRecord | undefined>;
  findBySlug(slug: string): Promise<PublicationRecord | undefined>;
  /** Whether a slug is taken (by any claim). */
  slugTaken(slug: string): Promise<boolean>;
  insert(publication: PublicationRecord): Promise<void>;
  /** Writes the mutable fields (claimReviewed, updatedAt and the withdrawal fields). */
  update(publication: PublicationRecord): Promise<void>;
  /** Every rating published for the claim, oldest first. */
  ratings(claimId: string): Promise<PublishedRatingRecord[]>;
  insertRating(rating: PublishedRatingRecord): Promise<void>;
  /** limit + 1 publications with their latest rating, most recently updated first. */
  list(options: PublicationListOptions): Promise<PublishedFactCheck[]>;
  /** The latest rating of each claim among these ids that was ever published (ids without one are absent). */
  latestRatings(claimIds: readonly string[]): Promise<Map<string, PublishedRatingRecord>>;
}

/** Fields of an external review an import may change. */
export type ExternalReviewChange = Omit<ExternalReviewRecord, 'id' | 'claimId' | 'canonicalUrl' | 'createdAt' | 'createdBy' | 'updatedAt'>;

export interface ExternalReviewsRepository {
  findByCanonicalUrl(canonicalUrl: string): Promise<ExternalReviewRecord | undefined>;
  insert(review: ExternalReviewRecord): Promise<void>;
  update(id: string, change: ExternalReviewChange, at: string): Promise<ExternalReviewRecord>;
  /** The reviews of these claims, oldest first. */
  forClaims(claimIds: readonly string[]): Promise<ExternalReviewRecord[]>;
}

export interface Repositories {
  claims: ClaimsRepository;
  evidence: EvidenceRepository;
  sources: SourcesRepository;
  apiKeys: ApiKeysRepository;
  audit: AuditRepository;
  idempotency: IdempotencyRepository;
  sessions: SessionsRepository;
  requests: RequestsRepository;
  webhooks: WebhooksRepository;
  publications: PublicationsRepository;
  externalReviews: ExternalReviewsRepository;
}

/**
 * Code that runs at the edges of every outermost unit of work that appended audit events: the outbox
 * writes its rows before COMMIT (so they commit or roll back with the change), live streams are woken
 * after it. Rows appended by a nested unit that rolled back are not passed.
 */
export interface TransactionHooks {
  beforeCommit?(repos: Repositories, appended: readonly AuditRow[]): Promise<void>;
  afterCommit?(appended: readonly AuditRow[]): void;
}

export interface Storage {
  /**
   * sqlite: one process owns the file. postgres: any number of instances may share the database, so
   * whatever one instance must learn of another's work (queued webhooks, new events) it reads from there.
   */
  readonly backend: 'sqlite' | 'postgres';
  /** Registers hooks run around the commit of each unit of work that appended audit events. */
  addTransactionHooks(hooks: TransactionHooks): void;
  /**
   * Repositories for reads. Inside a unit of work these are the transaction's own (they see its changes);
   * elsewhere they read committed data, possibly from a separate read-only connection.
   */
  readonly read: Repositories;
  /**
   * The unit of work: every statement `fn` runs through `repos` commits together or not at all.
   * Units of work never interleave. A call made inside another (same async context) joins it as a
   * nested unit that rolls back alone if it throws.
   */
  withTransaction<T>(fn: (repos: Repositories) => Promise<T>): Promise<T>;
  /**
   * Every audit row, oldest first (offline verification and tools). SQLite reads it in one pass on its
   * read-only connection; PostgreSQL in chunks by seq, each a short query.
   */
  scanAudit(): AsyncIterable<AuditRow>;
  /**
   * Optional: verifies the audit chain up to `untilSeq` (the head when the request began) off the event
   * loop, e.g. in a worker thread. A backend without it is verified by the service in chunks that yield.
   */
  verifyAudit?(options: { untilSeq: number; checkpoints?: VerifyOptions['checkpoints'] }): Promise<VerifyReport>;
  /**
   * A number that changes whenever anything is committed to the database, by this process or another,
   * as seen by the reads made now; undefined where the backend cannot tell it cheaply. Responses built
   * from reads may be reused for as long as it stays the same (routes/read-cache.ts).
   */
  changeMark(): number | undefined;
  /**
   * Optional: calls `fn` soon after another instance on the same database commits a unit of work that
   * appended audit events (this instance's own commits are the afterCommit hooks'). Only a wake-up: it
   * may come late, twice, or after a reconnection without a commit, so whoever listens reads the database
   * for what is new. Returns the function that stops the calls.
   */
  watchOtherCommits?(fn: () => void): () => void;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
