// The search index interface the search service ranks through (src/services/search.ts), whatever the
// backend: SQLite's FTS5 engine (repositories/sqlite/search-engine.ts, synchronous) and PostgreSQL's
// tsvector engine (repositories/pg/search.ts, asynchronous) both implement it.
import type { QueryGroup } from '../domain/search-query.js';
import type { ClaimRecord, SourceRecord } from '../domain/types.js';

/** Sentinels around matched words in snippets and highlights (turned into <mark> by the service). */
export const MARK_OPEN = '\u0002';
export const MARK_CLOSE = '\u0003';

export interface RankedGroup extends QueryGroup {
  /** Documents holding the group, capped at the engine's CAP + 1. */
  docs: number;
  role: 'selective' | 'bonus';
  /** Typo corrections added to the group's terms. */
  corrections: string[];
}

export interface Candidate {
  doc: number;
  score: number;
}

export interface Ranking {
  groups: RankedGroup[];
  candidates: Candidate[];
  mode: 'relevance' | 'newest';
  /** The engine's own expression of every group, handed back to it for snippets and highlights. */
  expression: string;
}

/** Candidates best first: higher score, then newer document. */
export const byScore = (a: Candidate, b: Candidate): number => b.score - a.score || b.doc - a.doc;

export interface Marks {
  snippet: string;
  h0: string;
  h1: string | null;
  h2?: string | null;
}

type MaybeAsync<T> = T | Promise<T>;

export interface SearchEngine {
  /** With `typos: false`, words not in the index are dropped rather than corrected. */
  rank(groups: QueryGroup[], options?: { typos?: boolean }): MaybeAsync<Ranking>;
  /** The k documents closest to the groups (the duplicate check on create: fixed cost, no typo fixes). */
  closest(groups: QueryGroup[], k: number): MaybeAsync<Candidate[]>;
}

export interface SearchIndex {
  claims: SearchEngine;
  sources: SearchEngine;
  /** The claims of these index documents, by document number. */
  claimsByDoc(docs: number[]): MaybeAsync<Map<number, ClaimRecord>>;
  sourcesByDoc(docs: number[]): MaybeAsync<Map<number, SourceRecord>>;
  claimMarks(expression: string, doc: number): MaybeAsync<Marks | undefined>;
  sourceMarks(expression: string, doc: number): MaybeAsync<Marks | undefined>;
  /** The index documents of claims that carry a review (a verdict, or an imported review), newest first. */
  reviewedClaimDocs(): MaybeAsync<number[]>;
  /**
   * The sites of the publishers whose imported reviews each of these claims carries (claims without one
   * are absent). Batched: the search filter asks once per chunk of candidates, not once per claim.
   */
  externalReviewSites(claimIds: string[]): MaybeAsync<Map<string, string[]>>;
  /** The index document of a claim (tests use it to check the index is kept in step). */
  claimDoc(id: string): MaybeAsync<number | undefined>;
}
