// Requests over SQLite. Demand reads (daily series, channels) are ranges of requests_claim_idx.
import type Database from 'better-sqlite3';
import type { RequestRecord } from '../../domain/types.js';
import type { DemandDay, RequestChange, RequestListFilter, RequestsRepository } from '../types.js';
import { placeholders, setClause, statementCache } from './statements.js';

const COLUMNS =
  'id, text, url, channel, language, requester_hash AS requesterHash, status, claim_id AS claimId, created_at AS createdAt, ' +
  'created_by AS createdBy, linked_at AS linkedAt, linked_by AS linkedBy, answered_at AS answeredAt';

const COLUMN: Record<string, string> = { status: 'status', claimId: 'claim_id', linkedAt: 'linked_at', linkedBy: 'linked_by', answeredAt: 'answered_at' };

const BY_ID = `SELECT ${COLUMNS} FROM requests WHERE id = ?`;
const INSERT =
  'INSERT INTO requests (id, text, url, channel, language, requester_hash, status, claim_id, created_at, created_by, linked_at, linked_by, answered_at) ' +
  `VALUES (${placeholders(13)})`;
const FOR_CLAIM = `SELECT ${COLUMNS} FROM requests WHERE claim_id = ? ORDER BY id`;
const UNANSWERED = `SELECT ${COLUMNS} FROM requests WHERE claim_id = ? AND status = 'linked' ORDER BY id`;
// substr(created_at, 1, 10): stored instants are toISOString(), so this is the UTC day.
const DAILY =
  'SELECT substr(created_at, 1, 10) AS date, count(*) AS requests, count(DISTINCT requester_hash) AS requesters ' +
  'FROM requests WHERE claim_id = ? GROUP BY date ORDER BY date';
const CHANNELS = 'SELECT channel, count(*) AS requests FROM requests WHERE claim_id = ? GROUP BY channel ORDER BY requests DESC, channel';

export function sqliteRequests(db: Database.Database): RequestsRepository {
  const q = statementCache(db);
  return {
    async find(id) {
      return q<[string], RequestRecord>(BY_ID).get(id);
    },
    async insert(r) {
      q(INSERT).run(r.id, r.text, r.url, r.channel, r.language, r.requesterHash, r.status, r.claimId, r.createdAt, r.createdBy, r.linkedAt, r.linkedBy, r.answeredAt);
    },
    async update(id, change: RequestChange) {
      const fields = Object.keys(change).filter((f) => (change as Record<string, unknown>)[f] !== undefined).sort();
      const sql = `UPDATE requests SET ${setClause(fields, COLUMN)} WHERE id = ? RETURNING ${COLUMNS}`;
      const row = q<unknown[], RequestRecord>(sql).get(...fields.map((f) => (change as Record<string, unknown>)[f]), id);
      if (!row) throw new Error(`update: no request ${id}`);
      return row;
    },
    async list(f: RequestListFilter) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (f.cursor) { where.push('id < ?'); params.push(f.cursor); }
      if (f.status) { where.push('status = ?'); params.push(f.status); }
      if (f.channel) { where.push('channel = ?'); params.push(f.channel); }
      if (f.claimId) { where.push('claim_id = ?'); params.push(f.claimId); }
      if (f.createdBy) { where.push('created_by = ?'); params.push(f.createdBy); }
      const sql = `SELECT ${COLUMNS} FROM requests${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
      return q<unknown[], RequestRecord>(sql).all(...params, f.limit + 1);
    },
    async forClaim(claimId) {
      return q<[string], RequestRecord>(FOR_CLAIM).all(claimId);
    },
    async unansweredForClaim(claimId) {
      return q<[string], RequestRecord>(UNANSWERED).all(claimId);
    },
    async dailyDemand(claimId) {
      return q<[string], DemandDay>(DAILY).all(claimId);
    },
    async channelDemand(claimId) {
      return q<[string], { channel: string; requests: number }>(CHANNELS).all(claimId);
    },
  };
}
