// schema.org ClaimReview for a claim with a verdict, and the Google Fact Check Tools shape of a review.
// Pure: the caller passes the claim, where it first appeared, and who publishes the verdicts.
import type { ClaimStatus } from './types.js';

/** The product's mapping of verdicts to ClaimReview ratings on a 1–5 scale; "Unverifiable" has no value. */
export const RATINGS: Readonly<Partial<Record<ClaimStatus, { name: string; value: number | null }>>> = {
  verified: { name: 'True', value: 5 },
  misleading: { name: 'Misleading', value: 3 },
  false: { name: 'False', value: 1 },
  unverifiable: { name: 'Unverifiable', value: null },
};

export interface ReviewedClaim {
  id: string;
  text: string;
  claimant: string | null;
  claimDate: string | null;
  language: string;
  status: ClaimStatus;
  statusRationale: string | null;
  reviewedAt: string | null;
}

export interface Publisher {
  name: string;
  url: string;
  publicBaseUrl: string;
}

export const claimReviewUrl = (p: Publisher, claimId: string): string => `${p.publicBaseUrl}/v1/claims/${claimId}/claim-review`;

/** A title for the review: the claim, shortened at a word boundary. */
export function reviewTitle(text: string, max = 110): string {
  if (text.length <= max) return `Fact check: ${text}`;
  const cut = text.slice(0, max);
  return `Fact check: ${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : max).replace(/[,;:.]$/, '')}…`;
}

export interface Appearance {
  url: string | null;
  name?: string | null;
  date: string | null;
}

/** Everything a ClaimReview states: the claim, the published rating, and where the review lives. */
export interface ClaimReviewInput {
  claim: { text: string; claimDate: string | null; language: string };
  claimant: { type: 'Person' | 'Organization'; name: string } | null;
  /** Where the claim appeared, the first appearance first; a source without a URL is named by its title. */
  appearances: Appearance[];
  firstAppearance: Appearance | null;
  /** The public page of the fact-check. */
  url: string;
  /** The short summary (≤ 75 characters). */
  claimReviewed: string;
  datePublished: string;
  dateModified: string | null;
  rating: { label: string; ratingValue: number; bestRating: number; worstRating: number; rationale: string | null };
}

/**
 * The ClaimReview JSON-LD of a published (or publishable) rating, with every property Google's fact-check
 * documentation requires or recommends: url, claimReviewed, reviewRating {ratingValue, bestRating,
 * worstRating, name, alternateName}, author, datePublished, itemReviewed {author, datePublished,
 * appearance, firstAppearance}.
 */
export function claimReviewDocument(input: ClaimReviewInput, publisher: Publisher) {
  const organisation = { '@type': 'Organization' as const, name: publisher.name, url: publisher.url };
  const work = (a: Appearance) => ({
    '@type': 'CreativeWork' as const,
    ...(a.url ? { url: a.url } : {}),
    ...(a.name ? { name: a.name } : {}),
    ...(a.date ? { datePublished: a.date } : {}),
  });
  return {
    '@context': 'https://schema.org' as const,
    '@type': 'ClaimReview' as const,
    url: input.url,
    name: reviewTitle(input.claim.text),
    claimReviewed: input.claimReviewed,
    datePublished: input.datePublished,
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
    inLanguage: input.claim.language,
    author: organisation,
    publisher: organisation,
    reviewRating: {
      '@type': 'Rating' as const,
      ratingValue: input.rating.ratingValue,
      bestRating: input.rating.bestRating,
      worstRating: input.rating.worstRating,
      name: input.rating.label,
      alternateName: input.rating.label,
      ...(input.rating.rationale ? { ratingExplanation: input.rating.rationale } : {}),
    },
    itemReviewed: {
      '@type': 'Claim' as const,
      ...(input.claimant ? { author: { '@type': input.claimant.type, name: input.claimant.name } } : {}),
      ...(input.claim.claimDate ? { datePublished: input.claim.claimDate } : {}),
      ...(input.firstAppearance ? { firstAppearance: work(input.firstAppearance) } : {}),
      ...(input.appearances.length ? { appearance: input.appearances.map(work) } : {}),
    },
  };
}

export type ClaimReviewDocument = ReturnType<typeof claimReviewDocument>;

/** The ClaimReview JSON-LD document, or null when the claim has no verdict. */
export function claimReview(claim: ReviewedClaim, publisher: Publisher, appearanceUrl: string | null) {
  const rating = RATINGS[claim.status];
  if (!rating || !claim.reviewedAt) return null;
  const organisation = { '@type': 'Organization' as const, name: publisher.name, url: publisher.url };
  return {
    '@context': 'https://schema.org' as const,
    '@type': 'ClaimReview' as const,
    url: claimReviewUrl(publisher, claim.id),
    name: reviewTitle(claim.text),
    claimReviewed: claim.text,
    datePublished: claim.reviewedAt,
    inLanguage: claim.language,
    author: organisation,
    publisher: organisation,
    reviewRating: {
      '@type': 'Rating' as const,
      ...(rating.value === null ? {} : { ratingValue: rating.value }),
      bestRating: 5 as const,
      worstRating: 1 as const,
      alternateName: rating.name,
      ...(claim.statusRationale ? { ratingExplanation: claim.statusRationale } : {}),
    },
    itemReviewed: {
      '@type': 'Claim' as const,
      ...(claim.claimant ? { author: { '@type': 'Organization' as const, name: claim.claimant } } : {}),
      ...(claim.claimDate ? { datePublished: claim.claimDate } : {}),
      ...(appearanceUrl
        ? { firstAppearance: { '@type': 'CreativeWork' as const, url: appearanceUrl }, appearance: [{ '@type': 'CreativeWork' as const, url: appearanceUrl }] }
        : {}),
    },
  };
}

/** One entry of `claimReview[]` in Google Fact Check Tools' claims:search response. */
export function googleClaimReview(claim: ReviewedClaim, publisher: Publisher) {
  const rating = RATINGS[claim.status];
  if (!rating || !claim.reviewedAt) return null;
  return {
    publisher: { name: publisher.name, site: new URL(publisher.url).host },
    url: claimReviewUrl(publisher, claim.id),
    title: reviewTitle(claim.text),
    reviewDate: claim.reviewedAt,
    textualRating: rating.name,
    languageCode: claim.language,
  };
}
