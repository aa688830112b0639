// Webhook subscriptions (admin): create with a secret shown once, update, enable and disable, delete, rotate
// the secret with an overlap, read the delivery log and redeliver. Every change is an audit event. The outbox
// (outbox.ts) and the delivery worker (delivery.ts) are wired here over the storage's transaction hooks.
import type { KeyObject } from 'node:crypto';
import type { Config } from '../../config.js';
import { EMPTY_FILTER } from '../../domain/webhooks.js';
import type { WebhookAttemptRecord, WebhookEventType, WebhookFilterJson, WebhookMessageRecord, WebhookRecord } from '../../domain/types.js';
import { AppError } from '../../errors.js';
import { newId } from '../../lib/ids.js';
import type { Storage, WebhookChange } from '../../repositories/types.js';
import { SYSTEM_ACTOR_ID } from '../api-keys.js';
import { appendAuditEvent, diff } from '../audit-log.js';
import { AddressRefusedError, addressGuard } from './address-guard.js';
import { createDeliveryWorker } from './delivery.js';
import { createOutbox } from './outbox.js';
import { deriveSealingKey, newWebhookSecret, secretBox } from './secrets.js';

const AUDITED_FIELDS = ['url', 'description', 'eventTypes', 'filter', 'enabled', 'disabledReason'] as const;

export interface WebhookInput {
  url: string;
  description?: string | null;
  eventTypes: WebhookEventType[];
  filter?: Partial<WebhookFilterJson>;
}

export interface WebhookUpdate {
  url?: string;
  description?: string | null;
  eventTypes?: WebhookEventType[];
  filter?: Partial<WebhookFilterJson>;
  enabled?: boolean;
  reason?: string | null;
}

export type WebhookDelivery = WebhookMessageRecord & { log: WebhookAttemptRecord[] };

interface Logger {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

const silent: Logger = { warn: () => undefined, info: () => undefined };

export function createWebhooks(storage: Storage, config: Config, auditSigningKey: KeyObject) {
  const box = secretBox(deriveSealingKey(config.webhooks.secretsKey, auditSigningKey));
  const guard = addressGuard(config.webhooks.allowedAddresses);
  const outbox = createOutbox(config);
  let log: Logger = silent;
  const worker = createDeliveryWorker({
    storage, box, guard, settings: config.webhooks, systemActorId: SYSTEM_ACTOR_ID,
    log: { warn: (o, m) => log.warn(o, m), info: (o, m) => log.info(o, m) },
  });
  storage.addTransactionHooks({
    beforeCommit: (repos, appended) => outbox.beforeCommit(repos, appended),
    afterCommit: () => {
      if (outbox.takeWritten()) worker.wake();
    },
  });

  const normalizeFilter = (f: Partial<WebhookFilterJson> | undefined): WebhookFilterJson => ({ ...EMPTY_FILTER, ...f });

  /** Refuses URLs that are not http(s), carry credentials, or name (or resolve to) an address that is refused. */
  async function checkUrl(raw: string): Promise<string> {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new AppError('WEBHOOK_URL_REFUSED', `${raw} is not a URL.`, {}, [{ path: 'body.url', message: 'Not a URL' }]);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new AppError('WEBHOOK_URL_REFUSED', 'A webhook URL must be http or https.', {}, [{ path: 'body.url', message: 'Must be http(s)' }]);
    }
    if (url.username || url.password) {
      throw new AppError('WEBHOOK_URL_REFUSED', 'A webhook URL may not carry a user name or password; the signature authenticates the sender.', {}, [{ path: 'body.url', message: 'No credentials in the URL' }]);
    }
    try {
      await guard.check(url.hostname);
    } catch (err) {
      if (err instanceof AddressRefusedError) throw new AppError('WEBHOOK_URL_REFUSED', `${err.message}.`, {}, [{ path: 'body.url', message: 'Refused address' }]);
      // A name that does not resolve yet is accepted: it is checked again, on its resolved address, at every delivery.
    }
    return url.toString();
  }

  async function mustFind(id: string): Promise<WebhookRecord> {
    const w = await storage.read.webhooks.find(id);
    if (!w) throw new AppError('WEBHOOK_NOT_FOUND', `There is no webhook subscription ${id}.`);
    return w;
  }

  return {
    worker,
    /** Lets the app's logger report delivery problems. */
    setLogger(l: Logger) {
      log = l;
    },

    async create(actorId: string, input: WebhookInput): Promise<{ webhook: WebhookRecord; secret: string }> {
      const url = await checkUrl(input.url);
      const secret = newWebhookSecret();
      const now = new Date().toISOString();
      const id = newId('whk');
      const webhook: WebhookRecord = {
        id, url, description: input.description ?? null, eventTypes: [...new Set(input.eventTypes)], filter: normalizeFilter(input.filter), enabled: true,
        disabledReason: null, disabledAt: null, secretEncrypted: box.seal(id, secret), previousSecretEncrypted: null, previousSecretExpiresAt: null,
        version: 1, createdAt: now, createdBy: actorId, updatedAt: now,
      };
      await storage.withTransaction(async (r) => {
        await r.webhooks.insert(webhook);
        await appendAuditEvent(r.audit, { actorId, action: 'webhook.created', at: now, entity: { type: 'webhook', id }, changes: diff(null, webhook, AUDITED_FIELDS) });
      });
      return { webhook, secret };
    },

    get: mustFind,

    list(options: { limit: number; cursor?: string }) {
      return storage.read.webhooks.list(options);
    },

    async counts(id: string) {
      const rows = await storage.read.webhooks.countByState(id);
      const counts = { pending: 0, delivered: 0, failed: 0 };
      for (const r of rows) counts[r.state] = r.n;
      return counts;
    },

    async update(actorId: string, id: string, input: WebhookUpdate): Promise<WebhookRecord> {
      const url = input.url === undefined ? undefined : await checkUrl(input.url);
      const now = new Date().toISOString();
      const updated = await storage.withTransaction(async (r) => {
        const before = await r.webhooks.find(id);
        if (!before) throw new AppError('WEBHOOK_NOT_FOUND', `There is no webhook subscription ${id}.`);
        const change: WebhookChange = {};
        if (url !== undefined) change.url = url;
        if (input.description !== undefined) change.description = input.description;
        if (input.eventTypes !== undefined) change.eventTypes = [...new Set(input.eventTypes)];
        if (input.filter !== undefined) change.filter = normalizeFilter(input.filter);
        if (input.enabled !== undefined && input.enabled !== before.enabled) {
          change.enabled = input.enabled;
          change.disabledReason = input.enabled ? null : (input.reason ?? 'Disabled by an administrator.');
          change.disabledAt = input.enabled ? null : now;
        }
        const after = await r.webhooks.update(id, change, now);
        const changes = diff(before, after, AUDITED_FIELDS);
        if (Object.keys(changes).length) {
          await appendAuditEvent(r.audit, { actorId, action: 'webhook.updated', at: now, entity: { type: 'webhook', id }, changes, reason: input.reason ?? null });
        }
        return after;
      });
      if (updated.enabled) worker.wake();
      return updated;
    },

    async delete(actorId: string, id: string): Promise<void> {
      const now = new Date().toISOString();
      await storage.withTransaction(async (r) => {
        const before = await r.webhooks.find(id);
        if (!before) throw new AppError('WEBHOOK_NOT_FOUND', `There is no webhook subscription ${id}.`);
        await r.webhooks.delete(id);
        await appendAuditEvent(r.audit, { actorId, action: 'webhook.deleted', at: now, entity: { type: 'webhook', id }, changes: { url: { from: before.url, to: null } } });
      });
    },

    /**
     * A new secret, shown once. The old one keeps signing beside it (two v1 signatures in one header) for
     * `overlapMs`, so receivers can switch over without losing a delivery.
     */
    async rotateSecret(actorId: string, id: string, overlapMs: number = config.webhooks.secretOverlapMs): Promise<{ webhook: WebhookRecord; secret: string }> {
      const secret = newWebhookSecret();
      const now = new Date();
      const webhook = await storage.withTransaction(async (r) => {
        const before = await r.webhooks.find(id);
        if (!before) throw new AppError('WEBHOOK_NOT_FOUND', `There is no webhook subscription ${id}.`);
        const expires = overlapMs > 0 ? new Date(now.getTime() + overlapMs).toISOString() : null;
        const after = await r.webhooks.update(id, {
          secretEncrypted: box.seal(id, secret), previousSecretEncrypted: expires ? before.secretEncrypted : null, previousSecretExpiresAt: expires,
        }, now.toISOString());
        await appendAuditEvent(r.audit, {
          actorId, action: 'webhook.secret_rotated', at: now.toISOString(), entity: { type: 'webhook', id },
          changes: { previousSecretExpiresAt: { from: before.previousSecretExpiresAt, to: expires } },
        });
        return after;
      });
      return { webhook, secret };
    },

    /** The delivery log: messages newest first (limit + 1), each with its attempts. */
    async deliveries(id: string, options: { limit: number; cursor?: string }): Promise<WebhookDelivery[]> {
      await mustFind(id);
      const messages = await storage.read.webhooks.listMessages(id, options);
      const attempts = await storage.read.webhooks.attemptsFor(messages.map((m) => m.id));
      return messages.map((m) => ({ ...m, log: attempts.filter((a) => a.messageId === m.id) }));
    },

    /** Puts a message back in the queue now, with the same webhook-id; it goes before later messages. */
    async redeliver(actorId: string, id: string, messageId: string): Promise<WebhookDelivery> {
      const now = new Date().toISOString();
      const message = await storage.withTransaction(async (r) => {
        if (!(await r.webhooks.find(id))) throw new AppError('WEBHOOK_NOT_FOUND', `There is no webhook subscription ${id}.`);
        const m = await r.webhooks.findMessage(id, messageId);
        if (!m) throw new AppError('WEBHOOK_DELIVERY_NOT_FOUND', `Webhook subscription ${id} has no delivery ${messageId}.`);
        const after = await r.webhooks.requeue(messageId, now);
        await appendAuditEvent(r.audit, {
          actorId, action: 'webhook.redelivery_requested', at: now, entity: { type: 'webhook', id },
          changes: { messageId: { from: null, to: messageId }, state: { from: m.state, to: 'pending' } },
        });
        return after;
      });
      worker.wake();
      const log = await storage.read.webhooks.attemptsFor([messageId]);
      return { ...message, log };
    },
  };
}

export type Webhooks = ReturnType<typeof createWebhooks>;
