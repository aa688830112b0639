// Request and response schemas for /v1/claims and its evidence.
import { z } from 'zod';
import { CLAIM_STATUSES, CLAIMANT_TYPES, STANCES } from '../../domain/types.js';
import { ActorRef, idParam, LIMITS, Timestamp } from '../../schemas/common.js';
import { QuoteSelector, SourceSummary } from '../sources/schemas.js';
import { Discrepancy } from './discrepancy-schema.js';

export const ClaimStatus = z.enum(CLAIM_STATUSES).meta({
  id: 'ClaimStatus',
  description: 'unverified (new) → in_review → a verdict: verified, misleading, false or unverifiable. A verdict can be re-opened to in_review.',
});
export const Stance = z.enum(STANCES).meta({ id: 'Stance', description: 'How the source bears on the claim.' });

export const Quantity = z
  .object({
    raw: z.string().meta({ description: 'The words in the text the number was read from.', examples: ['more than 11,000 bitcoins'] }),
    value: z.number().meta({ examples: [11000] }),
    unit: z.string().nullable().meta({ description: 'Canonical unit: BTC, USD, EUR, KRW, percent, year, …; null for a bare number.', examples: ['BTC'] }),
    qualifier: z.string().nullable().meta({ description: 'more_than, less_than, at_least, at_most, up_to, about, nearly, exactly.', examples: ['more_than'] }),
  })
  .meta({ id: 'Quantity', description: 'A number parsed from the claim text.' });

export const Language = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP-47 language tag such as "en" or "pt-BR"')
  .meta({ description: 'BCP-47 language tag of the claim text.', examples: ['en'] });

const Tag = z.string().trim().min(1).max(LIMITS.tagLength).regex(/^[\p{L}\p{N}][\p{L}\p{N} _.-]*$/u, 'letters, digits, spaces, _ . - only');

export const ClaimantType = z.enum(CLAIMANT_TYPES).meta({
  id: 'ClaimantType',
  description: 'Whether the claimant is a Person or an Organization (ClaimReview itemReviewed.author @type).',
});

const FirstAppearance = z
  .union([
    z.strictObject({ sourceId: idParam('src', 'source') }),
    z.strictObject({ url: z.url({ protocol: /^https?$/ }).max(LIMITS.url) }),
  ])
  .meta({ description: 'Where the claim first appeared: a source id or a URL.' });

const claimFields = {
  text: z.string().trim().min(1).max(LIMITS.claimText).meta({ description: 'The claim, as a checker would state it.', examples: ['North Korea harvested more than 11,000 bitcoins in 2017.'] }),
  claimant: z.string().trim().min(1).max(LIMITS.shortText).nullable().optional().meta({ description: 'Who made the claim.', examples: ['NSA'] }),
  claimDate: z.iso.date().nullable().optional().meta({ description: 'When the claim was made (YYYY-MM-DD).', examples: ['2018-03-01'] }),
  language: Language.optional(),
  tags: z.array(Tag).max(LIMITS.tags).optional().meta({ description: `Up to ${LIMITS.tags} tags.`, examples: [['north-korea', 'bitcoin']] }),
  firstAppearance: FirstAppearance.nullable().optional(),
  claimantType: ClaimantType.nullable().optional(),
  appearances: z
    .array(z.strictObject({
      url: z.url({ protocol: /^https?$/ }).max(LIMITS.url),
      date: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).nullable().optional().meta({ description: 'When it appeared (YYYY-MM-DD or an instant), if known.' }),
    }))
    .max(LIMITS.appearances)
    .optional()
    .meta({ description: `Where the claim appeared (up to ${LIMITS.appearances}): each URL with its date where known. Replaces the list on edit.` }),
};

export const CreateClaimBody = z.strictObject(claimFields).meta({ id: 'CreateClaim' });

export const UpdateClaimBody = z
  .strictObject({ ...claimFields, text: claimFields.text.optional() })
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' })
  .meta({ id: 'UpdateClaim', description: 'Fields to change. The text of a claim with a verdict cannot change (409): re-open it first.' });

export const StatusBody = z
  .strictObject({
    status: ClaimStatus,
    rationale: z.string().trim().min(1).max(LIMITS.rationale).nullable().optional().meta({
      description: "The verdict's rationale, or the reason for re-opening. Optional only when moving from unverified to in_review.",
    }),
    label: z.string().trim().min(1).max(100).nullable().optional().meta({
      description: 'With a verdict: its label on the rating scale (GET /v1/rating-scale), which must count as that verdict, e.g. "Pants on fire" for false. Default: the scale\'s first label for the verdict.',
      examples: ['Misleading'],
    }),
  })
  .meta({ id: 'StatusChange' });

export const Claim = z
  .object({
    id: z.string().meta({ examples: ['clm_01jd2x8q0m7k3v5n6p9r4s2t1w'] }),
    text: z.string(),
    claimant: z.string().nullable(),
    claimantType: ClaimantType.nullable(),
    claimDate: z.string().nullable(),
    language: z.string(),
    tags: z.array(z.string()),
    firstAppearance: z.object({ sourceId: z.string().nullable(), url: z.string().nullable() }).nullable(),
    appearances: z.array(z.object({ url: z.string(), date: z.string().nullable() })).meta({ description: 'Where the claim appeared, dated ones first in date order.' }),
    status: ClaimStatus,
    statusRationale: z.string().nullable().meta({ description: 'Why the claim has its status (verdict rationale, re-opening reason).' }),
    verdictLabel: z.string().nullable().meta({ description: 'The verdict\'s label on the rating scale; null without a verdict.', examples: ['Misleading'] }),
    reviewedBy: ActorRef.nullable().meta({ description: 'Who set the current verdict.' }),
    reviewedAt: z.string().nullable(),
    quantities: z.array(Quantity),
    version: z.number().int().meta({ description: 'Covers the claim and its evidence; bumped by every change and sent as the ETag.' }),
    createdAt: z.string(),
    createdBy: ActorRef,
    updatedAt: z.string(),
    demand: z
      .object({
        requests: z.number().int().meta({ description: 'Requests linked to this claim.', examples: [12] }),
        requesters: z.number().int().meta({ description: 'Distinct requesters among them (per channel).', examples: [9] }),
      })
      .meta({ id: 'DemandCount', description: 'How many people asked about this claim (`GET /v1/claims/{id}/demand` has the daily series). Demand does not move the claim\'s version; an `asOf` read shows today\'s count.' }),
  })
  .meta({ id: 'Claim' });

// Defined beside the sources' schemas, which list quotes too; re-exported for the claims' routes.
export { QuoteSelector };

export const Evidence = z
  .object({
    id: z.string().meta({ examples: ['evd_01jd2x8q0m7k3v5n6p9r4s2t1w'] }),
    claimId: z.string(),
    sourceId: z.string(),
    source: SourceSummary,
    stance: Stance,
    quote: z.string().nullable(),
    quoteSelector: QuoteSelector.nullable().meta({ description: 'Set when the source has a content snapshot.' }),
    note: z.string().nullable(),
    createdAt: z.string(),
    createdBy: ActorRef,
    retractedAt: z.string().nullable(),
    retractedBy: ActorRef.nullable(),
    retractionReason: z.string().nullable(),
    discrepancies: z.array(Discrepancy).meta({ description: 'Figures in the quote that differ from the claim\'s figure in the same unit: a flag for the reviewer, not a verdict.' }),
  })
  .meta({ id: 'Evidence' });

export const ClaimWithEvidence = Claim.extend({
  evidence: z.array(Evidence).meta({ description: 'The active (not retracted) evidence, oldest first.' }),
  discrepancies: z.array(Discrepancy).meta({ description: 'The discrepancies of all the evidence above, in evidence order.' }),
}).meta({ id: 'ClaimWithEvidence' });

export const ExternalReview = z
  .object({
    id: z.string().meta({ examples: ['xrv_01jd2x8q0m7k3v5n6p9r4s2t1w'] }),
    publisher: z.object({
      name: z.string().meta({ examples: ['PolitiFact'] }),
      site: z.string().meta({ description: 'What reviewPublisherSiteFilter matches.', examples: ['politifact.com'] }),
      url: z.string().nullable(),
    }),
    url: z.string().meta({ description: 'The review\'s page on the publisher\'s site: the import\'s idempotency key.' }),
    title: z.string().nullable(),
    claimReviewed: z.string(),
    ratingText: z.string().meta({ description: 'The publisher\'s own rating words (reviewRating.alternateName).', examples: ['Pants on Fire'] }),
    ratingValue: z.number().nullable(),
    bestRating: z.number().nullable(),
    worstRating: z.number().nullable(),
    datePublished: z.string().nullable(),
    language: z.string().nullable(),
    importedAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ExternalReview', description: 'Another fact-checker\'s review of the claim, imported from its ClaimReview. Not a verdict of this newsroom: the claim\'s `status` is its own.' });

export const ClaimRead = ClaimWithEvidence.extend({
  externalReviews: z.array(ExternalReview).meta({ description: 'Reviews imported from other fact-checkers (POST /v1/import/claim-reviews), oldest first (with asOf: those imported by then, as they stood then).' }),
}).meta({ id: 'ClaimRead' });

export const CreateEvidenceBody = z
  .strictObject({
    sourceId: idParam('src', 'source'),
    stance: Stance,
    quote: z.string().trim().min(1).max(LIMITS.quote).nullable().optional().meta({
      description: 'The exact words from the source. Required for supports and contradicts. When the source has a snapshot, the quote must occur in it (whitespace and typographic quotes are normalised).',
      examples: ['Last March, the NSA claimed that North Korea had harvested more than 11,000 bitcoins in 2017 through mining and numerous thefts.'],
    }),
    note: z.string().trim().min(1).max(LIMITS.note).nullable().optional().meta({ description: "The checker's note on this evidence." }),
  })
  .refine((b) => b.stance === 'context' || !!b.quote, { message: 'A supports or contradicts evidence needs a quote', path: ['quote'] })
  .meta({ id: 'CreateEvidence' });

export const RetractBody = z
  .strictObject({ reason: z.string().trim().min(1).max(LIMITS.rationale).meta({ description: 'Why the evidence is retracted.' }) })
  .meta({ id: 'Retraction' });

export const ClaimIdParams = z.object({ id: idParam('clm', 'claim') });
export const EvidenceParams = z.object({ id: idParam('clm', 'claim'), evidenceId: idParam('evd', 'evidence') });
export const AsOf = Timestamp;
