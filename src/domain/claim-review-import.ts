// Reading other fact-checkers' ClaimReview JSON-LD: one document, an array, a schema.org DataFeed, or an
// HTML page with <script type="application/ld+json"> blocks. Pure: text in, normalised reviews and the
// records that could not be read (each with its reason) out. The import service decides what to store.
import { DomUtils, parseDocument } from 'htmlparser2';
import { canonicalJson, sha256Hex } from '../lib/hash.js';
import { canonicaliseUrl } from './urls.js';

/** A ClaimReview read from a file, ready to store as an external review (and, if new, as a claim). */
export interface ImportedReview {
  /** Position of the record in the file (0-based, in document order). */
  index: number;
  url: string;
  canonicalUrl: string;
  publisherName: string;
  publisherSite: string;
  publisherUrl: string | null;
  title: string | null;
  claimReviewed: string;
  ratingText: string;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
  datePublished: string | null;
  language: string | null;
  /** From itemReviewed: who made the claim, when (YYYY-MM-DD) and where it first appeared. */
  claimant: string | null;
  claimDate: string | null;
  appearanceUrl: string | null;
  /** sha256 of the fields above (index excepted): the same review imported again is skipped. */
  contentSha256: string;
}

export interface RejectedRecord {
  index: number;
  url: string | null;
  reason: string;
}

export interface ParsedClaimReviews {
  reviews: ImportedReview[];
  rejected: RejectedRecord[];
}

/** Limits the stored fields share with claims typed in by hand (README "Limits"). */
const MAX = { text: 2000, short: 500, url: 2048 } as const;
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export class NotClaimReviewInput extends Error {}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const types = (o: Obj): string[] => [o['@type']].flat().filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^(https?:\/\/schema\.org\/|schema:)/, ''));
const first = (v: Json | undefined): Json | undefined => (Array.isArray(v) ? v[0] : v);

/** The text of every <script type="application/ld+json"> in an HTML page, in document order. */
export function jsonLdBlocks(html: string): string[] {
  const doc = parseDocument(html);
  const scripts = DomUtils.findAll(
    (el) => el.name === 'script' && (el.attribs.type ?? '').split(';')[0]!.trim().toLowerCase() === 'application/ld+json',
    doc.children,
  );
  return scripts.map((el) => DomUtils.textContent(el));
}

/**
 * The candidate records of a document: a ClaimReview object is one, arrays and @graph are walked, and a
 * DataFeed's dataFeedElement (ClaimReviews, or DataFeedItems whose `item` is one) is walked. Where records
 * are listed on purpose (an array, a feed), anything else is a rejected record; in an HTML page or a @graph,
 * other objects (WebPage, Organization, BreadcrumbList …) are the page's own metadata and are passed over.
 */
function collect(value: Json, listed: boolean, out: Array<{ value: Json; listed: boolean }>): void {
  if (Array.isArray(value)) {
    for (const v of value) collect(v, true, out);
    return;
  }
  if (!isObj(value)) {
    out.push({ value, listed: true });
    return;
  }
  const t = types(value);
  if (t.includes('ClaimReview')) out.push({ value, listed });
  else if (t.includes('DataFeed')) for (const el of [value.dataFeedElement ?? []].flat()) collect(isObj(el) && types(el).includes('DataFeedItem') ? (el.item ?? null) : el, true, out);
  else if (Array.isArray(value['@graph'])) for (const v of value['@graph']) collect(v, false, out);
  else if (listed) out.push({ value, listed });
}

function text(v: Json | undefined): string | null {
  const x = first(v);
  if (typeof x === 'string') return x.trim() || null;
  if (isObj(x)) return text(x['@value'] ?? x.name ?? x.alternateName);
  return null;
}

function num(v: Json | undefined): number | null | 'bad' {
  const x = first(v);
  if (x === undefined || x === null || x === '') return null;
  const n = typeof x === 'number' ? x : typeof x === 'string' ? Number(x.trim()) : NaN;
  return Number.isFinite(n) ? n : 'bad';
}

function httpUrl(v: Json | undefined): string | null {
  const x = first(v);
  const s = typeof x === 'string' ? x.trim() : isObj(x) ? (text(x.url) ?? (typeof x['@id'] === 'string' ? x['@id'] : null)) : null;
  if (!s || s.length > MAX.url) return null;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const siteOf = (url: string): string => new URL(url).host.toLowerCase().replace(/^www\./, '');

/** An ISO-8601 date or date-time, kept as written; null when absent, 'bad' when it is not a date. */
function date(v: Json | undefined): string | null | 'bad' {
  const s = text(v);
  if (s === null) return null;
  return /^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s.slice(0, 10))) ? s : 'bad';
}

class Reject extends Error {}
const need = <T>(v: T | null | 'bad', reason: string): T => {
  if (v === null || v === 'bad') throw new Reject(reason);
  return v;
};

function readReview(o: Obj, index: number): ImportedReview {
  const url = need(httpUrl(o.url), o.url === undefined ? 'url is missing: the review needs the URL of its page' : 'url is not an absolute http(s) URL');
  const claimReviewed = need(text(o.claimReviewed), 'claimReviewed is missing: the review must say which claim it reviews');
  if (claimReviewed.length > MAX.text) throw new Reject(`claimReviewed is ${claimReviewed.length} characters; at most ${MAX.text} are accepted`);

  const rating = first(o.reviewRating);
  if (!isObj(rating)) throw new Reject('reviewRating is missing: the review needs a rating');
  const ratingText = need(text(rating.alternateName) ?? text(rating.name), 'reviewRating has neither alternateName nor name: the rating needs its words');
  if (ratingText.length > MAX.short) throw new Reject(`reviewRating.alternateName is longer than ${MAX.short} characters`);
  const [ratingValue, bestRating, worstRating] = [num(rating.ratingValue), num(rating.bestRating), num(rating.worstRating)];
  if (ratingValue === 'bad' || bestRating === 'bad' || worstRating === 'bad') throw new Reject('reviewRating.ratingValue, bestRating and worstRating must be numbers');
  if (ratingValue !== null && bestRating !== null && worstRating !== null && (ratingValue > Math.max(bestRating, worstRating) || ratingValue < Math.min(bestRating, worstRating))) {
    throw new Reject(`reviewRating.ratingValue ${ratingValue} is outside its scale ${worstRating}–${bestRating}`);
  }

  // Google asks for `author` (the fact-checker); aggregators often fill `publisher` instead.
  const by = [o.publisher, o.author].map(first).find((p) => text(p) !== null);
  const publisherName = need(text(by), 'neither publisher nor author has a name: the review needs its fact-checker');
  if (publisherName.length > MAX.short) throw new Reject(`the publisher's name is longer than ${MAX.short} characters`);
  const publisherUrl = isObj(by) ? httpUrl(by.url) : null;

  const datePublished = date(o.datePublished);
  if (datePublished === 'bad') throw new Reject('datePublished is not an ISO-8601 date');
  const inLanguage = text(o.inLanguage);
  if (inLanguage !== null && !LANGUAGE.test(inLanguage)) throw new Reject('inLanguage is not a BCP-47 language tag');

  const item = first(o.itemReviewed);
  const claim = isObj(item) ? item : {};
  const claimant = text(claim.author);
  const claimDate = date(claim.datePublished);
  const title = text(o.name) ?? text(o.headline);

  const fields = {
    url,
    canonicalUrl: canonicaliseUrl(url),
    publisherName,
    publisherSite: siteOf(publisherUrl ?? url),
    publisherUrl,
    title: title && title.length <= MAX.short ? title : null,
    claimReviewed,
    ratingText,
    ratingValue,
    bestRating,
    worstRating,
    datePublished,
    language: inLanguage,
    claimant: claimant && claimant.length <= MAX.short ? claimant : null,
    claimDate: claimDate === null || claimDate === 'bad' ? null : claimDate.slice(0, 10),
    appearanceUrl: httpUrl(claim.firstAppearance) ?? httpUrl(claim.appearance),
  };
  return { index, ...fields, contentSha256: sha256Hex(canonicalJson(fields)) };
}

/** Reads the records of a ClaimReview file. Throws NotClaimReviewInput when the text is neither JSON nor HTML. */
export function parseClaimReviews(input: string | Json, kind: 'json' | 'html'): ParsedClaimReviews {
  const roots: Array<{ value: Json; listed: boolean }> = [];
  const rejected: RejectedRecord[] = [];
  if (kind === 'html') {
    if (typeof input !== 'string') throw new NotClaimReviewInput('An HTML body must be text.');
    const blocks = jsonLdBlocks(input);
    if (blocks.length === 0) throw new NotClaimReviewInput('The HTML page has no <script type="application/ld+json"> block.');
    blocks.forEach((block, i) => {
      try {
        collect(JSON.parse(block) as Json, false, roots);
      } catch (err) {
        if (!(err instanceof SyntaxError)) throw err;
        rejected.push({ index: -1, url: null, reason: `JSON-LD block ${i + 1} of the page is not valid JSON: ${err.message}` });
      }
    });
  } else {
    collect(input as Json, false, roots);
  }

  const reviews: ImportedReview[] = [];
  roots.forEach(({ value }, index) => {
    if (!isObj(value) || !types(value).includes('ClaimReview')) {
      const t = isObj(value) ? types(value).join(', ') || 'no @type' : Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
      rejected.push({ index, url: isObj(value) ? httpUrl(value.url) : null, reason: `not a ClaimReview (${t})` });
      return;
    }
    try {
      reviews.push(readReview(value, index));
    } catch (err) {
      if (!(err instanceof Reject)) throw err;
      rejected.push({ index, url: httpUrl(value.url), reason: err.message });
    }
  });
  if (reviews.length === 0 && rejected.length === 0) {
    throw new NotClaimReviewInput(kind === 'html' ? 'The page\'s JSON-LD holds no ClaimReview.' : 'The document holds no ClaimReview (nor an array or DataFeed of them).');
  }
  return { reviews, rejected };
}
