// Publishing: a reviewer publishes a claim's verdict as a public fact-check, re-publishes it after a
// re-review (the earlier ratings stay listed as corrections) and can withdraw it with a reason.
// Each of these is one audit event: verdict.published, verdict.updated, verdict.unpublished.
import type { Config } from '../config.js';
import type { Appearance, ClaimReviewInput } from '../domain/claim-review.js';
import { defaultClaimReviewed, reviewUrl, slugFor } from '../domain/publication.js';
import { defaultLabel, findLabel, type RatingLabel } from '../domain/rating-scale.js';
import type { ClaimRecord, PublicationRecord, PublishedRatingRecord } from '../domain/types.js';
import { isVerdict } from '../domain/workflow.js';
import { AppError } from '../errors.js';
import { newId } from '../lib/ids.js';
import type { PublicationListOptions, Repositories, Storage } from '../repositories/types.js';
import { appendAuditEvent, diff } from './audit-log.js';
import { answerLinkedRequests, type AnswerLookup } from './request-answers.js';
import type { ClaimHistory } from './claim-history.js';
import { getClaim } from './claims.js';

/** A publication as readers and the API see it: the claim, every rating published for it, oldest first. */
export interface PublicationView {
  publication: PublicationRecord;
  claim: ClaimRecord;
  ratings: PublishedRatingRecord[];
  /** The rating readers are shown now (the latest published). */
  current: PublishedRatingRecord;
  url: string;
  /** The claim was re-opened, or given a new verdict not yet published: the page says it is under re-review. */
  underReview: boolean;
  /** When a later rating replaced the first one (a correction); null while the first rating stands. */
  dateModified: string | null;
}

export const PUBLICATION_ACTIONS = { published: 'verdict.published', updated: 'verdict.updated', unpublished: 'verdict.unpublished' } as const;

/** The fields of a publication and its current rating that events record as {from, to}. */
const AUDITED = ['slug', 'claimReviewed', 'verdict', 'label', 'ratingValue', 'bestRating', 'worstRating', 'rationale', 'reviewedAt', 'unpublishedAt'] as const;
type Audited = Record<(typeof AUDITED)[number], unknown>;

function audited(p: PublicationRecord | undefined, r: Pick<PublishedRatingRecord, 'verdict' | 'label' | 'ratingValue' | 'bestRating' | 'worstRating' | 'rationale' | 'reviewedAt'> | undefined): Audited | null {
  if (!p || !r) return null;
  return {
    slug: p.slug, claimReviewed: p.claimReviewed, verdict: r.verdict, label: r.label, ratingValue: r.ratingValue, bestRating: r.bestRating,
    worstRating: r.worstRating, rationale: r.rationale, reviewedAt: r.reviewedAt, unpublishedAt: p.unpublishedAt,
  };
}

export function createPublications(storage: Storage, config: Pick<Config, 'ratingScale' | 'reviewUrlTemplate'>, history: ClaimHistory, answerOf: AnswerLookup) {
  const scale = config.ratingScale;

  /**
   * The label a claim's current verdict carries: the one the reviewer chose, else (verdicts set before labels,
   * or a label since removed from the scale) the scale's first label for the verdict.
   */
  function labelOf(claim: ClaimRecord): RatingLabel {
    if (!isVerdict(claim.status)) throw new Error('labelOf needs a verdict');
    const chosen = claim.verdictLabel ? findLabel(scale, claim.verdictLabel) : undefined;
    return chosen && chosen.verdict === claim.status ? chosen : defaultLabel(scale, claim.status);
  }

  function view(publication: PublicationRecord, claim: ClaimRecord, ratings: PublishedRatingRecord[]): PublicationView {
    const current = ratings.at(-1)!;
    return {
      publication, claim, ratings, current,
      url: reviewUrl(config.reviewUrlTemplate, publication.slug),
      underReview: !isVerdict(claim.status) || claim.reviewedAt !== current.reviewedAt,
      dateModified: ratings.length > 1 ? current.publishedAt : null,
    };
  }

  async function load(r: Repositories, claimId: string): Promise<PublicationView | undefined> {
    const publication = await r.publications.find(claimId);
    if (!publication) return undefined;
    const [claim, ratings] = await Promise.all([getClaim(r, claimId), r.publications.ratings(claimId)]);
    return view(publication, claim, ratings);
  }

  /** The claim and its active evidence as they stood when the current rating was published. */
  function asPublished(v: PublicationView) {
    return history.stateAt(v.claim.id, v.current.publishedAt);
  }

  async function uniqueSlug(r: Repositories, claim: ClaimRecord): Promise<string> {
    const base = slugFor(claim.text, claim.id);
    let slug = base;
    for (let n = 2; await r.publications.slugTaken(slug); n++) slug = `${base}-${n}`;
    return slug;
  }

  return {
    scale,
    labelOf,
    /** The URL a claim's fact-check has, or would have once published (its slug is fixed at first publication). */
    async urlFor(claim: ClaimRecord): Promise<string> {
      const publication = await storage.read.publications.find(claim.id);
      return reviewUrl(config.reviewUrlTemplate, publication?.slug ?? slugFor(claim.text, claim.id));
    },

    /**
     * Publishes the claim's current verdict. The first publication creates the page; a later one with a new
     * rating adds it to the history (a correction); publishing a withdrawn fact-check puts it back. When
     * nothing would change, nothing is written and `changed` is false.
     */
    publish(actorId: string, claimId: string, input: { claimReviewed?: string }): Promise<{ view: PublicationView; changed: boolean; created: boolean }> {
      return storage.withTransaction(async (r) => {
        const claim = await getClaim(r, claimId);
        if (!isVerdict(claim.status) || !claim.reviewedAt) {
          throw new AppError('NOTHING_TO_PUBLISH', `Claim ${claimId} has no verdict to publish (its status is "${claim.status}"). Set a verdict first.`, { rule: 'publish-needs-verdict', claimStatus: claim.status });
        }
        const before = await r.publications.find(claimId);
        const ratings = before ? await r.publications.ratings(claimId) : [];
        const latest = ratings.at(-1);
        const label = labelOf(claim);
        const rating = {
          verdict: claim.status, label: label.label, ratingValue: label.ratingValue, bestRating: scale.bestRating, worstRating: scale.worstRating,
          rationale: claim.statusRationale, reviewedAt: claim.reviewedAt,
        };
        const now = new Date().toISOString();
        const after: PublicationRecord = before
          ? { ...before, claimReviewed: input.claimReviewed ?? before.claimReviewed, updatedAt: now, unpublishedAt: null, unpublishedBy: null, unpublishReason: null }
          : {
            claimId, slug: await uniqueSlug(r, claim), claimReviewed: input.claimReviewed ?? defaultClaimReviewed(claim.text),
            firstPublishedAt: now, firstPublishedBy: actorId, updatedAt: now, unpublishedAt: null, unpublishedBy: null, unpublishReason: null,
          };
        const changes = diff(audited(before, latest), audited(after, rating)!, AUDITED);
        if (before && Object.keys(changes).length === 0) return { view: view(before, claim, ratings), changed: false, created: false };

        const newRating = !latest || ['verdict', 'label', 'ratingValue', 'bestRating', 'worstRating', 'rationale', 'reviewedAt'].some((f) => f in changes);
        const action = !before || before.unpublishedAt ? PUBLICATION_ACTIONS.published : PUBLICATION_ACTIONS.updated;
        if (before) await r.publications.update(after);
        else await r.publications.insert(after);
        const event = await appendAuditEvent(r.audit, { actorId, action, at: now, entity: { type: 'publication', id: claimId }, claimId, changes });
        if (newRating) {
          const row: PublishedRatingRecord = {
            id: newId('rat'), claimId, ...rating, reviewedBy: claim.reviewedBy, publishedAt: now, publishedBy: actorId, auditSeq: event.seq, auditHash: event.hash,
          };
          await r.publications.insertRating(row);
          ratings.push(row);
        }
        // The published fact-check answers the requests linked to the claim, in this same transaction.
        await answerLinkedRequests(r, claim, actorId, now, await answerOf(r, claim));
        return { view: view(after, claim, ratings), changed: true, created: !before };
      });
    },

    /** Withdraws a published fact-check: its page answers 410 with the reason until it is published again. */
    unpublish(actorId: string, claimId: string, reason: string): Promise<PublicationView> {
      return storage.withTransaction(async (r) => {
        const claim = await getClaim(r, claimId);
        const before = await r.publications.find(claimId);
        if (!before) throw new AppError('PUBLICATION_NOT_FOUND', `Claim ${claimId} has never been published.`);
        if (before.unpublishedAt) {
          throw new AppError('PUBLICATION_ALREADY_WITHDRAWN', `The fact-check of claim ${claimId} was already withdrawn at ${before.unpublishedAt}.`, { unpublishedAt: before.unpublishedAt });
        }
        const now = new Date().toISOString();
        const after: PublicationRecord = { ...before, updatedAt: now, unpublishedAt: now, unpublishedBy: actorId, unpublishReason: reason };
        await r.publications.update(after);
        await appendAuditEvent(r.audit, {
          actorId, action: PUBLICATION_ACTIONS.unpublished, at: now, entity: { type: 'publication', id: claimId }, claimId,
          changes: { unpublishedAt: { from: null, to: now } }, reason,
        });
        return view(after, claim, await r.publications.ratings(claimId));
      });
    },

    /** The claim's publication with its rating history; 404 when the claim was never published. */
    async get(claimId: string): Promise<PublicationView> {
      const r = storage.read;
      await getClaim(r, claimId);
      const found = await load(r, claimId);
      if (!found) throw new AppError('PUBLICATION_NOT_FOUND', `Claim ${claimId} has never been published.`);
      return found;
    },

    async find(claimId: string): Promise<PublicationView | undefined> {
      return load(storage.read, claimId);
    },

    async bySlug(slug: string): Promise<PublicationView | undefined> {
      const publication = await storage.read.publications.findBySlug(slug);
      return publication ? load(storage.read, publication.claimId) : undefined;
    },

    /** Publications with their current rating, most recently updated first (limit + 1 rows). */
    list(options: PublicationListOptions) {
      return storage.read.publications.list(options);
    },

    /**
     * What the claim's ClaimReview states: the published rating when the claim was ever published (also while
     * it is re-reviewed), else a preview of its current verdict. 410 when withdrawn, 404 without either.
     */
    async reviewInput(claimId: string): Promise<{ input: ClaimReviewInput; published: boolean }> {
      const r = storage.read;
      const found = await load(r, claimId);
      // Once published, readers see the claim as it stood when its current rating was published: edits made
      // during a re-review (text, claimant, appearances) stay unpublished until the next publication.
      const claim = found ? (await asPublished(found)).claim : await getClaim(r, claimId);
      if (found?.publication.unpublishedAt) {
        throw new AppError('FACT_CHECK_WITHDRAWN', `The fact-check of claim ${claimId} was withdrawn at ${found.publication.unpublishedAt}: ${found.publication.unpublishReason}`, { reason: found.publication.unpublishReason, withdrawnAt: found.publication.unpublishedAt });
      }
      if (!found && (!isVerdict(claim.status) || !claim.reviewedAt)) {
        throw new AppError('CLAIM_REVIEW_NOT_FOUND', `Claim ${claim.id} has no verdict yet (its status is "${claim.status}"), so there is no ClaimReview to publish.`, { claimStatus: claim.status });
      }
      // The first appearance is the one named as such (a URL, or a source's URL and date), else the earliest listed.
      // A source without a URL (a printed report, a captured page) is named by its title.
      let first: Appearance | null = null;
      if (claim.firstAppearanceUrl) first = claim.appearances.find((a) => a.url === claim.firstAppearanceUrl) ?? { url: claim.firstAppearanceUrl, date: null };
      else if (claim.firstAppearanceSourceId) {
        const source = await r.sources.find(claim.firstAppearanceSourceId);
        if (source) first = { url: source.canonicalUrl, name: source.title, date: source.publishedAt };
      }
      first ??= claim.appearances[0] ?? null;
      const appearances: Appearance[] = first ? [first, ...claim.appearances.filter((a) => a.url !== first.url)] : claim.appearances;
      const base = {
        claim: { text: claim.text, claimDate: claim.claimDate, language: claim.language },
        // A claimant not typed yet is taken for an organisation (what most attributions in the seed are).
        claimant: claim.claimant ? { type: claim.claimantType ?? ('Organization' as const), name: claim.claimant } : null,
        appearances,
        firstAppearance: first,
      };
      if (found) {
        const c = found.current;
        return {
          published: true,
          input: {
            ...base, url: found.url, claimReviewed: found.publication.claimReviewed, datePublished: found.publication.firstPublishedAt, dateModified: found.dateModified,
            rating: { label: c.label, ratingValue: c.ratingValue, bestRating: c.bestRating, worstRating: c.worstRating, rationale: c.rationale },
          },
        };
      }
      const label = labelOf(claim);
      return {
        published: false,
        input: {
          ...base, url: reviewUrl(config.reviewUrlTemplate, slugFor(claim.text, claim.id)), claimReviewed: defaultClaimReviewed(claim.text),
          datePublished: claim.reviewedAt!, dateModified: null,
          rating: { label: label.label, ratingValue: label.ratingValue, bestRating: scale.bestRating, worstRating: scale.worstRating, rationale: claim.statusRationale },
        },
      };
    },

    asPublished,

    latestRatings(claimIds: readonly string[]) {
      return storage.read.publications.latestRatings(claimIds);
    },
  };
}

export type Publications = ReturnType<typeof createPublications>;
