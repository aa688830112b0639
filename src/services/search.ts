// Search over claims and sources: ranked hits with snippets, claims similar to a claim, duplicate warnings.
// Ranking is the backend's index (src/repositories/search.ts: SQLite's FTS5 engine or PostgreSQL's
// tsvector one); query parsing src/domain/search-query.ts.
//
// Paging by relevance: hits are ordered by score (higher first), then newest first. nextCursor is a keyset
// (score, document) of the last hit, tied to the query text; the next page recomputes the ranking and
// continues after that key. A write between two pages can shift scores slightly (bm25's idf depends on
// the whole corpus), so a hit can move across the page boundary; no hit is ever repeated within one page.
import type { ClaimRecord, ClaimStatus, SourceKind, SourceRecord } from '../domain/types.js';
import { parseQuery, type QueryGroup } from '../domain/search-query.js';
import type { Quantity } from '../domain/quantities.js';
import { DUPLICATE_THRESHOLD, features, similarity } from '../domain/similarity.js';
import { AppError } from '../errors.js';
import { sha256Hex } from '../lib/hash.js';
import { byScore, MARK_CLOSE, MARK_OPEN, type Candidate, type Ranking, type SearchIndex } from '../repositories/search.js';

type ClaimRow = ClaimRecord;
type SourceRow = SourceRecord;

export interface MatchedQuantity {
  raw: string;
  value: number;
  unit: string | null;
  queryRaw: string;
}

export interface SearchMatch {
  score: number;
  snippet: string;
  matchedTerms: string[];
  matchedQuantities: MatchedQuantity[];
  corrections: Array<{ from: string; to: string[] }>;
}

export interface ClaimSearchFilter {
  /** Words and figures to rank by. Without it (claims:search with a publisher filter), reviewed claims
   *  are listed newest first. */
  q?: string;
  limit: number;
  cursor?: string;
  /** Hits to skip before the page (Google's `offset`); ignored when a cursor is given. */
  offset?: number;
  status?: ClaimStatus[];
  tag?: string;
  claimant?: string;
  updatedSince?: string;
  /** BCP-47 tag; matched on the primary subtag ("en-US" finds "en" and "en-GB"). */
  language?: string;
  /** Only claims whose claim date or review date (the newer) lies within this many days. */
  maxAgeDays?: number;
  /** Only claims with a review: a verdict of this newsroom, or an imported review of another fact-checker. */
  verdictOnly?: boolean;
  /** Only claims with at least this many linked requests. */
  minRequests?: number;
  /** Only claims reviewed by a publisher on this site (Google's `reviewPublisherSiteFilter`). */
  reviewSite?: string;
  excludeId?: string;
}

export interface SearchOptions {
  /** The site (host) of this newsroom's own reviews: the host of PUBLISHER_URL. */
  ownSite: string;
}

/**
 * A request is matched to a claim at or above this similarity. Lower than the duplicate threshold: a
 * question wraps the claim in other words ("is it true that …", "I saw that …").
 */
export const REQUEST_MATCH_THRESHOLD = 0.3;

const VERDICTS: ReadonlySet<ClaimStatus> = new Set(['verified', 'misleading', 'false', 'unverifiable']);
const CURSOR_PREFIX = 's1.';
/** Rows fetched at a time while walking the ranking past filters. */
const CHUNK = 100;

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Snippet text with sentinel marks → HTML-escaped text with <mark> around matches. */
const toHtml = (marked: string): string => escapeHtml(marked).replaceAll(MARK_OPEN, '<mark>').replaceAll(MARK_CLOSE, '</mark>');

/** A letter or digit of any script: what may not stand right before or after a marked figure. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Whether the code point that ends just before `i` (before) or starts at `i` (after) is a letter or digit. */
function wordCharBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const low = s.charCodeAt(i - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return WORD_CHAR.test(String.fromCodePoint(s.codePointAt(start)!));
}
function wordCharAt(s: string, i: number): boolean {
  return i < s.length && WORD_CHAR.test(String.fromCodePoint(s.codePointAt(i)!));
}

/**
 * Quantities match through their index tokens, not the words of the text, so FTS5 does not mark them:
 * mark the figure's words in the snippet, where they stand alone (not inside "20170") and unmarked.
 * A plain scan, not a RegExp built from the figure: compiling a Unicode-aware RegExp per hit was a fifth
 * of a search request's CPU.
 */
export function markFigure(snippet: string, raw: string): string {
  if (raw === '') return snippet;
  for (let at = snippet.indexOf(raw); at !== -1; at = snippet.indexOf(raw, at + 1)) {
    if (wordCharBefore(snippet, at) || wordCharAt(snippet, at + raw.length)) continue;
    const before = snippet.slice(0, at);
    if (before.split(MARK_OPEN).length !== before.split(MARK_CLOSE).length) continue; // inside a mark
    return `${before}${MARK_OPEN}${raw}${MARK_CLOSE}${snippet.slice(at + raw.length)}`;
  }
  return snippet;
}

function markedWords(marked: string | null): string[] {
  if (!marked) return [];
  return [...marked.matchAll(/\u0002([^\u0003]*)\u0003/g)].map((m) => m[1]!.toLowerCase());
}

const primaryLanguage = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/** What maxAgeDays measures, as Google's claims:search does: the claim date or review date (either may be
 * newer), or when the claim was logged if it has neither. */
function ageDates(row: ClaimRow): string[] {
  const dates = [row.claimDate, row.reviewedAt].filter((d): d is string => d !== null);
  return dates.length ? dates : [row.createdAt];
}

function queryHash(q: string): string {
  return sha256Hex(q.trim().toLowerCase().replace(/\s+/g, ' ')).slice(0, 12);
}

export function encodeSearchCursor(q: string, c: Candidate): string {
  return CURSOR_PREFIX + Buffer.from(JSON.stringify([c.score, c.doc, queryHash(q)]), 'utf8').toString('base64url');
}

export function decodeSearchCursor(q: string, cursor: string | undefined, path = 'cursor'): Candidate | undefined {
  if (cursor === undefined) return undefined;
  const bad = (message: string) => new AppError('VALIDATION_FAILED', `The ${path} is not one this service issued for this query.`, {}, [{ path, message }]);
  if (!cursor.startsWith(CURSOR_PREFIX)) throw bad('Not a search cursor');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor.slice(CURSOR_PREFIX.length), 'base64url').toString('utf8'));
  } catch {
    throw bad('Invalid cursor');
  }
  if (!Array.isArray(parsed) || typeof parsed[0] !== 'number' || !Number.isInteger(parsed[1]) || typeof parsed[2] !== 'string') throw bad('Invalid cursor');
  if (parsed[2] !== queryHash(q)) throw bad('The cursor belongs to another query');
  return { score: parsed[0], doc: parsed[1] };
}

/** Candidates after the cursor's key, in ranking order. */
function after(candidates: Candidate[], cursor: Candidate | undefined): Candidate[] {
  if (!cursor) return candidates;
  return candidates.filter((c) => byScore(c, cursor) > 0);
}

/**
 * Whether a review published on `host` passes a `reviewPublisherSiteFilter`: the same site or a subdomain
 * of it, ignoring case, a leading "www." and any scheme or path the filter was given with.
 */
export function siteMatches(filter: string, host: string): boolean {
  const bare = (s: string) => s.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/^www\./, '');
  const f = bare(filter);
  const h = bare(host);
  if (!f) return false;
  const hostname = h.replace(/:\d+$/, '');
  return [h, hostname].some((x) => x === f || x.endsWith(`.${f}`));
}

/** Cursor key of a listing without query text: a cursor from one publisher filter does not fit another. */
const browseKey = (site: string | undefined): string => `\u0000browse:${site ?? ''}`;

export function createSearch(index: SearchIndex, options: SearchOptions) {
  const claimIndex = index.claims;
  const sourceIndex = index.sources;
  const claimRows = async (docs: number[]) => index.claimsByDoc(docs);
  const sourceRows = async (docs: number[]) => index.sourcesByDoc(docs);

  /** Walks the ranking in chunks, keeping rows that pass `keep`, until skip + limit + 1 are found. */
  async function walk<R>(ranked: Candidate[], limit: number, fetch: (docs: number[]) => Promise<Map<number, R>>, keep: (row: R) => boolean, skip = 0) {
    const hits: Array<{ candidate: Candidate; row: R }> = [];
    const wanted = skip + limit;
    // The first chunk is exactly a page (enough when no filter rejects anything); later ones are larger.
    for (let i = 0, size = wanted + 1; i < ranked.length && hits.length <= wanted; i += size, size = Math.max(CHUNK, wanted + 1)) {
      const chunk = ranked.slice(i, i + size);
      const rows = await fetch(chunk.map((c) => c.doc));
      for (const candidate of chunk) {
        const row = rows.get(candidate.doc);
        if (row && keep(row)) hits.push({ candidate, row });
        if (hits.length > wanted) break;
      }
    }
    return { hits: hits.slice(skip, wanted), more: hits.length > wanted };
  }

  /**
   * The filter of a claim search: `fetch` reads a chunk of candidates and, when the filter needs them, the
   * sites of their imported reviews in one more query (the index may be asynchronous, so `keep` cannot
   * ask per row); `keep` then decides each row from what `fetch` read.
   */
  function claimFilter(f: ClaimSearchFilter) {
    const needSites = f.verdictOnly || f.reviewSite !== undefined;
    const sites = new Map<string, string[]>();
    const sitesOf = (row: ClaimRow): string[] => sites.get(row.id) ?? [];
    const fetch = async (docs: number[]) => {
      const rows = await claimRows(docs);
      if (needSites) for (const [id, s] of await index.externalReviewSites([...rows.values()].map((r) => r.id))) sites.set(id, s);
      return rows;
    };
    /** This newsroom's verdict counts for its own site; imported reviews for their publishers' sites. */
    const reviewedBySite = (row: ClaimRow, site: string): boolean =>
      (VERDICTS.has(row.status) && siteMatches(site, options.ownSite)) || sitesOf(row).some((s) => siteMatches(site, s));
    const language = f.language ? primaryLanguage(f.language) : null;
    const minAge = f.maxAgeDays === undefined ? null : new Date(Date.now() - f.maxAgeDays * 86_400_000).toISOString();
    // Stored instants are toISOString() (UTC): compare like with like.
    const since = f.updatedSince ? new Date(f.updatedSince).toISOString() : null;
    const keep = (row: ClaimRow): boolean =>
      (!f.status?.length || f.status.includes(row.status)) &&
      (!f.tag || row.tags.includes(f.tag)) &&
      (!f.claimant || row.claimant === f.claimant) &&
      (!since || row.updatedAt >= since) &&
      (!language || primaryLanguage(row.language) === language) &&
      (!f.verdictOnly || VERDICTS.has(row.status) || sitesOf(row).length > 0) &&
      (!f.minRequests || row.requestCount >= f.minRequests) &&
      (f.reviewSite === undefined || reviewedBySite(row, f.reviewSite)) &&
      (!minAge || ageDates(row).some((d) => d >= minAge.slice(0, d.length))) &&
      row.id !== f.excludeId;
    return { fetch, keep };
  }

  function corrections(ranking: Ranking) {
    return ranking.groups.filter((g) => g.corrections.length).map((g) => ({ from: g.label, to: g.corrections }));
  }

  async function claimMatch(ranking: Ranking, groups: QueryGroup[], c: Candidate, row: ClaimRow): Promise<SearchMatch> {
    const marks = await index.claimMarks(ranking.expression, c.doc);
    const queryQuantities = groups.flatMap((g) => (g.quantity ? [g.quantity] : []));
    const matchedQuantities = matchQuantities(queryQuantities, row.quantities);
    let snippet = marks?.snippet ?? row.text;
    for (const q of matchedQuantities) snippet = markFigure(snippet, q.raw);
    return {
      score: round(c.score),
      snippet: toHtml(snippet),
      matchedTerms: [...new Set([...markedWords(marks?.h0 ?? null), ...markedWords(marks?.h1 ?? null), ...markedWords(marks?.h2 ?? null)])],
      matchedQuantities,
      corrections: corrections(ranking),
    };
  }

  async function rankClaims(q: string) {
    const { groups } = parseQuery(q);
    return { groups, ranking: await claimIndex.rank(groups) };
  }

  return {
    claimIndex,
    sourceIndex,

    /** Claims matching `q`, best first, with why each matched; without `q`, reviewed claims newest first. */
    async claims(f: ClaimSearchFilter) {
      const skip = f.cursor === undefined ? (f.offset ?? 0) : 0;
      const filter = claimFilter(f);
      if (f.q === undefined) {
        const key = browseKey(f.reviewSite);
        const cursor = decodeSearchCursor(key, f.cursor);
        // Every candidate scores 0, so the relevance cursor (score, doc) pages by document, newest first.
        const candidates = (await index.reviewedClaimDocs()).map((doc) => ({ doc, score: 0 }));
        const { hits, more } = await walk(after(candidates, cursor), f.limit, filter.fetch, filter.keep, skip);
        const last = hits.at(-1);
        return {
          items: hits.map((h) => ({ row: h.row, match: { score: 0, snippet: escapeHtml(h.row.text), matchedTerms: [], matchedQuantities: [], corrections: [] } })),
          nextCursor: more && last ? encodeSearchCursor(key, last.candidate) : null,
          mode: 'newest' as const,
        };
      }
      const q = f.q;
      const cursor = decodeSearchCursor(q, f.cursor);
      const { groups, ranking } = await rankClaims(q);
      const { hits, more } = await walk(after(ranking.candidates, cursor), f.limit, filter.fetch, filter.keep, skip);
      const last = hits.at(-1);
      return {
        items: await Promise.all(hits.map(async (h) => ({ row: h.row, match: await claimMatch(ranking, groups, h.candidate, h.row) }))),
        nextCursor: more && last ? encodeSearchCursor(q, last.candidate) : null,
        mode: ranking.mode,
      };
    },

    /** Claims most like a claim: its own text as the query, itself left out, with a 0–1 similarity. */
    async similar(claim: ClaimRow, limit: number) {
      const mine = features(claim.text);
      const { groups, ranking } = await rankClaims(claim.text);
      const { hits } = await walk(ranking.candidates, limit, claimRows, (row) => row.id !== claim.id);
      return Promise.all(hits.map(async (h) => ({ row: h.row, match: await claimMatch(ranking, groups, h.candidate, h.row), similarity: round(similarity(mine, h.row.text)) })));
    },

    /**
     * Existing claims so close to `text` that a checker should link rather than re-check. Runs on every
     * create, before its transaction, so its cost is fixed and small: the 10 claims closest to the text's
     * rarest words (a top-k FTS query with a LIMIT, see SearchEngine.closest), compared word by word.
     */
    async likelyDuplicates(text: string, excludeId?: string, limit = 5) {
      const mine = features(text);
      const candidates = await claimIndex.closest(parseQuery(text).groups, 10);
      const rows = await claimRows(candidates.map((c) => c.doc));
      return candidates
        .map((c) => rows.get(c.doc))
        .filter((row): row is ClaimRow => row !== undefined && row.id !== excludeId)
        .map((row) => ({ id: row.id, text: row.text, status: row.status, score: round(similarity(mine, row.text)) }))
        .filter((d) => d.score >= DUPLICATE_THRESHOLD)
        .sort((a, b) => b.score - a.score)
        .slice(0, limit);
    },

    /**
     * Claims a request ("is it true that N. Korea got 11k bitcoin in 2017?") may be about: its text as the
     * query, figures read as figures and typos corrected, the top of the ranking re-scored by similarity,
     * those at or above REQUEST_MATCH_THRESHOLD kept, best first.
     */
    async requestMatches(text: string, limit = 5) {
      const mine = features(text);
      const { ranking } = await rankClaims(text);
      const { hits } = await walk(ranking.candidates.slice(0, 50), 20, claimRows, () => true);
      return hits
        .map((h) => ({ row: h.row, similarity: round(similarity(mine, h.row.text)), score: h.candidate.score }))
        .filter((m) => m.similarity >= REQUEST_MATCH_THRESHOLD)
        .sort((a, b) => b.similarity - a.similarity || b.score - a.score)
        .slice(0, limit);
    },

    /** Sources whose title, publisher or snapshot match `q`. */
    async sources(f: { q: string; limit: number; cursor?: string; kind?: SourceKind }) {
      const cursor = decodeSearchCursor(f.q, f.cursor);
      const { groups } = parseQuery(f.q, { quantities: false });
      const ranking = await sourceIndex.rank(groups);
      const { hits, more } = await walk(after(ranking.candidates, cursor), f.limit, sourceRows, (row) => !f.kind || row.kind === f.kind);
      const last = hits.at(-1);
      return {
        items: await Promise.all(hits.map(async (h) => {
          const marks = await index.sourceMarks(ranking.expression, h.candidate.doc);
          const match: SearchMatch = {
            score: round(h.candidate.score),
            snippet: toHtml(marks?.snippet ?? h.row.title),
            matchedTerms: [...new Set([...markedWords(marks?.h0 ?? null), ...markedWords(marks?.h1 ?? null), ...markedWords(marks?.snippet ?? null)])],
            matchedQuantities: [],
            corrections: corrections(ranking),
          };
          return { row: h.row, match };
        })),
        nextCursor: more && last ? encodeSearchCursor(f.q, last.candidate) : null,
      };
    },

    /** The index row of a claim (tests use it to check the triggers). */
    async claimDoc(id: string): Promise<number | undefined> {
      return index.claimDoc(id);
    },
  };
}

/** The claim's quantities that equal a query quantity: same value, and same unit unless the query gave none. */
export function matchQuantities(query: Quantity[], claim: Array<Pick<Quantity, 'raw' | 'value' | 'unit'>>): MatchedQuantity[] {
  const out: MatchedQuantity[] = [];
  for (const c of claim) {
    const q = query.find((q) => q.value === c.value && (q.unit === null || q.unit === c.unit));
    if (q) out.push({ raw: c.raw, value: c.value, unit: c.unit, queryRaw: q.raw });
  }
  return out;
}

const round = (n: number): number => Math.round(n * 10_000) / 10_000;

export type Search = ReturnType<typeof createSearch>;
