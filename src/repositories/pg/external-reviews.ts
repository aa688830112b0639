// Imported reviews by other fact-checkers over PostgreSQL.
import type { ExternalReviewRecord } from '../../domain/types.js';
import type { ExternalReviewChange, ExternalReviewsRepository } from '../types.js';
import { columns, params, queries, setClause, type Queryable } from './query.js';

const COLUMN: Record<keyof ExternalReviewChange, string> = {
  url: 'url', publisherName: 'publisher_name', publisherSite: 'publisher_site', publisherUrl: 'publisher_url', title: 'title',
  claimReviewed: 'claim_reviewed', ratingText: 'rating_text', ratingValue: 'rating_value', bestRating: 'best_rating',
  worstRating: 'worst_rating', datePublished: 'date_published', language: 'language', contentSha256: 'content_sha256',
};
const FIELDS = Object.keys(COLUMN).sort() as Array<keyof ExternalReviewChange>;
const COLUMNS = columns({
  id: 'id', claimId: 'claim_id', canonicalUrl: 'canonical_url', ...COLUMN, createdAt: 'created_at', createdBy: 'created_by', updatedAt: 'updated_at',
});

const BY_URL = `SELECT ${COLUMNS} FROM external_reviews WHERE canonical_url = $1`;
const FOR_CLAIMS = `SELECT ${COLUMNS} FROM external_reviews WHERE claim_id = ANY($1::text[]) ORDER BY created_at, id`;
const INSERT =
  'INSERT INTO external_reviews (id, claim_id, url, canonical_url, publisher_name, publisher_site, publisher_url, title, claim_reviewed, ' +
  `rating_text, rating_value, best_rating, worst_rating, date_published, language, content_sha256, created_at, created_by, updated_at) VALUES (${params(19)})`;
const UPDATE =
  `UPDATE external_reviews SET ${setClause(FIELDS, COLUMN)}, updated_at = $${FIELDS.length + 1} WHERE id = $${FIELDS.length + 2} RETURNING ${COLUMNS}`;

export function pgExternalReviews(db: Queryable): ExternalReviewsRepository {
  const q = queries(db);
  return {
    findByCanonicalUrl: (url) => q.one<ExternalReviewRecord>(BY_URL, [url]),
    async insert(r) {
      await q.run(INSERT, [
        r.id, r.claimId, r.url, r.canonicalUrl, r.publisherName, r.publisherSite, r.publisherUrl, r.title, r.claimReviewed,
        r.ratingText, r.ratingValue, r.bestRating, r.worstRating, r.datePublished, r.language, r.contentSha256, r.createdAt, r.createdBy, r.updatedAt,
      ]);
    },
    async update(id, change, at) {
      const row = await q.one<ExternalReviewRecord>(UPDATE, [...FIELDS.map((f) => change[f]), at, id]);
      if (!row) throw new Error(`external review ${id} vanished during an update`);
      return row;
    },
    async forClaims(ids) {
      if (ids.length === 0) return [];
      return q.rows<ExternalReviewRecord>(FOR_CLAIMS, [ids]);
    },
  };
}
