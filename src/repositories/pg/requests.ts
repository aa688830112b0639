// Requests over PostgreSQL. Demand reads (daily series, channels) are ranges of requests_claim_idx.
import type { RequestRecord } from '../../domain/types.js';
import type { DemandDay, RequestChange, RequestListFilter, RequestsRepository } from '../types.js';
import { columns, params, queries, setClause, type Queryable } from './query.js';

const FIELDS: Record<string, string> = {
  id: 'id', text: 'text', url: 'url', channel: 'channel', language: 'language', requesterHash: 'requester_hash', status: 'status',
  claimId: 'claim_id', createdAt: 'created_at', createdBy: 'created_by', linkedAt: 'linked_at', linkedBy: 'linked_by', answeredAt: 'answered_at',
};
const COLUMNS = columns(FIELDS);
const CHANGEABLE: Record<string, string> = { status: 'status', claimId: 'claim_id', linkedAt: 'linked_at', linkedBy: 'linked_by', answeredAt: 'answered_at' };

const BY_ID = `SELECT ${COLUMNS} FROM requests WHERE id = $1`;
const INSERT =
  'INSERT INTO requests (id, text, url, channel, language, requester_hash, status, claim_id, created_at, created_by, linked_at, linked_by, answered_at) ' +
  `VALUES (${params(13)})`;
const FOR_CLAIM = `SELECT ${COLUMNS} FROM requests WHERE claim_id = $1 ORDER BY id`;
const UNANSWERED = `SELECT ${COLUMNS} FROM requests WHERE claim_id = $1 AND status = 'linked' ORDER BY id`;
// substr(created_at, 1, 10): stored instants are toISOString(), so this is the UTC day. Counts are bigint
// in PostgreSQL (strings in node-postgres): cast to int, as SQLite returns numbers.
const DAILY =
  'SELECT substr(created_at, 1, 10) AS date, count(*)::int AS requests, count(DISTINCT requester_hash)::int AS requesters ' +
  'FROM requests WHERE claim_id = $1 GROUP BY 1 ORDER BY 1';
const CHANNELS = 'SELECT channel, count(*)::int AS requests FROM requests WHERE claim_id = $1 GROUP BY channel ORDER BY requests DESC, channel';

export function pgRequests(db: Queryable): RequestsRepository {
  const q = queries(db);
  return {
    find: (id) => q.one<RequestRecord>(BY_ID, [id]),
    async insert(r) {
      await q.run(INSERT, [r.id, r.text, r.url, r.channel, r.language, r.requesterHash, r.status, r.claimId, r.createdAt, r.createdBy, r.linkedAt, r.linkedBy, r.answeredAt]);
    },
    async update(id, change: RequestChange) {
      const fields = Object.keys(change).filter((f) => (change as Record<string, unknown>)[f] !== undefined).sort();
      const n = fields.length;
      const sql = `UPDATE requests SET ${setClause(fields, CHANGEABLE)} WHERE id = $${n + 1} RETURNING ${COLUMNS}`;
      const row = await q.one<RequestRecord>(sql, [...fields.map((f) => (change as Record<string, unknown>)[f]), id]);
      if (!row) throw new Error(`update: no request ${id}`);
      return row;
    },
    async list(f: RequestListFilter) {
      const where: string[] = [];
      const values: unknown[] = [];
      const add = (column: string, op: string, v: unknown) => { values.push(v); where.push(`${column} ${op} $${values.length}`); };
      if (f.cursor) add('id', '<', f.cursor);
      if (f.status) add('status', '=', f.status);
      if (f.channel) add('channel', '=', f.channel);
      if (f.claimId) add('claim_id', '=', f.claimId);
      if (f.createdBy) add('created_by', '=', f.createdBy);
      values.push(f.limit + 1);
      const sql = `SELECT ${COLUMNS} FROM requests${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${values.length}`;
      return q.rows<RequestRecord>(sql, values);
    },
    forClaim: (claimId) => q.rows<RequestRecord>(FOR_CLAIM, [claimId]),
    unansweredForClaim: (claimId) => q.rows<RequestRecord>(UNANSWERED, [claimId]),
    dailyDemand: (claimId) => q.rows<DemandDay>(DAILY, [claimId]),
    channelDemand: (claimId) => q.rows<{ channel: string; requests: number }>(CHANNELS, [claimId]),
  };
}
