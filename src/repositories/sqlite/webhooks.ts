// Webhook subscriptions, their outbox messages and the delivery log, over SQLite.
import type Database from 'better-sqlite3';
import type { WebhookAttemptRecord, WebhookMessageRecord, WebhookRecord } from '../../domain/types.js';
import type { WebhooksRepository } from '../types.js';
import { placeholders, setClause, statementCache } from './statements.js';

const WEBHOOK_COLUMNS =
  'id, url, description, event_types AS eventTypes, filter, enabled, disabled_reason AS disabledReason, disabled_at AS disabledAt, ' +
  'secret_encrypted AS secretEncrypted, previous_secret_encrypted AS previousSecretEncrypted, previous_secret_expires_at AS previousSecretExpiresAt, ' +
  'version, created_at AS createdAt, created_by AS createdBy, updated_at AS updatedAt';
const MESSAGE_COLUMNS =
  'id, webhook_id AS webhookId, seq, event_type AS eventType, payload, state, attempts, next_attempt_at AS nextAttemptAt, ' +
  'last_attempt_at AS lastAttemptAt, last_status AS lastStatus, last_error AS lastError, failing_since AS failingSince, created_at AS createdAt, delivered_at AS deliveredAt';
const ATTEMPT_COLUMNS = 'id, message_id AS messageId, webhook_id AS webhookId, at, status_code AS statusCode, latency_ms AS latencyMs, error';

const WEBHOOK_FIELDS: Record<string, string> = {
  url: 'url', description: 'description', eventTypes: 'event_types', filter: 'filter', enabled: 'enabled', disabledReason: 'disabled_reason',
  disabledAt: 'disabled_at', secretEncrypted: 'secret_encrypted', previousSecretEncrypted: 'previous_secret_encrypted',
  previousSecretExpiresAt: 'previous_secret_expires_at',
};

const BY_ID = `SELECT ${WEBHOOK_COLUMNS} FROM webhooks WHERE id = ?`;
const INSERT = `INSERT INTO webhooks (id, url, description, event_types, filter, enabled, disabled_reason, disabled_at, secret_encrypted,
  previous_secret_encrypted, previous_secret_expires_at, version, created_at, created_by, updated_at) VALUES (${placeholders(15)})`;
const DELETE_ATTEMPTS = 'DELETE FROM webhook_attempts WHERE webhook_id = ?';
const DELETE_MESSAGES = 'DELETE FROM webhook_messages WHERE webhook_id = ?';
const DELETE = 'DELETE FROM webhooks WHERE id = ?';
const ENABLED = `SELECT ${WEBHOOK_COLUMNS} FROM webhooks WHERE enabled = 1 ORDER BY id`;
const INSERT_MESSAGE = `INSERT INTO webhook_messages (id, webhook_id, seq, event_type, payload, state, attempts, next_attempt_at, last_attempt_at,
  last_status, last_error, failing_since, created_at, delivered_at) VALUES (${placeholders(14)})`;
const MESSAGE = `SELECT ${MESSAGE_COLUMNS} FROM webhook_messages WHERE webhook_id = ? AND id = ?`;
// Only under the worker's lease: an attempt whose message was requeued meanwhile (or whose lease ran out
// and was taken again) leaves the message as the requeue or the new attempt left it.
const RECORD = `UPDATE webhook_messages SET state = ?, attempts = attempts + 1, next_attempt_at = ?, last_attempt_at = ?, last_status = ?,
  last_error = ?, failing_since = ?, delivered_at = ?, lease_token = NULL WHERE id = ? AND lease_token = ? AND state = 'pending' RETURNING ${MESSAGE_COLUMNS}`;
const RELEASE = "UPDATE webhook_messages SET next_attempt_at = ?, lease_token = NULL WHERE id = ? AND lease_token = ? AND state = 'pending'";
const RELEASE_ALL = "UPDATE webhook_messages SET next_attempt_at = ?, lease_token = NULL WHERE lease_token IS NOT NULL AND state = 'pending'";
const INSERT_ATTEMPT = 'INSERT INTO webhook_attempts (message_id, webhook_id, at, status_code, latency_ms, error) VALUES (?, ?, ?, ?, ?, ?)';
const REQUEUE = `UPDATE webhook_messages SET state = 'pending', next_attempt_at = ?, failing_since = NULL, lease_token = NULL WHERE id = ? RETURNING ${MESSAGE_COLUMNS}`;
const COUNT_BY_STATE = 'SELECT state, count(*) AS n FROM webhook_messages WHERE webhook_id = ? GROUP BY state';

// Per enabled subscription, its pending message with the lowest seq: order per subscription is kept by
// never looking past it. The queue index (webhook_id, state, seq) makes each head one index seek.
const HEADS_FROM = `FROM webhooks w
  JOIN webhook_messages m ON m.id = (SELECT id FROM webhook_messages WHERE webhook_id = w.id AND state = 'pending' ORDER BY seq, id LIMIT 1)
  WHERE w.enabled = 1`;

type WebhookRow = Omit<WebhookRecord, 'eventTypes' | 'filter' | 'enabled'> & { eventTypes: string; filter: string; enabled: number };

const toWebhook = (r: WebhookRow | undefined): WebhookRecord | undefined =>
  r && { ...r, eventTypes: JSON.parse(r.eventTypes), filter: JSON.parse(r.filter), enabled: r.enabled === 1 };

const bind = (field: string, value: unknown) =>
  field === 'eventTypes' || field === 'filter' ? JSON.stringify(value) : field === 'enabled' ? (value ? 1 : 0) : value;

export function sqliteWebhooks(db: Database.Database): WebhooksRepository {
  const q = statementCache(db);
  const notBusy = (busy: readonly string[]) => (busy.length ? ` AND w.id NOT IN (${placeholders(busy.length)})` : '');
  return {
    async find(id) {
      return toWebhook(q<[string], WebhookRow>(BY_ID).get(id));
    },
    async insert(w) {
      q(INSERT).run(
        w.id, w.url, w.description, JSON.stringify(w.eventTypes), JSON.stringify(w.filter), w.enabled ? 1 : 0, w.disabledReason, w.disabledAt,
        w.secretEncrypted, w.previousSecretEncrypted, w.previousSecretExpiresAt, w.version, w.createdAt, w.createdBy, w.updatedAt,
      );
    },
    async update(id, change, at) {
      const fields = Object.keys(change).filter((f) => (change as Record<string, unknown>)[f] !== undefined);
      const sets = fields.length ? `${setClause(fields, WEBHOOK_FIELDS)}, ` : '';
      const sql = `UPDATE webhooks SET ${sets}version = version + 1, updated_at = ? WHERE id = ? RETURNING ${WEBHOOK_COLUMNS}`;
      const values = fields.map((f) => bind(f, (change as Record<string, unknown>)[f]));
      return toWebhook(q<unknown[], WebhookRow>(sql).get(...values, at, id))!;
    },
    async delete(id) {
      q(DELETE_ATTEMPTS).run(id);
      q(DELETE_MESSAGES).run(id);
      q(DELETE).run(id);
    },
    async list({ limit, cursor }) {
      const sql = `SELECT ${WEBHOOK_COLUMNS} FROM webhooks${cursor ? ' WHERE id < ?' : ''} ORDER BY id DESC LIMIT ?`;
      return q<unknown[], WebhookRow>(sql).all(...(cursor ? [cursor] : []), limit).map((r) => toWebhook(r)!);
    },
    async enabled() {
      return q<[], WebhookRow>(ENABLED).all().map((r) => toWebhook(r)!);
    },
    async insertMessage(m) {
      q(INSERT_MESSAGE).run(m.id, m.webhookId, m.seq, m.eventType, m.payload, m.state, m.attempts, m.nextAttemptAt, m.lastAttemptAt, m.lastStatus, m.lastError, m.failingSince, m.createdAt, m.deliveredAt);
    },
    async findMessage(webhookId, id) {
      return q<[string, string], WebhookMessageRecord>(MESSAGE).get(webhookId, id);
    },
    async listMessages(webhookId, { limit, cursor }) {
      const sql = `SELECT ${MESSAGE_COLUMNS} FROM webhook_messages WHERE webhook_id = ?${cursor ? ' AND id < ?' : ''} ORDER BY id DESC LIMIT ?`;
      return q<unknown[], WebhookMessageRecord>(sql).all(webhookId, ...(cursor ? [cursor] : []), limit);
    },
    async claimDue(now, busy, limit, lease) {
      // One statement on the one writer: nothing can take the same heads in between.
      const sql = `UPDATE webhook_messages SET next_attempt_at = ?, lease_token = ? WHERE id IN (
        SELECT m.id ${HEADS_FROM}${notBusy(busy)} AND m.next_attempt_at <= ? ORDER BY m.next_attempt_at LIMIT ?) RETURNING ${MESSAGE_COLUMNS}`;
      return q<unknown[], WebhookMessageRecord>(sql).all(lease.until, lease.token, ...busy, now, limit);
    },
    async nextDueAt(busy) {
      const sql = `SELECT min(m.next_attempt_at) AS at ${HEADS_FROM}${notBusy(busy)}`;
      return q<unknown[], { at: string | null }>(sql).get(...busy)?.at ?? undefined;
    },
    async recordAttempt(m, o, latencyMs, leaseToken) {
      q(INSERT_ATTEMPT).run(m.id, m.webhookId, o.at, o.statusCode, latencyMs, o.error);
      return q<unknown[], WebhookMessageRecord>(RECORD).get(o.state, o.nextAttemptAt, o.at, o.statusCode, o.error, o.failingSince, o.deliveredAt, m.id, leaseToken);
    },
    async releaseLease(id, leaseToken, at) {
      q(RELEASE).run(at, id, leaseToken);
    },
    async releaseAllLeases(at) {
      q(RELEASE_ALL).run(at);
    },
    async requeue(id, at) {
      return q<[string, string], WebhookMessageRecord>(REQUEUE).get(at, id)!;
    },
    async attemptsFor(ids) {
      if (!ids.length) return [];
      return q<unknown[], WebhookAttemptRecord>(`SELECT ${ATTEMPT_COLUMNS} FROM webhook_attempts WHERE message_id IN (${placeholders(ids.length)}) ORDER BY id`).all(...ids);
    },
    async countByState(webhookId) {
      return q<[string], { state: WebhookMessageRecord['state']; n: number }>(COUNT_BY_STATE).all(webhookId);
    },
  };
}
