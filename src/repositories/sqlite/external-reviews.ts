// Imported reviews by other fact-checkers over SQLite.
import type Database from 'better-sqlite3';
import type { ExternalReviewRecord } from '../../domain/types.js';
import type { ExternalReviewChange, ExternalReviewsRepository } from '../types.js';
import { placeholders, setClause, statementCache } from './statements.js';

const COLUMNS =
  'id, claim_id AS claimId, url, canonical_url AS canonicalUrl, publisher_name AS publisherName, publisher_site AS publisherSite, ' +
  'publisher_url AS publisherUrl, title, claim_reviewed AS claimReviewed, rating_text AS ratingText, rating_value AS ratingValue, ' +
  'best_rating AS bestRating, worst_rating AS worstRating, date_published AS datePublished, language, content_sha256 AS contentSha256, ' +
  'created_at AS createdAt, created_by AS createdBy, updated_at AS updatedAt';

const COLUMN: Record<keyof ExternalReviewChange, string> = {
  url: 'url', publisherName: 'publisher_name', publisherSite: 'publisher_site', publisherUrl: 'publisher_url', title: 'title',
  claimReviewed: 'claim_reviewed', ratingText: 'rating_text', ratingValue: 'rating_value', bestRating: 'best_rating',
  worstRating: 'worst_rating', datePublished: 'date_published', language: 'language', contentSha256: 'content_sha256',
};
const FIELDS = Object.keys(COLUMN).sort() as Array<keyof ExternalReviewChange>;

const BY_URL = `SELECT ${COLUMNS} FROM external_reviews WHERE canonical_url = ?`;
const FOR_CLAIMS = `SELECT ${COLUMNS} FROM external_reviews WHERE claim_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, id`;
const INSERT =
  'INSERT INTO external_reviews (id, claim_id, url, canonical_url, publisher_name, publisher_site, publisher_url, title, claim_reviewed, ' +
  `rating_text, rating_value, best_rating, worst_rating, date_published, language, content_sha256, created_at, created_by, updated_at) VALUES (${placeholders(19)})`;
const UPDATE = `UPDATE external_reviews SET ${setClause(FIELDS, COLUMN)}, updated_at = ? WHERE id = ? RETURNING ${COLUMNS}`;

export function sqliteExternalReviews(db: Database.Database): ExternalReviewsRepository {
  const q = statementCache(db);
  return {
    async findByCanonicalUrl(url) {
      return q<[string], ExternalReviewRecord>(BY_URL).get(url);
    },
    async insert(r) {
      q(INSERT).run(
        r.id, r.claimId, r.url, r.canonicalUrl, r.publisherName, r.publisherSite, r.publisherUrl, r.title, r.claimReviewed,
        r.ratingText, r.ratingValue, r.bestRating, r.worstRating, r.datePublished, r.language, r.contentSha256, r.createdAt, r.createdBy, r.updatedAt,
      );
    },
    async update(id, change, at) {
      const row = q<unknown[], ExternalReviewRecord>(UPDATE).get(...FIELDS.map((f) => change[f]), at, id);
      if (!row) throw new Error(`external review ${id} vanished during an update`);
      return row;
    },
    async forClaims(ids) {
      if (ids.length === 0) return [];
      return q<[string], ExternalReviewRecord>(FOR_CLAIMS).all(JSON.stringify(ids));
    },
  };
}
