// Publications over PostgreSQL: one row per published claim, plus every rating it was ever published with.
import type { PublicationRecord, PublishedRatingRecord } from '../../domain/types.js';
import type { PublicationsRepository, PublishedFactCheck } from '../types.js';
import { columns, params, queries, type Queryable } from './query.js';

const PUBLICATION_FIELDS: Record<keyof PublicationRecord, string> = {
  claimId: 'claim_id', slug: 'slug', claimReviewed: 'claim_reviewed', firstPublishedAt: 'first_published_at', firstPublishedBy: 'first_published_by',
  updatedAt: 'updated_at', unpublishedAt: 'unpublished_at', unpublishedBy: 'unpublished_by', unpublishReason: 'unpublish_reason',
};
const RATING_FIELDS: Record<keyof PublishedRatingRecord, string> = {
  id: 'id', claimId: 'claim_id', verdict: 'verdict', label: 'label', ratingValue: 'rating_value', bestRating: 'best_rating', worstRating: 'worst_rating',
  rationale: 'rationale', reviewedBy: 'reviewed_by', reviewedAt: 'reviewed_at', publishedAt: 'published_at', publishedBy: 'published_by',
  auditSeq: 'audit_seq', auditHash: 'audit_hash',
};
const PUBLICATION_COLUMNS = columns(PUBLICATION_FIELDS, 'p.');
const RATING_COLUMNS = columns(RATING_FIELDS, 'r.');
// The list joins both tables: the rating's columns come back prefixed ("r_claimId") and are split apart below.
const PREFIXED_RATING_COLUMNS = Object.entries(RATING_FIELDS).map(([alias, column]) => `r.${column} AS "r_${alias}"`).join(', ');

const BY_CLAIM = `SELECT ${PUBLICATION_COLUMNS} FROM publications p WHERE p.claim_id = $1`;
const BY_SLUG = `SELECT ${PUBLICATION_COLUMNS} FROM publications p WHERE p.slug = $1`;
const SLUG_TAKEN = 'SELECT 1 AS one FROM publications WHERE slug = $1';
const INSERT =
  'INSERT INTO publications (claim_id, slug, claim_reviewed, first_published_at, first_published_by, updated_at, unpublished_at, ' +
  `unpublished_by, unpublish_reason) VALUES (${params(9)})`;
const UPDATE =
  'UPDATE publications SET claim_reviewed = $1, updated_at = $2, unpublished_at = $3, unpublished_by = $4, unpublish_reason = $5 WHERE claim_id = $6';
const RATINGS = `SELECT ${RATING_COLUMNS} FROM published_ratings r WHERE r.claim_id = $1 ORDER BY r.audit_seq`;
const INSERT_RATING =
  'INSERT INTO published_ratings (id, claim_id, verdict, label, rating_value, best_rating, worst_rating, rationale, reviewed_by, ' +
  `reviewed_at, published_at, published_by, audit_seq, audit_hash) VALUES (${params(14)})`;
// The latest rating of a claim is the one with the highest audit seq: publications are serialised by the log.
const LATEST_MANY =
  `SELECT DISTINCT ON (r.claim_id) ${RATING_COLUMNS} FROM published_ratings r WHERE r.claim_id = ANY($1::text[]) ORDER BY r.claim_id, r.audit_seq DESC`;

export function pgPublications(db: Queryable): PublicationsRepository {
  const q = queries(db);
  return {
    find: (claimId) => q.one<PublicationRecord>(BY_CLAIM, [claimId]),
    findBySlug: (slug) => q.one<PublicationRecord>(BY_SLUG, [slug]),
    async slugTaken(slug) {
      return (await q.one(SLUG_TAKEN, [slug])) !== undefined;
    },
    async insert(p) {
      await q.run(INSERT, [p.claimId, p.slug, p.claimReviewed, p.firstPublishedAt, p.firstPublishedBy, p.updatedAt, p.unpublishedAt, p.unpublishedBy, p.unpublishReason]);
    },
    async update(p) {
      await q.run(UPDATE, [p.claimReviewed, p.updatedAt, p.unpublishedAt, p.unpublishedBy, p.unpublishReason, p.claimId]);
    },
    ratings: (claimId) => q.rows<PublishedRatingRecord>(RATINGS, [claimId]),
    async insertRating(r) {
      await q.run(INSERT_RATING, [
        r.id, r.claimId, r.verdict, r.label, r.ratingValue, r.bestRating, r.worstRating, r.rationale, r.reviewedBy, r.reviewedAt, r.publishedAt, r.publishedBy,
        r.auditSeq, r.auditHash,
      ]);
    },
    async list({ limit, before, includeWithdrawn, updatedSince }) {
      const where: string[] = [];
      const values: unknown[] = [];
      if (!includeWithdrawn) where.push('p.unpublished_at IS NULL');
      if (updatedSince) { values.push(updatedSince); where.push(`p.updated_at >= $${values.length}`); }
      if (before) {
        values.push(before.updatedAt, before.claimId);
        where.push(`(p.updated_at, p.claim_id) < ($${values.length - 1}, $${values.length})`);
      }
      values.push(limit + 1);
      const sql =
        `SELECT ${PUBLICATION_COLUMNS}, ${PREFIXED_RATING_COLUMNS} FROM publications p JOIN published_ratings r ON r.claim_id = p.claim_id ` +
        'AND r.audit_seq = (SELECT max(audit_seq) FROM published_ratings x WHERE x.claim_id = p.claim_id) ' +
        `${where.length ? `WHERE ${where.join(' AND ')} ` : ''}ORDER BY p.updated_at DESC, p.claim_id DESC LIMIT $${values.length}`;
      const rows = await q.rows<Record<string, unknown>>(sql, values);
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
      const rows = claimIds.length ? await q.rows<PublishedRatingRecord>(LATEST_MANY, [claimIds]) : [];
      return new Map(rows.map((r) => [r.claimId, r]));
    },
  };
}
