// Synthetic claims for the search benchmark: realistic-looking sentences with a skewed (Zipf) vocabulary,
// numbers in many formats, claimants and tags, bulk-inserted in one transaction so the triggers fill FTS.
import type Database from 'better-sqlite3';
import { parseQuantities } from '../../src/domain/quantities.js';
import { newId } from '../../src/lib/ids.js';
import { SYSTEM_ACTOR_ID } from '../../src/services/api-keys.js';

/** Small, fast, seedable PRNG (mulberry32), so every run builds the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tor', 'vex', 'sa', 'qui', 'bel', 'dan', 'fo', 'gri', 'hul', 'jun', 'kel', 'lux', 'mor', 'nev', 'pal', 'ros', 'sim', 'tak', 'ulm', 'var', 'wen', 'yor', 'zed', 'ash', 'bri', 'cor'];

/** Picks index i with probability ∝ 1/(i+1): a few words are everywhere, most are rare. */
function zipf(n: number, r: () => number): number {
  // Inverse CDF of the continuous 1/x law on [1, n+1): cheap and close enough to Zipf with s = 1.
  return Math.min(n - 1, Math.floor(Math.exp(r() * Math.log(n + 1)) - 1));
}

export interface Corpus {
  words: string[];
  names: string[];
  next(): { text: string; claimant: string; tags: string[]; language: string };
}

export function corpus(seed = 42): Corpus {
  const r = rng(seed);
  const word = (min: number, max: number) => Array.from({ length: min + Math.floor(r() * (max - min + 1)) }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join('');
  const words = [...new Set(Array.from({ length: 40_000 }, () => word(2, 4)))];
  const names = [...new Set(Array.from({ length: 8_000 }, () => `${cap(word(2, 3))} ${cap(word(2, 3))}`))];
  const verbs = ['stole', 'raised', 'lost', 'mined', 'reported', 'spent', 'laundered', 'moved', 'seized', 'paid', 'earned', 'transferred', 'hid', 'claimed', 'announced'];
  const units = [['bitcoins', 'BTC', 'bitcoin'], ['ether', 'ETH'], ['dollars', 'USD', '$'], ['percent', '%'], ['euros', 'EUR'], ['people'], ['won', 'KRW']];
  const quals = ['', '', '', 'more than ', 'about ', 'nearly ', 'at least ', 'up to '];
  const fillers = ['in', 'of', 'the', 'for', 'with', 'from', 'and', 'to', 'by', 'on'];
  const tagsPool = words.slice(0, 300);

  function number(): string {
    const v = 1 + Math.floor(r() * 999);
    switch (Math.floor(r() * 5)) {
      case 0: return `${v},000`;
      case 1: return `${v}k`;
      case 2: return `${v} million`;
      case 3: return `${(v / 10).toFixed(1)}`;
      default: return String(v);
    }
  }

  return {
    words,
    names,
    next() {
      const parts: string[] = [names[zipf(names.length, r)]!, verbs[Math.floor(r() * verbs.length)]!];
      const unit = units[Math.floor(r() * units.length)]!;
      const unitWord = unit[Math.floor(r() * unit.length)]!;
      const num = number();
      parts.push(unitWord === '$' ? `${quals[Math.floor(r() * quals.length)]}$${num}` : `${quals[Math.floor(r() * quals.length)]}${num} ${unitWord}`);
      const n = 4 + Math.floor(r() * 8);
      for (let i = 0; i < n; i++) {
        parts.push(i % 2 === 0 ? fillers[Math.floor(r() * fillers.length)]! : words[zipf(words.length, r)]!);
      }
      parts.push(`in ${1995 + Math.floor(r() * 31)}.`);
      return {
        text: parts.join(' '),
        claimant: names[zipf(names.length, r)]!,
        tags: [tagsPool[zipf(tagsPool.length, r)]!, tagsPool[zipf(tagsPool.length, r)]!],
        language: r() < 0.9 ? 'en' : 'de',
      };
    },
  };
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * Inserts `count` synthetic claims with plain SQL in one transaction (the FTS triggers fire per row).
 * Returns the texts of every 1000th claim, for building queries that have a known answer.
 */
export function insertClaims(sqlite: Database.Database, count: number, seed = 42): { samples: Array<{ id: string; text: string }> } {
  const c = corpus(seed);
  const now = new Date().toISOString();
  const insert = sqlite.prepare(
    `INSERT INTO claims (id, text, claimant, claim_date, language, tags, quantities, status, status_rationale, reviewed_by, reviewed_at, version, created_at, created_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
  );
  // A workflow mix like a live desk's: half new, some in review, a third with a verdict.
  const STATUSES = ['unverified', 'unverified', 'unverified', 'unverified', 'unverified', 'in_review', 'in_review', 'verified', 'false', 'misleading', 'unverifiable'] as const;
  const r = rng(seed + 1);
  const samples: Array<{ id: string; text: string }> = [];
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const row = c.next();
      const id = newId('clm');
      const status = STATUSES[Math.floor(r() * STATUSES.length)]!;
      const verdict = status !== 'unverified' && status !== 'in_review';
      const claimDate = new Date(Date.UTC(2015 + Math.floor(r() * 11), Math.floor(r() * 12), 1 + Math.floor(r() * 28))).toISOString().slice(0, 10);
      insert.run(
        id, row.text, row.claimant, claimDate, row.language, JSON.stringify(row.tags), JSON.stringify(parseQuantities(row.text)),
        status, verdict ? 'Synthetic rationale.' : null, verdict ? SYSTEM_ACTOR_ID : null, verdict ? now : null, now, SYSTEM_ACTOR_ID, now,
      );
      if (i % 1000 === 0) samples.push({ id, text: row.text });
    }
  })();
  return { samples };
}
