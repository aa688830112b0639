// Builds a ClaimLedger database of N synthetic claims with sources, evidence and a valid hash-chained
// audit history, reproducibly: the same seed gives the same rows, ids included (ULIDs from a fixed clock
// and a seeded generator). Plain SQL in one transaction; the FTS triggers fire per row.
//   tsx bench/lib/generate.ts --claims 100000 --seed 42 --out /tmp/claims-100k.db
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { ulid } from 'ulid';
import { openMigratedDatabase } from '../../src/db/database.js';
import { parseQuantities } from '../../src/domain/quantities.js';
import type { IdPrefix } from '../../src/lib/ids.js';
import { canonicalJson, sha256Hex } from '../../src/lib/hash.js';
import type { AuditRow } from '../../src/repositories/types.js';
import { SYSTEM_ACTOR_ID } from '../../src/services/api-keys.js';
import { GENESIS_HASH } from '../../src/services/audit-log.js';
import { canonicalEventText } from '../../src/services/audit-verify.js';
import { corpus, rng } from './synthetic.js';

export interface Generated {
  claims: number;
  sources: number;
  evidence: number;
  events: number;
  /** Claims with exactly five active evidence items (the claim-read scenario). */
  hotClaims: string[];
  /** Unverified claims, newest first (the status-change scenario moves each once). */
  unverified: string[];
  /** Texts of some claims, for search queries with a known answer. */
  samples: Array<{ id: string; text: string }>;
}

const BASE_TIME = Date.UTC(2025, 0, 1);
const STATUSES = ['unverified', 'unverified', 'unverified', 'unverified', 'unverified', 'in_review', 'in_review', 'verified', 'false', 'misleading', 'unverifiable'] as const;
const KINDS = ['news', 'official', 'research', 'primary', 'social', 'other'] as const;

export function generateDatabase(dbPath: string, claimCount: number, seed = 42): Generated {
  fs.rmSync(dbPath, { force: true });
  const db = openMigratedDatabase(dbPath);
  const sqlite = db.$client;
  sqlite.pragma('cache_size = -262144');
  const c = corpus(seed);
  const r = rng(seed + 1);
  let clock = BASE_TIME;
  const id = (prefix: IdPrefix) => `${prefix}_${ulid(++clock, r).toLowerCase()}`;
  const at = () => new Date(clock).toISOString();

  const insertKey = sqlite.prepare("INSERT INTO api_keys (id, name, role, display_prefix, created_at) VALUES (?, 'system', 'admin', '(no token)', ?)");
  const insertSource = sqlite.prepare('INSERT INTO sources (id, url, canonical_url, citation, title, publisher, kind, content, content_sha256, retrieved_at, version, created_at, created_by, updated_at) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)');
  const insertClaim = sqlite.prepare('INSERT INTO claims (id, text, claimant, claim_date, language, tags, quantities, status, status_rationale, reviewed_by, reviewed_at, version, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertTag = sqlite.prepare('INSERT OR IGNORE INTO claim_tags (claim_id, tag) VALUES (?, ?)');
  const insertEvidence = sqlite.prepare("INSERT INTO evidence (id, claim_id, source_id, stance, quote, quote_selector, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)");
  const insertEvent = sqlite.prepare('INSERT INTO audit_events (seq, at, actor_id, action, entity_type, entity_id, claim_id, changes, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');

  let seq = 0;
  let prev = GENESIS_HASH;
  function event(action: string, entityType: string, entityId: string, claimId: string | null, changes: Record<string, unknown>) {
    const row: AuditRow = {
      seq: ++seq, at: at(), actor_id: SYSTEM_ACTOR_ID, action, entity_type: entityType, entity_id: entityId, claim_id: claimId,
      changes: canonicalJson(Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, { from: null, to: v }]))), reason: null, prev_hash: prev, hash: '',
    };
    row.hash = sha256Hex(prev + canonicalEventText(row, row.changes));
    insertEvent.run(row.seq, row.at, row.actor_id, row.action, row.entity_type, row.entity_id, row.claim_id, row.changes, row.reason, row.prev_hash, row.hash);
    prev = row.hash;
  }

  const out: Generated = { claims: claimCount, sources: 0, evidence: 0, events: 0, hotClaims: [], unverified: [], samples: [] };
  const sources: Array<{ id: string; sentences: string[] }> = [];
  sqlite.transaction(() => {
    insertKey.run(SYSTEM_ACTOR_ID, new Date(0).toISOString());
    const sourceCount = Math.max(50, Math.round(claimCount / 20));
    for (let i = 0; i < sourceCount; i++) {
      const sid = id('src');
      const sentences = Array.from({ length: 12 }, () => c.next().text);
      const content = sentences.join(' ');
      const url = `https://news.example.org/${seed}/${i}`;
      insertSource.run(sid, url, url, `Report ${i}: ${sentences[0]!.slice(0, 60)}`, c.names[i % c.names.length], KINDS[i % KINDS.length], content, sha256Hex(content), at(), at(), SYSTEM_ACTOR_ID, at());
      event('source.created', 'source', sid, null, { url, title: `Report ${i}`, kind: KINDS[i % KINDS.length], contentSha256: sha256Hex(content) });
      sources.push({ id: sid, sentences });
    }
    out.sources = sourceCount;
    for (let i = 0; i < claimCount; i++) {
      const row = c.next();
      const cid = id('clm');
      // Every 50th claim is a "hot" one with five evidence items; the rest have 0–3.
      const hot = i % 50 === 7;
      const evidenceCount = hot ? 5 : i % 4;
      const status = hot ? 'unverified' : STATUSES[Math.floor(r() * STATUSES.length)]!;
      const verdict = status !== 'unverified' && status !== 'in_review';
      const claimDate = new Date(Date.UTC(2015 + Math.floor(r() * 10), Math.floor(r() * 12), 1 + Math.floor(r() * 28))).toISOString().slice(0, 10);
      const created = at();
      insertClaim.run(cid, row.text, row.claimant, claimDate, row.language, JSON.stringify(row.tags), JSON.stringify(parseQuantities(row.text)),
        status, verdict ? 'Synthetic rationale.' : null, verdict ? SYSTEM_ACTOR_ID : null, verdict ? created : null, 1 + evidenceCount, created, SYSTEM_ACTOR_ID, created);
      for (const tag of row.tags) insertTag.run(cid, tag);
      event('claim.created', 'claim', cid, cid, { text: row.text, claimant: row.claimant, tags: row.tags, status });
      for (let e = 0; e < evidenceCount; e++) {
        const source = sources[Math.floor(r() * sources.length)]!;
        const sentence = source.sentences[e % source.sentences.length]!;
        const start = source.sentences.slice(0, e % source.sentences.length).join(' ').length + (e % source.sentences.length ? 1 : 0);
        const selector = { exact: sentence, prefix: '', suffix: '', start, end: start + sentence.length };
        const eid = id('evd');
        const stance = (['supports', 'contradicts', 'context'] as const)[e % 3];
        insertEvidence.run(eid, cid, source.id, stance, sentence, JSON.stringify(selector), at(), SYSTEM_ACTOR_ID);
        event('evidence.added', 'evidence', eid, cid, { claimId: cid, sourceId: source.id, stance, quote: sentence });
        out.evidence++;
      }
      if (hot) out.hotClaims.push(cid);
      if (status === 'unverified') out.unverified.push(cid);
      if (i % 97 === 0) out.samples.push({ id: cid, text: row.text });
    }
  })();
  out.events = seq;
  sqlite.exec("INSERT INTO claims_fts (claims_fts) VALUES ('optimize')");
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
  out.unverified.reverse();
  return out;
}

/**
 * What the benchmark needs to know of a database generated earlier (`--out`), read back from it: the same
 * hot claims, unverified claims and search samples generateDatabase reported when it built the file.
 */
export function describeDatabase(dbPath: string): Generated {
  const sqlite = openMigratedDatabase(dbPath).$client;
  try {
    const count = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;
    const ids = (sql: string) => sqlite.prepare(sql).pluck().all() as string[];
    const out: Generated = {
      claims: count('SELECT count(*) AS n FROM claims'),
      sources: count('SELECT count(*) AS n FROM sources'),
      evidence: count('SELECT count(*) AS n FROM evidence'),
      events: count('SELECT coalesce(max(seq), 0) AS n FROM audit_events'),
      hotClaims: ids("SELECT claim_id FROM evidence WHERE retracted_at IS NULL GROUP BY claim_id HAVING count(*) = 5 ORDER BY claim_id LIMIT 1000"),
      unverified: ids("SELECT id FROM claims WHERE status = 'unverified' ORDER BY id DESC LIMIT 200000"),
      samples: [],
    };
    // generateDatabase samples every 97th claim in creation order (ids are time-ordered ULIDs).
    const all = sqlite.prepare('SELECT id, text FROM claims ORDER BY id').iterate() as Iterable<{ id: string; text: string }>;
    let i = 0;
    for (const row of all) if (i++ % 97 === 0) out.samples.push(row);
    return out;
  } finally {
    sqlite.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { claims: { type: 'string', default: '10000' }, seed: { type: 'string', default: '42' }, out: { type: 'string' } } });
  if (!values.out) throw new Error('--out FILE is required');
  const t0 = performance.now();
  const g = generateDatabase(values.out, Number(values.claims), Number(values.seed));
  console.log(`${values.out}: ${g.claims} claims, ${g.sources} sources, ${g.evidence} evidence, ${g.events} audit events in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
