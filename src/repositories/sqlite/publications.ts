// Publications over SQLite: one row per published claim, plus every rating it was ever published with.
import type Database from 'better-sqlite3';
import type { PublicationRecord, PublishedRatingRecord } from '../../domain/types.js';
import type { PublicationsRepository, PublishedFactCheck } from '../types.js';
import { placeholders, statementCache } from './statements.js';

const PUBLICATION_COLUMNS =
  'p.claim_id AS claimId, p.slug, p.claim_reviewed AS claimReviewed, p.first_published_at AS firstPublishedAt, ' +
  'p.first_published_by AS firstPublishedBy, p.updated_at AS updatedAt, p.unpublished_at AS unpublishedAt, ' +
  'p.unpublished_by AS unpublishedBy, p.unpublish_reason AS unpublishReason';
const RATING_COLUMNS =
  'r.id, r.claim_id AS claimId, r.verdict, r.label, r.rating_value AS ratingValue, r.best_rating AS bestRating, ' +
  'r.worst_rating AS worstRating, r.rationale, r.reviewed_by AS reviewedBy, r.reviewed_at AS reviewedAt, ' +
  'r.published_at AS publishedAt, r.published_by AS publishedBy, r.audit_seq AS auditSeq, r.audit_hash AS auditHash';

const BY_CLAIM = `SELECT ${PUBLICATION_COLUMNS} FROM publications p WHERE p.claim_id = ?`;
const BY_SLUG = `SELECT ${PUBLICATION_COLUMNS} FROM publications p WHERE p.slug = ?`;
const SLUG_TAKEN = 'SELECT 1 AS one FROM publications WHERE slug = ?';
const INSERT =
  'INSERT INTO publications (claim_id, slug, claim_reviewed, first_published_at, first_published_by, updated_at, unpublished_at, ' +
  `unpublished_by, unpublish_reason) VALUES (${placeholders(9)})`;
const UPDATE =
  'UPDATE publications SET claim_reviewed = ?, updated_at = ?, unpublished_at = ?, unpublished_by = ?, unpublish_reason = ? WHERE claim_id = ?';
const RATINGS = `SELECT ${RATING_COLUMNS} FROM published_ratings r WHERE r.claim_id = ? ORDER BY r.audit_seq`;
const INSERT_RATING =
  'INSERT INTO published_ratings (id, claim_id, verdict, label, rating_value, best_rating, worst_rating, rationale, reviewed_by, ' +
  `reviewed_at, published_at, published_by, audit_seq, audit_hash) VALUES (${placeholders(14)})`;
// The latest rating of a claim is the one with the highest audit seq: publications are serialised by the log.
const LATEST_MANY =
  `SELECT ${RATING_COLUMNS} FROM published_ratings r WHERE r.claim_id IN (SELECT value FROM json_each(?)) ` +
  'AND r.audit_seq = (SELECT max(audit_seq) FROM published_ratings x WHERE x.claim_id = r.claim_id)';

type Row = PublicationRecord & { [K in keyof PublishedRatingRecord as `r_${K}`]: PublishedRatingRecord[K] };

export function sqlitePublications(db: Database.Database): PublicationsRepository {
  const q = statementCache(db);
  return {
    async find(claimId) {
      return q<[string], PublicationRecord>(BY_CLAIM).get(claimId);
    },
    async findBySlug(slug) {
      return q<[string], PublicationRecord>(BY_SLUG).get(slug);
    },
    async slugTaken(slug) {
      return q<[string], { one: number }>(SLUG_TAKEN).get(slug) !== undefined;
    },
    async insert(p) {
      q(INSERT).run(p.claimId, p.slug, p.claimReviewed, p.firstPublishedAt, p.firstPublishedBy, p.updatedAt, p.unpublishedAt, p.unpublishedBy, p.unpublishReason);
    },
    async update(p) {
      q(UPDATE).run(p.claimReviewed, p.updatedAt, p.unpublishedAt, p.unpublishedBy, p.unpublishReason, p.claimId);
    },
    async ratings(claimId) {
      return q<[string], PublishedRatingRecord>(RATINGS).all(claimId);
    },
    async insertRating(r) {
      q(INSERT_RATING).run(r.id, r.claimId, r.verdict, r.label, r.ratingValue, r.bestRating, r.worstRating, r.rationale, r.reviewedBy, r.reviewedAt, r.publishedAt, r.publishedBy, r.auditSeq, r.auditHash);
    },
    async list({ limit, before, includeWithdrawn, updatedSince }) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (!includeWithdrawn) where.push('p.unpublished_at IS NULL');
      if (updatedSince) { where.push('p.updated_at >= ?'); params.push(updatedSince); }
      if (before) { where.push('(p.updated_at < ? OR (p.updated_at = ? AND p.claim_id < ?))'); params.push(before.updatedAt, before.updatedAt, before.claimId); }
      const ratingAlias = RATING_COLUMNS.split(', ').map((c) => {
        const [expr, alias] = c.split(' AS ');
        const name = alias ?? expr!.replace('r.', '');
        return `${expr} AS r_${name}`;
      }).join(', ');
      const sql =
        `SELECT ${PUBLICATION_COLUMNS}, ${ratingAlias} FROM publications p JOIN published_ratings r ON r.claim_id = p.claim_id ` +
        'AND r.audit_seq = (SELECT max(audit_seq) FROM published_ratings x WHERE x.claim_id = p.claim_id) ' +
        `${where.length ? `WHERE ${where.join(' AND ')} ` : ''}ORDER BY p.updated_at DESC, p.claim_id DESC LIMIT ?`;
      const rows = q<unknown[], Row>(sql).all(...params, limit + 1);
      return rows.map((row): PublishedFactCheck => {
        const publication: Record<string, unknown> = {};
        const latest: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(row)) {
          if (k.startsWith('r_')) latest[k.slice(2)] = v;
          else publication[k] = v;
        }
        return { publication: publication as unknown as PublicationRecord, latest: latest as unknown as PublishedRatingRecord };
      });
    },
    async latestRatings(claimIds) {
      const rows = claimIds.length ? q<[string], PublishedRatingRecord>(LATEST_MANY).all(JSON.stringify(claimIds)) : [];
      return new Map(rows.map((r) => [r.claimId, r]));
    },
  };
}

