// Evidence over SQLite. A claim's evidence and the summaries of their sources come from one join.
import type Database from 'better-sqlite3';
import type { EvidenceRecord, EvidenceWithSource, SourceKind } from '../../domain/types.js';
import type { EvidenceRepository, SourceClaimLink } from '../types.js';
import { placeholders, statementCache } from './statements.js';

const EVIDENCE_COLUMNS =
  'e.id, e.claim_id AS claimId, e.source_id AS sourceId, e.stance, e.quote, e.quote_selector AS quoteSelector, e.note, ' +
  'e.created_at AS createdAt, e.created_by AS createdBy, e.retracted_at AS retractedAt, e.retracted_by AS retractedBy, ' +
  'e.retraction_reason AS retractionReason';
const PLAIN_COLUMNS = EVIDENCE_COLUMNS.replaceAll('e.', '');

type RawEvidence = Omit<EvidenceRecord, 'quoteSelector'> & { quoteSelector: string | null };
type RawEvidenceWithSource = RawEvidence & {
  s_url: string | null; s_citation: string | null; s_title: string; s_publisher: string | null; s_kind: SourceKind; s_published_at: string | null;
};

function toEvidence(raw: RawEvidence): EvidenceRecord {
  const row = raw as unknown as EvidenceRecord;
  row.quoteSelector = raw.quoteSelector === null ? null : (JSON.parse(raw.quoteSelector) as EvidenceRecord['quoteSelector']);
  return row;
}

function toEvidenceWithSource(raw: RawEvidenceWithSource): EvidenceWithSource {
  const { s_url, s_citation, s_title, s_publisher, s_kind, s_published_at, ...evidence } = raw;
  return {
    row: toEvidence(evidence),
    source: { id: evidence.sourceId, canonicalUrl: s_url, citation: s_citation, title: s_title, publisher: s_publisher, kind: s_kind, publishedAt: s_published_at },
  };
}

const WITH_SOURCE =
  `SELECT ${EVIDENCE_COLUMNS}, s.canonical_url AS s_url, s.citation AS s_citation, s.title AS s_title, s.publisher AS s_publisher, ` +
  's.kind AS s_kind, s.published_at AS s_published_at FROM evidence e JOIN sources s ON s.id = e.source_id WHERE e.claim_id = ?';
const FIND = `SELECT ${PLAIN_COLUMNS} FROM evidence WHERE id = ? AND claim_id = ?`;
const INSERT =
  'INSERT INTO evidence (id, claim_id, source_id, stance, quote, quote_selector, note, created_at, created_by, retracted_at, retracted_by, retraction_reason) ' +
  `VALUES (${placeholders(12)})`;
const RETRACT = `UPDATE evidence SET retracted_at = ?, retracted_by = ?, retraction_reason = ? WHERE id = ? RETURNING ${PLAIN_COLUMNS}`;
const ACTIVE_LINKS = 'SELECT id, quote FROM evidence WHERE claim_id = ? AND source_id = ? AND stance = ? AND retracted_at IS NULL';
const QUOTED_FROM_SOURCE = 'SELECT id FROM evidence WHERE source_id = ? AND retracted_at IS NULL AND quote IS NOT NULL';
const CLAIMS_FOR_SOURCE =
  'SELECT c.id AS claimId, c.text AS claimText, c.status AS claimStatus, e.id AS evidenceId, e.stance AS stance, e.quote_selector AS quoteSelector ' +
  'FROM evidence e JOIN claims c ON c.id = e.claim_id WHERE e.source_id = ? AND e.retracted_at IS NULL ORDER BY e.id';

export function sqliteEvidence(db: Database.Database): EvidenceRepository {
  const q = statementCache(db);
  return {
    async find(claimId, id) {
      const raw = q<[string, string], RawEvidence>(FIND).get(id, claimId);
      return raw && toEvidence(raw);
    },
    async listForClaim(claimId, opts) {
      let sql = WITH_SOURCE;
      const params: unknown[] = [claimId];
      if (!opts.includeRetracted) sql += ' AND e.retracted_at IS NULL';
      if (opts.after) { sql += ' AND e.id > ?'; params.push(opts.after); }
      sql += ' ORDER BY e.id';
      if (opts.limit !== undefined) { sql += ' LIMIT ?'; params.push(opts.limit + 1); }
      return q<unknown[], RawEvidenceWithSource>(sql).all(...params).map(toEvidenceWithSource);
    },
    async activeLinks(claimId, sourceId, stance) {
      return q<[string, string, string], { id: string; quote: string | null }>(ACTIVE_LINKS).all(claimId, sourceId, stance);
    },
    async insert(e) {
      q(INSERT).run(
        e.id, e.claimId, e.sourceId, e.stance, e.quote, e.quoteSelector === null ? null : JSON.stringify(e.quoteSelector), e.note,
        e.createdAt, e.createdBy, e.retractedAt, e.retractedBy, e.retractionReason,
      );
    },
    async retract(id, at, by, reason) {
      return toEvidence(q<[string, string, string, string], RawEvidence>(RETRACT).get(at, by, reason, id)!);
    },
    async activeQuotedFromSource(sourceId) {
      return q<[string], string>(QUOTED_FROM_SOURCE).pluck().all(sourceId);
    },
    async claimsForSource(sourceId) {
      return q<[string], Omit<SourceClaimLink, 'quoteSelector'> & { quoteSelector: string | null }>(CLAIMS_FOR_SOURCE)
        .all(sourceId)
        .map((raw) => ({ ...raw, quoteSelector: raw.quoteSelector === null ? null : (JSON.parse(raw.quoteSelector) as SourceClaimLink['quoteSelector']) }));
    },
  };
}
