// Checks a ClaimReview JSON-LD document three ways: it expands, with the jsonld package and no network,
// against the schema.org context in test/fixtures (every term must be schema.org vocabulary); it has every
// property Google's fact-check documentation requires or recommends; and (at compile time, below) its type
// fits schema-dts's ClaimReview. Used by the API tests and the browser test alike.
import fs from 'node:fs';
import jsonld from 'jsonld';
import type { Claim, ClaimReview, Rating, WithContext } from 'schema-dts';
import type { ClaimReviewDocument } from '../../src/domain/claim-review.js';

// Compile-time: what claimReviewDocument returns is a schema-dts ClaimReview with its context.
export const TYPE_CHECK: ClaimReviewDocument extends WithContext<ClaimReview> ? true : never = true;
// …and it names no property schema-dts does not know (a structural check alone would allow extra keys).
type Leaf<T, K extends string> = Extract<T, { '@type': K }>;
type Unknown<T, S> = Exclude<keyof T, keyof S>;
export const NO_UNKNOWN_PROPERTIES: [
  Unknown<ClaimReviewDocument, WithContext<Leaf<ClaimReview, 'ClaimReview'>>>
  | Unknown<ClaimReviewDocument['reviewRating'], Leaf<Rating, 'Rating'>>
  | Unknown<ClaimReviewDocument['itemReviewed'], Leaf<Claim, 'Claim'>>,
] extends [never] ? true : never = true;

const CONTEXT = JSON.parse(fs.readFileSync(new URL('../fixtures/schema-org-context.jsonld', import.meta.url), 'utf8')) as unknown;
const SCHEMA = 'http://schema.org/';
const CONTEXT_URLS = new Set(['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/']);

/** The schema.org context from test/fixtures for schema.org's URLs; anything else is refused (no network). */
const documentLoader = async (url: string) => {
  if (!CONTEXT_URLS.has(url)) throw new Error(`No network in tests: refusing to load ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: CONTEXT };
};

type Node = Record<string, unknown>;

/** Every key of the compact document must come out of expansion as a schema.org IRI, at the same place. */
function compareExpanded(compact: unknown, expanded: unknown, where: string, problems: string[]): void {
  if (Array.isArray(compact)) {
    const list = Array.isArray(expanded) ? expanded : [expanded];
    compact.forEach((c, i) => compareExpanded(c, list[i], `${where}[${i}]`, problems));
    return;
  }
  if (!compact || typeof compact !== 'object') return;
  const node = (Array.isArray(expanded) ? expanded[0] : expanded) as Node | undefined;
  if (!node || typeof node !== 'object') {
    problems.push(`${where}: dropped by expansion`);
    return;
  }
  for (const [key, value] of Object.entries(compact as Node)) {
    if (key === '@context') continue;
    if (key === '@type') {
      const types = (node['@type'] as string[] | undefined) ?? [];
      if (!types.includes(`${SCHEMA}${String(value)}`)) problems.push(`${where}: @type ${String(value)} is not a schema.org type`);
      continue;
    }
    const iri = `${SCHEMA}${key}`;
    if (!(iri in node)) {
      problems.push(`${where}.${key}: not schema.org vocabulary (dropped by expansion)`);
      continue;
    }
    const values = node[iri] as Array<Node>;
    if (value && typeof value === 'object') compareExpanded(value, Array.isArray(value) ? values : values[0], `${where}.${key}`, problems);
    else if (values[0]?.['@value'] !== value) problems.push(`${where}.${key}: expanded to ${JSON.stringify(values[0])}`);
  }
}

/** Google's required and recommended properties, and the constraints its documentation states. */
function googleProblems(doc: Node): { required: string[]; recommended: string[] } {
  const required: string[] = [];
  const recommended: string[] = [];
  const has = (o: unknown, k: string) => !!o && typeof o === 'object' && (o as Node)[k] !== undefined && (o as Node)[k] !== '';
  for (const k of ['url', 'claimReviewed', 'reviewRating']) if (!has(doc, k)) required.push(`ClaimReview.${k}`);
  for (const k of ['author', 'datePublished', 'itemReviewed']) if (!has(doc, k)) recommended.push(`ClaimReview.${k}`);
  if (typeof doc.claimReviewed === 'string' && doc.claimReviewed.length > 75) required.push(`ClaimReview.claimReviewed is ${doc.claimReviewed.length} characters (Google: under 75)`);
  if (typeof doc.url !== 'string' || !/^https?:\/\//.test(doc.url)) required.push('ClaimReview.url must be an absolute http(s) URL');
  const rating = doc.reviewRating as Node | undefined;
  if (rating) {
    if (!has(rating, 'alternateName')) required.push('Rating.alternateName');
    for (const k of ['ratingValue', 'bestRating', 'worstRating', 'name']) if (!has(rating, k)) recommended.push(`Rating.${k}`);
    const [v, best, worst] = [rating.ratingValue, rating.bestRating, rating.worstRating] as number[];
    if (v !== undefined && best !== undefined && worst !== undefined && (v < Math.min(best, worst) || v > Math.max(best, worst))) {
      required.push(`Rating.ratingValue ${v} lies outside ${worst}–${best}`);
    }
  }
  const claim = doc.itemReviewed as Node | undefined;
  if (claim) {
    for (const k of ['author', 'datePublished', 'appearance', 'firstAppearance']) if (!has(claim, k)) recommended.push(`Claim.${k}`);
    const author = claim.author as Node | undefined;
    if (author && !['Person', 'Organization'].includes(String(author['@type']))) required.push(`Claim.author is a ${String(author['@type'])}, not a Person or Organization`);
  }
  const author = doc.author as Node | undefined;
  if (author && (!has(author, 'name') || !['Person', 'Organization'].includes(String(author['@type'])))) required.push('ClaimReview.author must be a named Person or Organization');
  return { required, recommended };
}

export interface ValidationResult {
  /** Terms that are not schema.org vocabulary, and values expansion changed. */
  vocabulary: string[];
  /** Required properties missing or breaking Google's constraints. */
  required: string[];
  /** Recommended properties missing. */
  recommended: string[];
}

export async function validateClaimReview(doc: unknown): Promise<ValidationResult> {
  const node = doc as Node;
  const vocabulary: string[] = [];
  if (node['@context'] !== 'https://schema.org') vocabulary.push(`@context is ${JSON.stringify(node['@context'])}, not "https://schema.org" (the only context Google reads)`);
  const expanded = await jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader: documentLoader as never });
  if (expanded.length !== 1) vocabulary.push(`expanded to ${expanded.length} nodes`);
  compareExpanded(doc, expanded, 'ClaimReview', vocabulary);
  return { vocabulary, ...googleProblems(node) };
}
