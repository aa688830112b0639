// Webhook subscriptions, their outbox messages and the delivery log, over PostgreSQL. The outbox rows are
// written by the unit of work's beforeCommit hook on the unit's own client (storage.ts), so they commit or
// roll back with the change that made the event, as on SQLite.
import type { WebhookAttemptRecord, WebhookMessageRecord, WebhookRecord } from '../../domain/types.js';
import type { WebhooksRepository } from '../types.js';
import { columns, params, queries, setClause, type Queryable } from './query.js';

const WEBHOOK_FIELDS: Record<string, string> = {
  id: 'id', url: 'url', description: 'description', eventTypes: 'event_types', filter: 'filter', enabled: 'enabled', disabledReason: 'disabled_reason',
  disabledAt: 'disabled_at', secretEncrypted: 'secret_encrypted', previousSecretEncrypted: 'previous_secret_encrypted',
  previousSecretExpiresAt: 'previous_secret_expires_at', version: 'version', createdAt: 'created_at', createdBy: 'created_by', updatedAt: 'updated_at',
};
const MESSAGE_FIELDS: Record<string, string> = {
  id: 'id', webhookId: 'webhook_id', seq: 'seq', eventType: 'event_type', payload: 'payload', state: 'state', attempts: 'attempts',
  nextAttemptAt: 'next_attempt_at', lastAttemptAt: 'last_attempt_at', lastStatus: 'last_status', lastError: 'last_error',
  failingSince: 'failing_since', createdAt: 'created_at', deliveredAt: 'delivered_at',
};
const ATTEMPT_FIELDS: Record<string, string> = {
  id: 'id', messageId: 'message_id', webhookId: 'webhook_id', at: 'at', statusCode: 'status_code', latencyMs: 'latency_ms', error: 'error',
};
const WEBHOOK_COLUMNS = columns(WEBHOOK_FIELDS);
const MESSAGE_COLUMNS = columns(MESSAGE_FIELDS);
const ATTEMPT_COLUMNS = columns(ATTEMPT_FIELDS);
const { id: _id, version: _v, createdAt: _c, createdBy: _cb, updatedAt: _u, ...CHANGEABLE } = WEBHOOK_FIELDS;
// event_types and filter are json columns: node-postgres parses them on read; written as JSON text.
const JSON_FIELDS = new Set(['eventTypes', 'filter']);

const BY_ID = `SELECT ${WEBHOOK_COLUMNS} FROM webhooks WHERE id = $1`;
const INSERT = `INSERT INTO webhooks (id, url, description, event_types, filter, enabled, disabled_reason, disabled_at, secret_encrypted,
  previous_secret_encrypted, previous_secret_expires_at, version, created_at, created_by, updated_at) VALUES (${params(15)})`;
const DELETE_ATTEMPTS = 'DELETE FROM webhook_attempts WHERE webhook_id = $1';
const DELETE_MESSAGES = 'DELETE FROM webhook_messages WHERE webhook_id = $1';
const DELETE = 'DELETE FROM webhooks WHERE id = $1';
const ENABLED = `SELECT ${WEBHOOK_COLUMNS} FROM webhooks WHERE enabled ORDER BY id`;
const INSERT_MESSAGE = `INSERT INTO webhook_messages (id, webhook_id, seq, event_type, payload, state, attempts, next_attempt_at, last_attempt_at,
  last_status, last_error, failing_since, created_at, delivered_at) VALUES (${params(14)})`;
const MESSAGE = `SELECT ${MESSAGE_COLUMNS} FROM webhook_messages WHERE webhook_id = $1 AND id = $2`;
// Only under the worker's lease: a worker whose lease ran out (another took the message) or was ended by a
// requeue leaves the message as that worker or the requeue left it.
const RECORD = `UPDATE webhook_messages SET state = $1, attempts = attempts + 1, next_attempt_at = $2, last_attempt_at = $3, last_status = $4,
  last_error = $5, failing_since = $6, delivered_at = $7, lease_token = NULL WHERE id = $8 AND lease_token = $9 AND state = 'pending'
  RETURNING ${MESSAGE_COLUMNS}`;
const RELEASE = "UPDATE webhook_messages SET next_attempt_at = $1, lease_token = NULL WHERE id = $2 AND lease_token = $3 AND state = 'pending'";
const RELEASE_ALL = "UPDATE webhook_messages SET next_attempt_at = $1, lease_token = NULL WHERE lease_token IS NOT NULL AND state = 'pending'";
const INSERT_ATTEMPT = 'INSERT INTO webhook_attempts (message_id, webhook_id, at, status_code, latency_ms, error) VALUES ($1, $2, $3, $4, $5, $6)';
const REQUEUE = `UPDATE webhook_messages SET state = 'pending', next_attempt_at = $1, failing_since = NULL, lease_token = NULL WHERE id = $2 RETURNING ${MESSAGE_COLUMNS}`;
const COUNT_BY_STATE = 'SELECT state, count(*)::int AS n FROM webhook_messages WHERE webhook_id = $1 GROUP BY state';
const ATTEMPTS_FOR = `SELECT ${ATTEMPT_COLUMNS} FROM webhook_attempts WHERE message_id = ANY($1::text[]) ORDER BY id`;

// Per enabled subscription, its pending message with the lowest seq: order per subscription is kept by
// never looking past it. The queue index (webhook_id, state, seq) makes each head one index seek.
// `busy` is bound as one text[] parameter ($1), so the statement text (and its prepared plan) is the same
// however many subscriptions are busy.
const HEADS_FROM = `FROM webhooks w
  JOIN webhook_messages m ON m.id = (SELECT id FROM webhook_messages WHERE webhook_id = w.id AND state = 'pending' ORDER BY seq, id LIMIT 1)
  WHERE w.enabled AND NOT (w.id = ANY($1::text[]))`;
// The claim: the due heads are locked FOR UPDATE SKIP LOCKED, so two instances claiming at once split them
// instead of both taking one (or one waiting for the other), and leased in the same statement. A head
// another instance leased and committed meanwhile fails the UPDATE's own recheck of the row (its
// next_attempt_at is now the lease's end), so it is not taken twice either.
const CLAIM = `WITH due AS (
    SELECT m.id ${HEADS_FROM} AND m.next_attempt_at <= $2 ORDER BY m.next_attempt_at LIMIT $3 FOR UPDATE OF m SKIP LOCKED
  )
  UPDATE webhook_messages u SET next_attempt_at = $4, lease_token = $5 FROM due
  WHERE u.id = due.id AND u.state = 'pending' AND u.next_attempt_at <= $2
  RETURNING ${columns(MESSAGE_FIELDS, 'u.')}`;
const NEXT_DUE = `SELECT min(m.next_attempt_at) AS at ${HEADS_FROM}`;

const bind = (field: string, value: unknown) => (JSON_FIELDS.has(field) ? JSON.stringify(value) : value);

export function pgWebhooks(db: Queryable): WebhooksRepository {
  const q = queries(db);
  return {
    find: (id) => q.one<WebhookRecord>(BY_ID, [id]),
    async insert(w) {
      await q.run(INSERT, [
        w.id, w.url, w.description, JSON.stringify(w.eventTypes), JSON.stringify(w.filter), w.enabled, w.disabledReason, w.disabledAt,
        w.secretEncrypted, w.previousSecretEncrypted, w.previousSecretExpiresAt, w.version, w.createdAt, w.createdBy, w.updatedAt,
      ]);
    },
    async update(id, change, at) {
      const fields = Object.keys(change).filter((f) => (change as Record<string, unknown>)[f] !== undefined).sort();
      const n = fields.length;
      const sets = n ? `${setClause(fields, CHANGEABLE)}, ` : '';
      const sql = `UPDATE webhooks SET ${sets}version = version + 1, updated_at = $${n + 1} WHERE id = $${n + 2} RETURNING ${WEBHOOK_COLUMNS}`;
      const row = await q.one<WebhookRecord>(sql, [...fields.map((f) => bind(f, (change as Record<string, unknown>)[f])), at, id]);
      if (!row) throw new Error(`update: no webhook ${id}`);
      return row;
    },
    async delete(id) {
      await q.run(DELETE_ATTEMPTS, [id]);
      await q.run(DELETE_MESSAGES, [id]);
      await q.run(DELETE, [id]);
    },
    async list({ limit, cursor }) {
      const sql = cursor
        ? `SELECT ${WEBHOOK_COLUMNS} FROM webhooks WHERE id < $1 ORDER BY id DESC LIMIT $2`
        : `SELECT ${WEBHOOK_COLUMNS} FROM webhooks ORDER BY id DESC LIMIT $1`;
      return q.rows<WebhookRecord>(sql, cursor ? [cursor, limit] : [limit]);
    },
    enabled: () => q.rows<WebhookRecord>(ENABLED),
    async insertMessage(m) {
      await q.run(INSERT_MESSAGE, [
        m.id, m.webhookId, m.seq, m.eventType, m.payload, m.state, m.attempts, m.nextAttemptAt, m.lastAttemptAt, m.lastStatus, m.lastError,
        m.failingSince, m.createdAt, m.deliveredAt,
      ]);
    },
    findMessage: (webhookId, id) => q.one<WebhookMessageRecord>(MESSAGE, [webhookId, id]),
    async listMessages(webhookId, { limit, cursor }) {
      const sql = cursor
        ? `SELECT ${MESSAGE_COLUMNS} FROM webhook_messages WHERE webhook_id = $1 AND id < $2 ORDER BY id DESC LIMIT $3`
        : `SELECT ${MESSAGE_COLUMNS} FROM webhook_messages WHERE webhook_id = $1 ORDER BY id DESC LIMIT $2`;
      return q.rows<WebhookMessageRecord>(sql, cursor ? [webhookId, cursor, limit] : [webhookId, limit]);
    },
    claimDue: (now, busy, limit, lease) => q.rows<WebhookMessageRecord>(CLAIM, [busy, now, limit, lease.until, lease.token]),
    async nextDueAt(busy) {
      return (await q.one<{ at: string | null }>(NEXT_DUE, [busy]))?.at ?? undefined;
    },
    async recordAttempt(m, o, latencyMs, leaseToken) {
      await q.run(INSERT_ATTEMPT, [m.id, m.webhookId, o.at, o.statusCode, latencyMs, o.error]);
      return q.one<WebhookMessageRecord>(RECORD, [o.state, o.nextAttemptAt, o.at, o.statusCode, o.error, o.failingSince, o.deliveredAt, m.id, leaseToken]);
    },
    async releaseLease(id, leaseToken, at) {
      await q.run(RELEASE, [at, id, leaseToken]);
    },
    async releaseAllLeases(at) {
      await q.run(RELEASE_ALL, [at]);
    },
    async requeue(id, at) {
      return (await q.one<WebhookMessageRecord>(REQUEUE, [at, id]))!;
    },
    async attemptsFor(ids) {
      if (!ids.length) return [];
      return q.rows<WebhookAttemptRecord>(ATTEMPTS_FOR, [ids]);
    },
    countByState: (webhookId) => q.rows<{ state: WebhookMessageRecord['state']; n: number }>(COUNT_BY_STATE, [webhookId]),
  };
}
