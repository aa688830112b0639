// Schemas for publishing a verdict as a public fact-check: the request bodies and the publication read.
import { z } from 'zod';
import { VERDICTS } from '../../domain/workflow.js';
import { CLAIM_REVIEWED_MAX } from '../../domain/publication.js';
import { ActorRef, LIMITS, Timestamp } from '../../schemas/common.js';

export const PublishBody = z
  .strictObject({
    claimReviewed: z.string().trim().min(1).max(CLAIM_REVIEWED_MAX).optional().meta({
      description: `The short summary of the claim shown in search results (ClaimReview claimReviewed), at most ${CLAIM_REVIEWED_MAX} characters as Google advises. Defaults to the claim's text, shortened at a word boundary; once set it is kept until changed here.`,
      examples: ['North Korea harvested more than 11,000 bitcoins in 2017'],
    }),
  })
  .meta({ id: 'PublishRequest' });

export const UnpublishBody = z
  .strictObject({
    reason: z.string().trim().min(1).max(LIMITS.rationale).meta({ description: 'Why the fact-check is withdrawn: its public page answers 410 with this reason.', examples: ['Published by mistake before legal review.'] }),
  })
  .meta({ id: 'UnpublishRequest' });

export const RatingScale = z
  .object({
    name: z.string().meta({ examples: ['ClaimLedger'] }),
    bestRating: z.number().meta({ examples: [5] }),
    worstRating: z.number().meta({ examples: [1] }),
    labels: z.array(z.object({
      label: z.string().meta({ examples: ['Misleading'] }),
      ratingValue: z.number().meta({ examples: [3] }),
      verdict: z.enum(VERDICTS).meta({ description: 'The workflow verdict the label counts as: its evidence rule applies.' }),
    })),
  })
  .meta({ id: 'RatingScale', description: 'The labels reviewers rate claims with, each on the declared scale and counted as a workflow verdict (RATING_SCALE / RATING_SCALE_FILE).' });

export const PublishedRating = z
  .object({
    verdict: z.enum(VERDICTS).meta({ description: 'The workflow verdict the label counts as.' }),
    label: z.string().meta({ description: 'The rating readers see (ClaimReview alternateName).', examples: ['Misleading'] }),
    ratingValue: z.number().meta({ examples: [3] }),
    bestRating: z.number().meta({ examples: [5] }),
    worstRating: z.number().meta({ examples: [1] }),
    rationale: z.string().nullable().meta({ description: 'The verdict\'s rationale as published.' }),
    reviewedAt: Timestamp.meta({ description: 'When the verdict was set.' }),
    publishedAt: Timestamp,
    publishedBy: ActorRef,
    audit: z.object({ seq: z.number().int(), hash: z.string() }).meta({ description: 'The audit event that published this rating.' }),
  })
  .meta({ id: 'PublishedRating', description: 'A rating as it was published.' });

export const Publication = z
  .object({
    claimId: z.string(),
    slug: z.string().meta({ description: 'Stable: chosen at the first publication and kept through re-reviews and corrections.', examples: ['north-korea-harvested-more-than-11000-bitcoins-in-2017-x1y2z3'] }),
    url: z.string().meta({ description: 'The public page (REVIEW_URL_TEMPLATE, by default PUBLIC_BASE_URL/fact-checks/{slug}).' }),
    state: z.enum(['published', 'withdrawn']).meta({ description: 'withdrawn: the page answers 410 with the reason.' }),
    underReview: z.boolean().meta({ description: 'The claim was re-opened, or has a new verdict not yet published: the page says it is under re-review and still shows the published rating.' }),
    claimReviewed: z.string().meta({ description: `The short summary of the claim (≤ ${CLAIM_REVIEWED_MAX} characters).` }),
    datePublished: Timestamp.meta({ description: 'The first publication.' }),
    dateModified: Timestamp.nullable().meta({ description: 'When a later rating replaced the first (a correction); null while the first stands.' }),
    withdrawn: z.object({ at: Timestamp, by: ActorRef, reason: z.string() }).nullable(),
    rating: PublishedRating.meta({ description: 'The rating readers are shown now.' }),
    history: z.array(PublishedRating).meta({ description: 'Every rating published for the claim, oldest first (the last is `rating`).' }),
  })
  .meta({ id: 'Publication', description: 'A claim\'s public fact-check and the history of its published ratings.' });
