// The delivery worker: sends outbox messages after their commit, one at a time per subscription (in seq
// order) and at most `concurrency` at once overall, each with a timeout, so a slow or stuck receiver holds
// one slot, never the API. Delivery is at-least-once: a message is marked delivered only after a 2xx, so a
// crash between sending and recording sends it again after restart, with the same webhook-id.
//
// Several instances may share one PostgreSQL queue. A worker takes messages with a lease (claimDue): no other
// worker finds them due until the lease runs out, and only the lease holder records the outcome. A worker
// that dies holding a lease delays its messages by the lease, after which any instance sends them again; on
// SQLite, where one process owns the queue, the next start hands them back at once.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { retryDelayMs } from '../../domain/webhooks.js';
import type { WebhookMessageRecord, WebhookRecord } from '../../domain/types.js';
import type { Storage, WebhookMessageOutcome } from '../../repositories/types.js';
import { appendAuditEvent } from '../audit-log.js';
import type { AddressGuard } from './address-guard.js';
import { signatureHeader, type SecretBox } from './secrets.js';

export interface DeliverySettings {
  timeoutMs: number;
  concurrency: number;
  retryBaseMs: number;
  retryMaxDelayMs: number;
  /** Retries stop, and the subscription is disabled, once a message has been failing for this long. */
  retryForMs: number;
  /** How long a taken message stays this worker's (longer than timeoutMs). */
  leaseMs: number;
}

interface Logger {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

/** How long a receiver's answer may be before it is cut (it is read only to free the connection). */
const MAX_RESPONSE_BYTES = 64 * 1024;
const USER_AGENT = 'ClaimLedger-Webhooks/1';

interface SendResult {
  statusCode: number | null;
  error: string | null;
}

/** POSTs the body; resolves with the status code, or the reason no status came. Never rejects. */
function post(url: string, body: string, headers: Record<string, string>, guard: AddressGuard, timeoutMs: number, signal: AbortSignal): Promise<SendResult> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return resolve({ statusCode: null, error: 'invalid URL' });
    }
    const host = target.hostname.replace(/^\[|\]$/g, '');
    // A literal address never goes through lookup, so it is checked here; names are checked on resolution.
    if (net.isIP(host) && !guard.allows(host)) {
      return resolve({ statusCode: null, error: `${host} is a private, loopback or link-local address; add it to WEBHOOK_ALLOWED_ADDRESSES to allow it` });
    }
    const client = target.protocol === 'https:' ? https : http;
    let settled = false;
    const done = (r: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    const req = client.request(target, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      lookup: guard.lookup,
      agent: false,
      signal,
    });
    // One deadline for the whole exchange: connect, send, and the receiver's answer.
    const timer = setTimeout(() => {
      done({ statusCode: null, error: `timed out after ${timeoutMs} ms` });
      req.destroy();
    }, timeoutMs);
    req.on('error', (err) => done({ statusCode: null, error: signal.aborted ? 'aborted: the server is shutting down' : err.message }));
    req.on('response', (res) => {
      let read = 0;
      res.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > MAX_RESPONSE_BYTES) res.destroy();
      });
      const finish = () => done({ statusCode: res.statusCode ?? null, error: res.statusCode && res.statusCode >= 200 && res.statusCode < 300 ? null : `HTTP ${res.statusCode}` });
      res.on('end', finish);
      res.on('close', finish);
      res.on('error', finish);
    });
    req.end(body);
  });
}

export interface DeliveryWorkerDeps {
  storage: Storage;
  box: SecretBox;
  guard: AddressGuard;
  settings: DeliverySettings;
  systemActorId: string;
  log: Logger;
  now?: () => Date;
}

export function createDeliveryWorker(deps: DeliveryWorkerDeps) {
  const { storage, box, guard, settings, log } = deps;
  const now = deps.now ?? (() => new Date());
  /** webhook id → the abort controller of its delivery in flight. */
  const inflight = new Map<string, { abort: AbortController; done: Promise<void> }>();
  let running = false;
  let pumping = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  function signingSecrets(w: WebhookRecord, at: Date): string[] {
    const secrets = [box.open(w.id, w.secretEncrypted)];
    if (w.previousSecretEncrypted && w.previousSecretExpiresAt && Date.parse(w.previousSecretExpiresAt) > at.getTime()) {
      secrets.push(box.open(w.id, w.previousSecretEncrypted));
    }
    return secrets;
  }

  /** Sends a leased message and records the outcome; false when it was not sent (the lease is to be handed back). */
  async function deliver(m: WebhookMessageRecord, leaseToken: string, abort: AbortController): Promise<boolean> {
    const webhook = await storage.read.webhooks.find(m.webhookId);
    if (!webhook?.enabled) return false;
    const sentAt = now();
    const timestamp = Math.floor(sentAt.getTime() / 1000);
    const headers = {
      'content-type': 'application/json',
      'user-agent': USER_AGENT,
      'webhook-id': m.id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signatureHeader(signingSecrets(webhook, sentAt), m.id, timestamp, m.payload),
    };
    const started = performance.now();
    const result = await post(webhook.url, m.payload, headers, guard, settings.timeoutMs, abort.signal);
    // Shutting down: record nothing; the message goes back to the queue and is sent again after the restart.
    if (abort.signal.aborted) return false;
    const latencyMs = Math.round(performance.now() - started);
    const at = now();
    const ok = result.error === null;
    let outcome: WebhookMessageOutcome;
    let giveUp = false;
    if (ok) {
      outcome = { state: 'delivered', nextAttemptAt: at.toISOString(), at: at.toISOString(), statusCode: result.statusCode, error: null, failingSince: null, deliveredAt: at.toISOString() };
    } else {
      const failingSince = m.failingSince ?? sentAt.toISOString();
      const delay = retryDelayMs(m.attempts + 1, settings.retryBaseMs, settings.retryMaxDelayMs);
      giveUp = at.getTime() + delay - Date.parse(failingSince) > settings.retryForMs;
      outcome = {
        state: giveUp ? 'failed' : 'pending', nextAttemptAt: new Date(at.getTime() + delay).toISOString(), at: at.toISOString(),
        statusCode: result.statusCode, error: result.error, failingSince, deliveredAt: null,
      };
    }
    await storage.withTransaction(async (r) => {
      const after = await r.webhooks.recordAttempt(m, outcome, latencyMs, leaseToken);
      if (!after) {
        log.info({ webhookId: m.webhookId, messageId: m.id }, 'webhook delivery outcome not recorded on the message: it was requeued, or its lease ran out and another worker took it');
        return;
      }
      if (!giveUp || after.state !== 'failed') return;
      const current = await r.webhooks.find(m.webhookId);
      if (!current?.enabled) return;
      const reason = `Delivery of ${m.id} (${m.eventType}) failed ${after.attempts} times between ${outcome.failingSince} and ${outcome.at}; the last attempt: ${result.error}. Fix the receiver, then enable the subscription and redeliver the message.`;
      await r.webhooks.update(m.webhookId, { enabled: false, disabledReason: reason, disabledAt: outcome.at }, outcome.at);
      await appendAuditEvent(r.audit, {
        actorId: deps.systemActorId, action: 'webhook.disabled', at: outcome.at, entity: { type: 'webhook', id: m.webhookId },
        changes: { enabled: { from: true, to: false }, disabledReason: { from: null, to: reason } }, reason,
      });
      log.warn({ webhookId: m.webhookId, messageId: m.id }, 'webhook subscription disabled after repeated delivery failures');
    });
    return true;
  }

  function start(m: WebhookMessageRecord, leaseToken: string) {
    const abort = new AbortController();
    const done = deliver(m, leaseToken, abort)
      .then(async (sent) => {
        // Not sent: due again now rather than when the lease runs out, here or on another instance.
        if (!sent) await storage.withTransaction((r) => r.webhooks.releaseLease(m.id, leaseToken, now().toISOString()));
      })
      .catch((err: unknown) => {
        if (running) log.warn({ err, webhookId: m.webhookId, messageId: m.id }, 'webhook delivery could not be recorded; it will be retried');
      })
      .finally(() => {
        inflight.delete(m.webhookId);
        if (running) void pump();
      });
    inflight.set(m.webhookId, { abort, done });
  }

  /**
   * Takes due messages. On PostgreSQL the claim is one statement, atomic by itself (FOR UPDATE SKIP LOCKED),
   * so it runs on the pool outside a unit of work: it need not queue behind every writer of every instance
   * for the chain lock. SQLite writes only through its writer's unit of work.
   */
  const claim = (at: string, limit: number, lease: { token: string; until: string }) =>
    storage.backend === 'postgres'
      ? storage.read.webhooks.claimDue(at, [...inflight.keys()], limit, lease)
      : storage.withTransaction((r) => r.webhooks.claimDue(at, [...inflight.keys()], limit, lease));

  /** Leases left in the queue by an earlier process are handed back once, before the first claim (SQLite). */
  let stale = storage.backend === 'sqlite';

  async function pump(): Promise<void> {
    if (!running) return;
    if (pumping) {
      again = true;
      return;
    }
    pumping = true;
    try {
      // A wake-up that arrives while this pass runs sets `again`, and the pass starts over: none is lost.
      do {
        again = false;
        if (stale) {
          await storage.withTransaction((r) => r.webhooks.releaseAllLeases(now().toISOString()));
          stale = false;
        }
        const free = settings.concurrency - inflight.size;
        if (free > 0) {
          const at = now();
          const lease = { token: randomUUID(), until: new Date(at.getTime() + settings.leaseMs).toISOString() };
          const due = await claim(at.toISOString(), free, lease);
          for (const m of due) {
            if (running) start(m, lease.token);
            else await storage.withTransaction((r) => r.webhooks.releaseLease(m.id, lease.token, at.toISOString()));
          }
        }
        if (!running) return;
        clearTimeout(timer);
        timer = undefined;
        const next = await storage.read.webhooks.nextDueAt([...inflight.keys()]);
        let wait = next ? Date.parse(next) - now().getTime() : Number.POSITIVE_INFINITY;
        // Shared queue: messages other instances queued (and leases a dead instance left) are found by looking
        // again at least once per lease, whether or not this instance was told of them.
        if (storage.backend === 'postgres') wait = Math.min(wait, settings.leaseMs);
        if (Number.isFinite(wait) && running && !again) {
          // The timer only marks when to look again; it must not keep the process alive on its own.
          timer = setTimeout(() => void pump(), Math.max(0, Math.min(wait, 2 ** 31 - 1))).unref();
        }
      } while (again && running);
    } catch (err) {
      if (running) log.warn({ err }, 'webhook delivery queue could not be read; retrying in a second');
      if (running) timer = setTimeout(() => void pump(), 1000).unref();
    } finally {
      pumping = false;
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      void pump();
    },
    /** Looks at the queue now (after a commit wrote messages, or a redelivery). */
    wake() {
      if (running) void pump();
    },
    /** Stops sending: deliveries in flight are aborted and handed back to the queue, to be sent again (after a restart, or by another instance). */
    async stop() {
      running = false;
      clearTimeout(timer);
      const pending = [...inflight.values()];
      for (const d of pending) d.abort.abort();
      await Promise.all(pending.map((d) => d.done));
    },
    get inflight() {
      return inflight.size;
    },
  };
}

export type DeliveryWorker = ReturnType<typeof createDeliveryWorker>;
