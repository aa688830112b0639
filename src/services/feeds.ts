// The public feeds of fact-checks: what a page of either feed holds. An entry is a claim with a verdict,
// its ClaimReview, and the audit event that set that verdict; every page carries a signed checkpoint of
// the log, taken after the entries were read, so a reader can prove those events are in it.
//
// This reads the verdict state main holds today (a claim's status and its claim.status_changed event).
// When verdicts are published as an explicit step, `page` reads publications instead (only published,
// not withdrawn ones, their public page as url, the publishing event as audit) and the routes stay as
// they are: they only see FeedEntry.
import { claimReview, type Publisher } from '../domain/claim-review.js';
import type { ClaimRecord, ClaimStatus } from '../domain/types.js';
import { AppError } from '../errors.js';
import { ID_PATTERN } from '../lib/ids.js';
import type { Storage } from '../repositories/types.js';
import type { AuditTrail } from './audit-trail.js';
import type { SignedCheckpoint } from './audit-verify.js';

type ClaimReviewDocument = NonNullable<ReturnType<typeof claimReview>>;

export interface FeedEntry {
  claimId: string;
  /** Where the fact-check is read: the ClaimReview's url. */
  url: string;
  review: ClaimReviewDocument;
  /** The rating's words ("Misleading"). */
  label: string;
  rationale: string | null;
  /** When the fact-check first appeared, and when it last changed. */
  datePublished: string;
  dateModified: string;
  /** The audit event that set the rating the entry shows. */
  audit: { seq: number; hash: string };
}

export interface FeedPage {
  entries: FeedEntry[];
  nextCursor: string | null;
  checkpoint: SignedCheckpoint;
  /** The newest change among the entries (the feed's `updated`); null for an empty page. */
  updated: string | null;
}

const VERDICTS: ClaimStatus[] = ['verified', 'misleading', 'false', 'unverifiable'];
const CURSOR_PREFIX = 'f1.';

const encodeCursor = (claimId: string): string => CURSOR_PREFIX + Buffer.from(claimId, 'utf8').toString('base64url');

function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const id = cursor.startsWith(CURSOR_PREFIX) ? Buffer.from(cursor.slice(CURSOR_PREFIX.length), 'base64url').toString('utf8') : '';
  if (!ID_PATTERN('clm').test(id)) throw new AppError('VALIDATION_FAILED', 'The cursor is not one this feed issued.', {}, [{ path: 'querystring.cursor', message: 'Invalid cursor' }]);
  return id;
}

export function createFeeds(storage: Storage, auditTrail: AuditTrail, publisher: Publisher) {
  async function appearanceUrl(c: ClaimRecord): Promise<string | null> {
    return c.firstAppearanceUrl ?? (c.firstAppearanceSourceId ? ((await storage.read.sources.find(c.firstAppearanceSourceId))?.canonicalUrl ?? null) : null);
  }

  /** The event that set the claim's current verdict: its latest status change. */
  async function verdictEvent(claimId: string): Promise<{ seq: number; hash: string }> {
    let last: { seq: number; hash: string } | undefined;
    let afterSeq: number | undefined;
    for (;;) {
      const rows = await storage.read.audit.list({ claimId, action: 'claim.status_changed', limit: 100, afterSeq });
      for (const row of rows.slice(0, 100)) last = { seq: row.seq, hash: row.hash };
      if (rows.length <= 100) break;
      afterSeq = rows[99]!.seq;
    }
    if (!last) throw new Error(`claim ${claimId} has a verdict but no status change in the audit log`);
    return last;
  }

  return {
    publisher,

    /** Claims with a verdict, newest first, `limit` to a page. */
    async page(options: { limit: number; cursor?: string; updatedSince?: string }): Promise<FeedPage> {
      const rows = await storage.read.claims.list({
        limit: options.limit, cursor: decodeCursor(options.cursor), status: VERDICTS,
        updatedSince: options.updatedSince ? new Date(options.updatedSince).toISOString() : undefined,
      });
      const page = rows.slice(0, options.limit);
      const entries: FeedEntry[] = [];
      for (const claim of page) {
        const review = claimReview(claim, publisher, await appearanceUrl(claim));
        if (!review) continue;
        entries.push({
          claimId: claim.id, url: review.url, review, label: review.reviewRating.alternateName, rationale: claim.statusRationale,
          datePublished: claim.reviewedAt!, dateModified: claim.updatedAt, audit: await verdictEvent(claim.id),
        });
      }
      // Signed after the entries are read: the log only grows, so every entry's event is within it.
      const checkpoint = await auditTrail.checkpoint();
      const last = page.at(-1);
      return {
        entries,
        nextCursor: rows.length > options.limit && last ? encodeCursor(last.id) : null,
        checkpoint,
        updated: entries.reduce<string | null>((max, e) => (max === null || e.dateModified > max ? e.dateModified : max), null),
      };
    },
  };
}

export type Feeds = ReturnType<typeof createFeeds>;
