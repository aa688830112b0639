// Schemas for claim search: list hits, similar claims, duplicate warnings, claims:search and ClaimReview.
import { z } from 'zod';
import { LIMITS } from '../../schemas/common.js';
import { SearchMatch } from '../../schemas/search.js';
import { Claim, ClaimStatus, ClaimWithEvidence, Language } from './schemas.js';

export const ClaimListItem = Claim.extend({
  match: SearchMatch.optional().meta({ description: 'Present when the list was searched with `q`: why this claim matched.' }),
}).meta({ id: 'ClaimListItem' });

export const LikelyDuplicate = z
  .object({
    id: z.string(),
    text: z.string(),
    status: ClaimStatus,
    score: z.number().meta({ description: 'Similarity of the two texts, 0–1 (shared words and figures).', examples: [0.74] }),
  })
  .meta({ id: 'LikelyDuplicate', description: 'An existing claim that closely matches the new one.' });

export const CreatedClaim = ClaimWithEvidence.extend({
  likelyDuplicates: z.array(LikelyDuplicate).meta({
    description: 'Existing claims that closely match this one (similarity ≥ 0.5), best first. The claim is created anyway; link to a checked one rather than checking it again.',
  }),
}).meta({ id: 'CreatedClaim' });

export const SimilarClaim = Claim.extend({
  match: SearchMatch,
  similarity: z.number().meta({ description: 'Similarity of the two texts, 0–1 (shared words and figures).', examples: [0.42] }),
}).meta({ id: 'SimilarClaim' });

export const SimilarQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10).meta({ description: 'How many claims, 1–50.' }),
});

// ---- Google Fact Check Tools claims:search -------------------------------------------------------

/** Google's parameters that ClaimLedger honours, and ClaimLedger's one extension. Anything else is a 400. */
export const FACT_CHECK_SEARCH_PARAMETERS = ['query', 'languageCode', 'reviewPublisherSiteFilter', 'maxAgeDays', 'pageSize', 'pageToken', 'offset', 'includeUnreviewed'] as const;

export const FactCheckSearchQuery = z
  .object({
    query: z.string().trim().min(1).max(500).optional().meta({ description: 'Text to look for: words, numbers ("11k bitcoin 2017"), typos tolerated. Required unless reviewPublisherSiteFilter is given, as in Google\'s API.', examples: ['11k bitcoin 2017'] }),
    languageCode: Language.optional().meta({ description: 'BCP-47 code such as "en-US". As in Google\'s API only the language is considered, not the region.', examples: ['en-US'] }),
    reviewPublisherSiteFilter: z.string().trim().min(1).max(253).optional().meta({
      description: 'Only claims reviewed by a publisher on this site, e.g. "factcheck.example.org" (the site or a subdomain of it; "www." and a scheme are ignored). This newsroom\'s site is the host of PUBLISHER_URL. Each claim then lists only that publisher\'s reviews. Without query, the reviewed claims are listed newest first.',
      examples: ['factcheck.example.org'],
    }),
    maxAgeDays: z.coerce.number().int().min(1).max(36_500).optional().meta({ description: 'Only claims whose claim date or review date (the newer) is at most this many days old; claims with neither count from when they were logged.' }),
    pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(10).meta({ description: `Results per page, 1–${LIMITS.pageSize}; default 10 as in Google's API.` }),
    pageToken: z.string().max(200).optional().meta({ description: 'The nextPageToken of the previous page. The other parameters must be the same as in that request.' }),
    offset: z.coerce.number().int().min(0).max(10_000).optional().meta({ description: 'Results to skip: 0 starts at the first match, 10 at the eleventh. As in Google\'s API it is only considered when pageToken is not set.' }),
    includeUnreviewed: z.stringbool().default(false).meta({
      description: 'ClaimLedger extension. By default only claims with a verdict are returned, each with one claimReview, as in Google\'s API. With true, claims still being checked are included with an empty claimReview list.',
    }),
  })
  .refine((q) => q.query !== undefined || q.reviewPublisherSiteFilter !== undefined, {
    path: ['query'],
    message: 'query is required unless reviewPublisherSiteFilter is given',
  });

export const FactCheckReview = z
  .object({
    publisher: z.object({
      name: z.string().meta({ examples: ['ClaimLedger'] }),
      site: z.string().meta({ description: 'Host of PUBLISHER_URL.', examples: ['factcheck.example.org'] }),
    }),
    url: z.string().meta({ description: 'This newsroom\'s review: its public fact-check page once published (`/fact-checks/{slug}`, or REVIEW_URL_TEMPLATE), else the ClaimReview of the claim (`GET /v1/claims/{id}/claim-review`). An imported review: its page on the publisher\'s site.' }),
    title: z.string().optional().meta({ description: 'Always present on this newsroom\'s reviews; on imported ones when their ClaimReview had a name.' }),
    reviewDate: z.string().optional().meta({ description: 'When the verdict was set (imported reviews: their datePublished, when given).' }),
    textualRating: z.string().meta({ description: 'True, Misleading, False or Unverifiable; an imported review\'s own words ("Pants on fire").', examples: ['False'] }),
    languageCode: z.string().optional().meta({ examples: ['en'] }),
  })
  .meta({ id: 'FactCheckReview', description: 'A review in the shape of Google Fact Check Tools\' ClaimReview: this newsroom\'s (publisher = PUBLISHER_NAME) or one imported from another fact-checker (its own publisher).' });

export const FactCheckClaim = z
  .object({
    text: z.string(),
    claimant: z.string().optional(),
    claimDate: z.string().optional().meta({ description: 'When the claim was made, as an RFC 3339 instant (midnight UTC of the claim date).' }),
    claimReview: z.array(FactCheckReview).meta({ description: 'This newsroom\'s review of the claim (when it has a verdict), then those imported from other fact-checkers; with reviewPublisherSiteFilter, only that site\'s.' }),
    id: z.string().meta({ description: 'ClaimLedger extension: the claim id.' }),
    status: ClaimStatus.meta({ description: 'ClaimLedger extension: the verification status.' }),
    match: SearchMatch.meta({ description: 'ClaimLedger extension: score, snippet, and which words and figures matched.' }),
  })
  .meta({ id: 'FactCheckClaim', description: 'A claim in the shape of Google Fact Check Tools\' claims:search, with ClaimLedger extensions.' });

export const FactCheckSearchResponse = z
  .object({
    claims: z.array(FactCheckClaim),
    nextPageToken: z.string().optional().meta({ description: 'Pass as pageToken for the next page; absent on the last page.' }),
  })
  .meta({ id: 'FactCheckSearchResponse' });

// ---- schema.org ClaimReview ----------------------------------------------------------------------

const Organization = z.object({ '@type': z.literal('Organization'), name: z.string(), url: z.string().optional() });
const Claimant = z.object({ '@type': z.enum(['Person', 'Organization']), name: z.string() }).meta({ description: 'Who made the claim: a Person or an Organization.' });
const CreativeWork = z
  .object({ '@type': z.literal('CreativeWork'), url: z.string().optional(), name: z.string().optional(), datePublished: z.string().optional() })
  .meta({ description: 'Where the claim appeared: its URL, or the title of a source without one, and its date where known.' });

export const ClaimReviewLd = z
  .object({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('ClaimReview'),
    url: z.string().meta({ description: 'The public fact-check page.' }),
    name: z.string(),
    claimReviewed: z.string().meta({ description: 'A short summary of the claim (≤ 75 characters).' }),
    datePublished: z.string().meta({ description: 'The first publication (or, before it, when the verdict was set).' }),
    dateModified: z.string().optional().meta({ description: 'When a later rating replaced an earlier one (a correction).' }),
    inLanguage: z.string(),
    author: Organization,
    publisher: Organization,
    reviewRating: z.object({
      '@type': z.literal('Rating'),
      ratingValue: z.number().meta({ description: 'Where the label sits on the scale.', examples: [3] }),
      bestRating: z.number().meta({ examples: [5] }),
      worstRating: z.number().meta({ examples: [1] }),
      name: z.string().meta({ description: 'The rating label.', examples: ['Misleading'] }),
      alternateName: z.string().meta({ description: 'The rating label (what Google shows).', examples: ['Misleading'] }),
      ratingExplanation: z.string().optional(),
    }),
    itemReviewed: z.object({
      '@type': z.literal('Claim'),
      author: Claimant.optional(),
      datePublished: z.string().optional(),
      firstAppearance: CreativeWork.optional(),
      appearance: z.array(CreativeWork).optional(),
    }),
  })
  .meta({ id: 'ClaimReview', description: 'schema.org ClaimReview (JSON-LD), ready to embed in a page inside a script element of type application/ld+json.' });
