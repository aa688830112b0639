// Importing other fact-checkers' ClaimReviews. Each review becomes an external review on a claim — an
// existing claim with the same text, or a new one — and never a verdict of this newsroom: the claim keeps
// its own workflow status. Idempotent by review URL, and all-or-nothing: a file with any record that
// cannot be read changes nothing.
import { NotClaimReviewInput, parseClaimReviews, type ImportedReview, type RejectedRecord } from '../domain/claim-review-import.js';
import type { ExternalReviewRecord } from '../domain/types.js';
import { AppError } from '../errors.js';
import { newId } from '../lib/ids.js';
import type { ExternalReviewChange, Storage } from '../repositories/types.js';
import { appendAuditEvent, diff } from './audit-log.js';
import type { createClaims } from './claims.js';

export type ImportOutcome = 'created' | 'updated' | 'skipped';

export interface ImportReport {
  created: number;
  updated: number;
  skipped: number;
  rejected: RejectedRecord[];
  reviews: Array<{ index: number; url: string; outcome: ImportOutcome; reviewId: string; claimId: string; claimCreated: boolean }>;
}

const AUDITED_FIELDS = [
  'claimId', 'url', 'canonicalUrl', 'publisherName', 'publisherSite', 'publisherUrl', 'title', 'claimReviewed', 'ratingText',
  'ratingValue', 'bestRating', 'worstRating', 'datePublished', 'language',
] as const satisfies ReadonlyArray<keyof ExternalReviewRecord>;

const change = (r: ImportedReview): ExternalReviewChange => ({
  url: r.url, publisherName: r.publisherName, publisherSite: r.publisherSite, publisherUrl: r.publisherUrl, title: r.title,
  claimReviewed: r.claimReviewed, ratingText: r.ratingText, ratingValue: r.ratingValue, bestRating: r.bestRating,
  worstRating: r.worstRating, datePublished: r.datePublished, language: r.language, contentSha256: r.contentSha256,
});

export function createClaimReviewImport(storage: Storage, claims: ReturnType<typeof createClaims>) {
  /** Reads the file's records; a file that is not ClaimReview JSON-LD at all is a 422 naming why. */
  function parse(input: unknown, kind: 'json' | 'html') {
    try {
      return parseClaimReviews(input as string, kind);
    } catch (err) {
      if (err instanceof NotClaimReviewInput) throw new AppError('IMPORT_REJECTED', `${err.message} Nothing was imported.`, { created: 0, updated: 0, skipped: 0, rejected: [] });
      throw err;
    }
  }

  return {
    parse,

    /** Imports every record of one file in one transaction, or — if any record is rejected — none. */
    async import(actorId: string, input: unknown, kind: 'json' | 'html'): Promise<ImportReport> {
      const { reviews, rejected } = parse(input, kind);
      if (rejected.length) {
        throw new AppError(
          'IMPORT_REJECTED',
          `${rejected.length} of ${reviews.length + rejected.length} records cannot be imported (first: ${rejected[0]!.index >= 0 ? `record ${rejected[0]!.index}` : 'the page'}: ${rejected[0]!.reason}). Nothing was imported: fix or remove them and send the file again.`,
          { created: 0, updated: 0, skipped: 0, rejected },
        );
      }
      return storage.withTransaction(async (r) => {
        const report: ImportReport = { created: 0, updated: 0, skipped: 0, rejected: [], reviews: [] };
        for (const review of reviews) {
          const now = new Date().toISOString();
          const existing = await r.externalReviews.findByCanonicalUrl(review.canonicalUrl);
          if (existing && existing.contentSha256 === review.contentSha256) {
            report.skipped++;
            report.reviews.push({ index: review.index, url: review.url, outcome: 'skipped', reviewId: existing.id, claimId: existing.claimId, claimCreated: false });
            continue;
          }
          if (existing) {
            const after = await r.externalReviews.update(existing.id, change(review), now);
            await appendAuditEvent(r.audit, {
              actorId, action: 'external_review.updated', at: now, entity: { type: 'external_review', id: existing.id }, claimId: existing.claimId,
              changes: diff(existing, after, AUDITED_FIELDS), reason: `Re-imported from ${review.url}`,
            });
            report.updated++;
            report.reviews.push({ index: review.index, url: review.url, outcome: 'updated', reviewId: existing.id, claimId: existing.claimId, claimCreated: false });
            continue;
          }
          // Matched like any claim: the same claim text is the same claim, whoever reviewed it.
          let claimId = await r.claims.findIdByText(review.claimReviewed);
          const claimCreated = claimId === undefined;
          if (claimId === undefined) {
            claimId = (await claims.create(actorId, {
              text: review.claimReviewed,
              claimant: review.claimant,
              claimDate: review.claimDate,
              language: review.language ?? 'en',
              firstAppearance: review.appearanceUrl ? { url: review.appearanceUrl } : null,
            })).id;
          }
          const row: ExternalReviewRecord = {
            id: newId('xrv'), claimId, canonicalUrl: review.canonicalUrl, ...change(review), createdAt: now, createdBy: actorId, updatedAt: now,
          };
          await r.externalReviews.insert(row);
          await appendAuditEvent(r.audit, {
            actorId, action: 'external_review.imported', at: now, entity: { type: 'external_review', id: row.id }, claimId,
            changes: diff(null, row, AUDITED_FIELDS), reason: `Imported from ${review.url}`,
          });
          report.created++;
          report.reviews.push({ index: review.index, url: review.url, outcome: 'created', reviewId: row.id, claimId, claimCreated });
        }
        return report;
      });
    },

    /** The external reviews of these claims, oldest first. */
    forClaims(claimIds: readonly string[]): Promise<ExternalReviewRecord[]> {
      return storage.read.externalReviews.forClaims(claimIds);
    },
  };
}

export type ClaimReviewImport = ReturnType<typeof createClaimReviewImport>;
