// The public feeds of published fact-checks: what a page of either feed holds. Each entry is a published
// (not withdrawn) fact-check with its ClaimReview and the audit event that published its current rating;
// every page carries a signed checkpoint of the log, so a reader can prove those events are in it.
import type { ClaimReviewDocument, Publisher } from '../domain/claim-review.js';
import { claimReviewDocument } from '../domain/claim-review.js';
import { AppError } from '../errors.js';
import type { PublishedFactCheck } from '../repositories/types.js';
import type { AuditTrail } from './audit-trail.js';
import type { SignedCheckpoint } from './audit-verify.js';
import type { Publications } from './publications.js';

export interface FeedEntry {
  fact: PublishedFactCheck;
  review: ClaimReviewDocument;
  /** The public page of the fact-check. */
  url: string;
  /** The audit event that published the rating the entry shows. */
  audit: { seq: number; hash: string };
}

export interface FeedPage {
  entries: FeedEntry[];
  nextCursor: string | null;
  checkpoint: SignedCheckpoint;
  /** The newest change among the entries (the feed's `updated`); null for an empty page. */
  updated: string | null;
}

const CURSOR_PREFIX = 'f1.';

function encodeCursor(p: { updatedAt: string; claimId: string }): string {
  return CURSOR_PREFIX + Buffer.from(JSON.stringify([p.updatedAt, p.claimId]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string | undefined): { updatedAt: string; claimId: string } | undefined {
  if (cursor === undefined) return undefined;
  const bad = () => new AppError('VALIDATION_FAILED', 'The cursor is not one this feed issued.', {}, [{ path: 'querystring.cursor', message: 'Invalid cursor' }]);
  if (!cursor.startsWith(CURSOR_PREFIX)) throw bad();
  try {
    const [updatedAt, claimId] = JSON.parse(Buffer.from(cursor.slice(CURSOR_PREFIX.length), 'base64url').toString('utf8')) as unknown[];
    if (typeof updatedAt !== 'string' || typeof claimId !== 'string') throw bad();
    return { updatedAt, claimId };
  } catch {
    throw bad();
  }
}

export function createFeeds(publications: Publications, auditTrail: AuditTrail, publisher: Publisher) {
  return {
    publisher,

    /** Published fact-checks, most recently changed first, `limit` to a page. */
    async page(options: { limit: number; cursor?: string; updatedSince?: string }): Promise<FeedPage> {
      const before = decodeCursor(options.cursor);
      const rows = await publications.list({
        limit: options.limit, before,
        updatedSince: options.updatedSince ? new Date(options.updatedSince).toISOString() : undefined,
      });
      // Signed after the entries are read: the log only grows, so every entry's event is within it.
      const checkpoint = await auditTrail.checkpoint();
      const page = rows.slice(0, options.limit);
      const entries = await Promise.all(page.map(async (fact): Promise<FeedEntry> => {
        const { input } = await publications.reviewInput(fact.publication.claimId);
        return { fact, review: claimReviewDocument(input, publisher), url: input.url, audit: { seq: fact.latest.auditSeq, hash: fact.latest.auditHash } };
      }));
      const last = page.at(-1);
      return {
        entries,
        nextCursor: rows.length > options.limit && last ? encodeCursor({ updatedAt: last.publication.updatedAt, claimId: last.publication.claimId }) : null,
        checkpoint,
        updated: page[0]?.publication.updatedAt ?? null,
      };
    },
  };
}

export type Feeds = ReturnType<typeof createFeeds>;
