// Evidence over PostgreSQL. A claim's evidence and the summaries of their sources come from one join.
import type { EvidenceRecord, EvidenceWithSource, SourceKind, Stance } from '../../domain/types.js';
import type { EvidenceRepository, SourceClaimLink } from '../types.js';
import { columns, params, queries, type Queryable } from './query.js';

const FIELDS: Record<string, string> = {
  id: 'id', claimId: 'claim_id', sourceId: 'source_id', stance: 'stance', quote: 'quote', quoteSelector: 'quote_selector', note: 'note',
  createdAt: 'created_at', createdBy: 'created_by', retractedAt: 'retracted_at', retractedBy: 'retracted_by', retractionReason: 'retraction_reason',
};
const EVIDENCE_COLUMNS = columns(FIELDS, 'e.');
const PLAIN_COLUMNS = columns(FIELDS);

type RawEvidenceWithSource = EvidenceRecord & {
  s_url: string | null; s_citation: string | null; s_title: string; s_publisher: string | null; s_kind: SourceKind; s_published_at: string | null;
};

function toEvidenceWithSource(raw: RawEvidenceWithSource): EvidenceWithSource {
  const { s_url, s_citation, s_title, s_publisher, s_kind, s_published_at, ...row } = raw;
  return {
    row,
    source: { id: row.sourceId, canonicalUrl: s_url, citation: s_citation, title: s_title, publisher: s_publisher, kind: s_kind, publishedAt: s_published_at },
  };
}

const WITH_SOURCE =
  `SELECT ${EVIDENCE_COLUMNS}, s.canonical_url AS s_url, s.citation AS s_citation, s.title AS s_title, s.publisher AS s_publisher, ` +
  's.kind AS s_kind, s.published_at AS s_published_at FROM evidence e JOIN sources s ON s.id = e.source_id WHERE e.claim_id = $1';
const FIND = `SELECT ${PLAIN_COLUMNS} FROM evidence WHERE id = $1 AND claim_id = $2`;
const INSERT =
  'INSERT INTO evidence (id, claim_id, source_id, stance, quote, quote_selector, note, created_at, created_by, retracted_at, retracted_by, retraction_reason) ' +
  `VALUES (${params(12)})`;
const RETRACT = `UPDATE evidence SET retracted_at = $1, retracted_by = $2, retraction_reason = $3 WHERE id = $4 RETURNING ${PLAIN_COLUMNS}`;
const ACTIVE_LINKS = 'SELECT id, quote FROM evidence WHERE claim_id = $1 AND source_id = $2 AND stance = $3 AND retracted_at IS NULL';
const QUOTED_FROM_SOURCE = 'SELECT id FROM evidence WHERE source_id = $1 AND retracted_at IS NULL AND quote IS NOT NULL';
const CLAIMS_FOR_SOURCE =
  'SELECT c.id AS "claimId", c.text AS "claimText", c.status AS "claimStatus", e.id AS "evidenceId", e.stance AS stance, e.quote_selector AS "quoteSelector" ' +
  'FROM evidence e JOIN claims c ON c.id = e.claim_id WHERE e.source_id = $1 AND e.retracted_at IS NULL ORDER BY e.id';

export function pgEvidence(db: Queryable): EvidenceRepository {
  const q = queries(db);
  return {
    find: (claimId, id) => q.one<EvidenceRecord>(FIND, [id, claimId]),
    async listForClaim(claimId, opts) {
      let sql = WITH_SOURCE;
      const values: unknown[] = [claimId];
      if (!opts.includeRetracted) sql += ' AND e.retracted_at IS NULL';
      if (opts.after) { values.push(opts.after); sql += ` AND e.id > $${values.length}`; }
      sql += ' ORDER BY e.id';
      if (opts.limit !== undefined) { values.push(opts.limit + 1); sql += ` LIMIT $${values.length}`; }
      return (await q.rows<RawEvidenceWithSource>(sql, values)).map(toEvidenceWithSource);
    },
    activeLinks: (claimId, sourceId, stance: Stance) => q.rows<{ id: string; quote: string | null }>(ACTIVE_LINKS, [claimId, sourceId, stance]),
    async insert(e) {
      await q.run(INSERT, [
        e.id, e.claimId, e.sourceId, e.stance, e.quote, e.quoteSelector === null ? null : JSON.stringify(e.quoteSelector), e.note,
        e.createdAt, e.createdBy, e.retractedAt, e.retractedBy, e.retractionReason,
      ]);
    },
    async retract(id, at, by, reason) {
      return (await q.one<EvidenceRecord>(RETRACT, [at, by, reason, id]))!;
    },
    async activeQuotedFromSource(sourceId) {
      return (await q.rows<{ id: string }>(QUOTED_FROM_SOURCE, [sourceId])).map((r) => r.id);
    },
    claimsForSource: (sourceId) => q.rows<SourceClaimLink>(CLAIMS_FOR_SOURCE, [sourceId]),
  };
}
