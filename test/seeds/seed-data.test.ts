import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import t from 'tap';
import { findQuote } from '../../src/domain/quote-match.js';
import { canonicaliseUrl } from '../../src/domain/urls.js';

const SEEDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds');

const STATUSES = ['unverified', 'in_review', 'verified', 'misleading', 'false', 'unverifiable'];
const VERDICTS = ['verified', 'misleading', 'false', 'unverifiable'];
const KINDS = ['news', 'official', 'research', 'primary', 'social', 'other'];
const STANCES = ['supports', 'contradicts', 'context'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface SeedSource {
  key: string;
  title: string;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  kind: string;
  url: string | null;
  citation: string | null;
  contentFile: string | null;
}

interface SeedEvidence {
  sourceKey: string;
  stance: string;
  quote: string | null;
  note: string | null;
}

interface SeedClaim {
  key: string;
  text: string;
  claimant: string | null;
  claimDate: string | null;
  language: string;
  tags: string[];
  firstAppearance: { sourceKey: string } | null;
  evidence: SeedEvidence[];
  status: string;
  rationale: string | null;
}

interface Seed {
  sources: SeedSource[];
  claims: SeedClaim[];
}

const seed = JSON.parse(readFileSync(join(SEEDS_DIR, 'seed.json'), 'utf8')) as Seed;

function isValidIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function duplicates(keys: string[]): string[] {
  return keys.filter((k, i) => keys.indexOf(k) !== i);
}

t.test('shape', async (t) => {
  t.ok(Array.isArray(seed.sources) && seed.sources.length > 0, 'has sources');
  t.ok(Array.isArray(seed.claims) && seed.claims.length > 0, 'has claims');
});

t.test('keys are unique', async (t) => {
  t.same(duplicates(seed.sources.map((s) => s.key)), [], 'source keys');
  t.same(duplicates(seed.claims.map((c) => c.key)), [], 'claim keys');
});

const contentByKey = new Map<string, string>();

t.test('sources', async (t) => {
  for (const s of seed.sources) {
    t.test(s.key, async (t) => {
      t.ok(s.title.trim(), 'has a title');
      t.ok(KINDS.includes(s.kind), `kind ${s.kind} is valid`);
      if (s.publishedAt !== null) t.ok(isValidIsoDate(s.publishedAt), 'publishedAt is YYYY-MM-DD');
      if (s.url !== null) {
        t.doesNotThrow(() => canonicaliseUrl(s.url!), 'url is a valid http(s) URL');
      } else {
        t.ok(s.citation && s.citation.trim(), 'a source without a URL has a citation');
      }
      if (s.contentFile !== null) {
        const content = readFileSync(join(SEEDS_DIR, s.contentFile), 'utf8');
        t.ok(content.trim().length > 0, 'content snapshot is not empty');
        contentByKey.set(s.key, content);
      }
    });
  }
});

t.test('claims', async (t) => {
  const sourceKeys = new Set(seed.sources.map((s) => s.key));
  for (const c of seed.claims) {
    t.test(c.key, async (t) => {
      t.ok(c.text.trim(), 'has text');
      t.ok(STATUSES.includes(c.status), `status ${c.status} is valid`);
      t.match(c.language, /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'language tag');
      t.ok(Array.isArray(c.tags), 'tags is an array');
      t.same(duplicates(c.tags), [], 'no duplicate tags');
      if (c.claimDate !== null) t.ok(isValidIsoDate(c.claimDate), 'claimDate is YYYY-MM-DD');
      if (c.firstAppearance) t.ok(sourceKeys.has(c.firstAppearance.sourceKey), 'firstAppearance source resolves');

      for (const [i, e] of c.evidence.entries()) {
        const label = `evidence[${i}] (${e.stance} from ${e.sourceKey})`;
        t.ok(sourceKeys.has(e.sourceKey), `${label}: source resolves`);
        t.ok(STANCES.includes(e.stance), `${label}: stance is valid`);
        if (e.stance !== 'context') t.ok(e.quote && e.quote.trim(), `${label}: has a quote`);
        if (e.quote !== null) {
          const content = contentByKey.get(e.sourceKey);
          t.ok(content !== undefined, `${label}: source has a content snapshot`);
          if (content === undefined) continue;
          const m = findQuote(content, e.quote);
          t.ok(m, `${label}: quote occurs in the snapshot: ${JSON.stringify(e.quote.slice(0, 60))}`);
          if (m) t.equal(content.slice(m.start, m.end), m.exact, `${label}: selector points at the original text`);
        }
      }

      const stances = c.evidence.map((e) => e.stance);
      if (c.status === 'verified') t.ok(stances.includes('supports'), 'verified needs supporting evidence');
      if (c.status === 'false') t.ok(stances.includes('contradicts'), 'false needs contradicting evidence');
      if (c.status === 'misleading') t.ok(stances.length > 0, 'misleading needs some evidence');
      if (VERDICTS.includes(c.status)) t.ok(c.rationale && c.rationale.trim(), 'a verdict has a rationale');
    });
  }
});

t.test('statuses are spread across the workflow', async (t) => {
  const statuses = new Set(seed.claims.map((c) => c.status));
  for (const s of ['unverified', 'in_review', 'verified', 'misleading', 'unverifiable']) {
    t.ok(statuses.has(s), `at least one ${s} claim`);
  }
});
