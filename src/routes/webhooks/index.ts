// /v1/webhooks (admin): subscriptions to events, signed per the Standard Webhooks specification, their
// delivery log and manual redelivery. See docs/webhooks.md.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CLAIM_STATUSES, WEBHOOK_EVENT_TYPES, WEBHOOK_MESSAGE_STATES, type WebhookRecord } from '../../domain/types.js';
import { ID_PATTERN } from '../../lib/ids.js';
import { decodeCursor, page } from '../../lib/pagination.js';
import { always } from '../../plugins/openapi-polish.js';
import { ActorRef, idParam, IdempotencyKeyHeader, LIMITS, listOf, ListQuery, problems } from '../../schemas/common.js';
import type { WebhookDelivery } from '../../services/webhooks/index.js';

const EventType = z.enum(WEBHOOK_EVENT_TYPES).meta({ id: 'WebhookEventType', description: 'An event a subscription can receive; see the README, Webhooks.' });

const Filter = z
  .strictObject({
    tags: z.array(z.string().trim().min(1).max(LIMITS.tagLength)).max(LIMITS.tags).optional().meta({ description: 'Only events about a claim with at least one of these tags.' }),
    statuses: z.array(z.enum(CLAIM_STATUSES)).max(CLAIM_STATUSES.length).optional().meta({ description: 'Only events about a claim that has one of these statuses after the change.' }),
    channels: z.array(z.string().trim().min(1).max(100)).max(20).optional().meta({ description: "request.answered only: the request's channel is one of these." }),
  })
  .meta({ id: 'WebhookFilter', description: 'Narrows the events of the chosen types; an absent or empty list does not narrow.' });

const Url = z.string().trim().min(1).max(LIMITS.url).meta({
  description: 'Where events are POSTed: http or https. Private, loopback and link-local addresses are refused (checked on the resolved address at every delivery) unless WEBHOOK_ALLOWED_ADDRESSES names them.',
  examples: ['https://cms.example.org/hooks/claimledger'],
});

const Webhook = z
  .object({
    id: z.string().meta({ examples: ['whk_01jd2x8q0m7k3v5n6p9r4s2t1w'] }),
    url: z.string(),
    description: z.string().nullable(),
    eventTypes: z.array(EventType),
    filter: z.object({ tags: z.array(z.string()), statuses: z.array(z.enum(CLAIM_STATUSES)), channels: z.array(z.string()) }),
    enabled: z.boolean(),
    disabledReason: z.string().nullable().meta({ description: 'Why it is disabled: by an administrator, or which delivery kept failing.' }),
    disabledAt: z.string().nullable(),
    previousSecretExpiresAt: z.string().nullable().meta({ description: 'After a rotation: until when the previous secret still signs beside the new one.' }),
    version: z.number().int(),
    createdAt: z.string(),
    createdBy: ActorRef.nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Webhook' });

const WebhookWithCounts = Webhook.extend({
  deliveries: z.object({ pending: z.number().int(), delivered: z.number().int(), failed: z.number().int() }).meta({ description: 'Messages by state.' }),
}).meta({ id: 'WebhookWithCounts' });

const WebhookWithSecret = Webhook.extend({
  secret: z.string().optional().meta({
    description: 'The signing secret (Standard Webhooks whsec_ form). Shown only in this response: store it now. Absent from an Idempotency-Key replay: it is stored only encrypted and never shown again; rotate it if it was lost.',
    examples: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
  }),
}).meta({ id: 'WebhookWithSecret' });

const Delivery = z
  .object({
    id: z.string().meta({ description: 'The message id, sent as webhook-id (the same on every attempt).', examples: ['msg_01jd2x8q0m7k3v5n6p9r4s2t1w'] }),
    eventType: EventType,
    seq: z.number().int().meta({ description: 'The audit event it was made from.' }),
    state: z.enum(WEBHOOK_MESSAGE_STATES).meta({ description: 'pending (queued or retrying), delivered (a 2xx came back) or failed (retries ran out).' }),
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable().meta({ description: 'While pending: when the next attempt is due.' }),
    lastAttemptAt: z.string().nullable(),
    lastStatus: z.number().int().nullable(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    deliveredAt: z.string().nullable(),
    payload: z.unknown().meta({ description: 'The JSON body as sent: {type, timestamp, data}.' }),
    log: z.array(z.object({
      at: z.string(),
      statusCode: z.number().int().nullable().meta({ description: "The receiver's status; null when none came (timeout, refused address, network error)." }),
      latencyMs: z.number().int(),
      error: z.string().nullable(),
    })).meta({ description: 'Every attempt, oldest first.' }),
  })
  .meta({ id: 'WebhookDelivery' });

const WebhookParams = z.object({ id: idParam('whk', 'webhook subscription') });
const DeliveryParams = z.object({ id: idParam('whk', 'webhook subscription'), deliveryId: idParam('msg', 'webhook delivery') });

const TAG = ['Webhooks'];

const routes: FastifyPluginAsyncZod = async (app) => {
  const { webhooks, apiKeys } = app.services;
  const toDto = (w: WebhookRecord) => ({
    id: w.id, url: w.url, description: w.description, eventTypes: w.eventTypes, filter: w.filter, enabled: w.enabled, disabledReason: w.disabledReason,
    disabledAt: w.disabledAt, previousSecretExpiresAt: w.previousSecretExpiresAt, version: w.version, createdAt: w.createdAt,
    createdBy: apiKeys.actorRef(w.createdBy), updatedAt: w.updatedAt,
  });
  const toDeliveryDto = (d: WebhookDelivery) => ({
    id: d.id, eventType: d.eventType, seq: d.seq, state: d.state, attempts: d.attempts, nextAttemptAt: d.state === 'pending' ? d.nextAttemptAt : null,
    lastAttemptAt: d.lastAttemptAt, lastStatus: d.lastStatus, lastError: d.lastError, createdAt: d.createdAt, deliveredAt: d.deliveredAt,
    payload: JSON.parse(d.payload) as unknown, log: d.log.map((a) => ({ at: a.at, statusCode: a.statusCode, latencyMs: a.latencyMs, error: a.error })),
  });

  app.post('/webhooks', {
    config: { permission: 'admin', secretResponseFields: ['secret'] },
    schema: {
      operationId: 'createWebhook',
      summary: 'Create a webhook subscription',
      description: 'Events of the chosen types are POSTed to the URL after the change commits, signed per the Standard Webhooks specification (webhook-id, webhook-timestamp, webhook-signature). The signing secret is returned once, in this response.',
      tags: TAG,
      headers: z.object({ 'idempotency-key': IdempotencyKeyHeader }),
      body: z
        .strictObject({
          url: Url,
          description: z.string().trim().min(1).max(LIMITS.shortText).nullable().optional().meta({ examples: ['Newsroom CMS'] }),
          eventTypes: z.array(EventType).min(1).max(WEBHOOK_EVENT_TYPES.length),
          filter: Filter.optional(),
        })
        .meta({ id: 'CreateWebhook' }),
      response: { 201: WebhookWithSecret, ...problems(400, 401, 403, 413, 415, 422) },
      responseHeaders: { 201: always('location') },
    },
  }, async (request, reply) => {
    const { webhook, secret } = await webhooks.create(request.actor.id, request.body);
    reply.code(201).header('location', `/v1/webhooks/${webhook.id}`);
    return { ...toDto(webhook), secret };
  });

  app.get('/webhooks', {
    config: { permission: 'admin' },
    schema: {
      operationId: 'listWebhooks',
      summary: 'List webhook subscriptions',
      description: 'Newest first, disabled ones included. Secrets are never shown.',
      tags: TAG,
      querystring: z.object(ListQuery),
      response: { 200: listOf(Webhook), ...problems(400, 401, 403) },
    },
  }, async (request) => {
    const cursor = decodeCursor(request.query.cursor, ID_PATTERN('whk'));
    const { items, nextCursor } = page(await webhooks.list({ limit: request.query.limit + 1, cursor }), request.query.limit);
    return { data: items.map(toDto), nextCursor };
  });

  app.get('/webhooks/:id', {
    config: { permission: 'admin' },
    schema: {
      operationId: 'getWebhook',
      summary: 'Read a webhook subscription',
      description: 'With its messages counted by state, and why it is disabled if it is.',
      tags: TAG,
      params: WebhookParams,
      response: { 200: WebhookWithCounts, ...problems(400, 401, 403, 404) },
    },
  }, async (request) => ({ ...toDto(await webhooks.get(request.params.id)), deliveries: await webhooks.counts(request.params.id) }));

  app.patch('/webhooks/:id', {
    config: { permission: 'admin' },
    schema: {
      operationId: 'updateWebhook',
      summary: 'Edit, enable or disable a webhook subscription',
      description: 'Change the URL, event types, filter or description, or set enabled. Enabling a subscription that was disabled after failing deliveries resumes its queue where it stopped (the failed message stays failed until redelivered). A disabled subscription receives no new events.',
      tags: TAG,
      params: WebhookParams,
      body: z
        .strictObject({
          url: Url.optional(),
          description: z.string().trim().min(1).max(LIMITS.shortText).nullable().optional(),
          eventTypes: z.array(EventType).min(1).max(WEBHOOK_EVENT_TYPES.length).optional(),
          filter: Filter.optional(),
          enabled: z.boolean().optional(),
          reason: z.string().trim().min(1).max(LIMITS.rationale).optional().meta({ description: 'Why (recorded in the audit log; shown as disabledReason when disabling).' }),
        })
        .refine((b) => Object.keys(b).some((k) => k !== 'reason'), { message: 'must change at least one field' })
        .meta({ id: 'UpdateWebhook' }),
      response: { 200: Webhook, ...problems(400, 401, 403, 404, 413, 415, 422) },
    },
  }, async (request) => toDto(await webhooks.update(request.actor.id, request.params.id, request.body)));

  app.delete('/webhooks/:id', {
    config: { permission: 'admin' },
    schema: {
      operationId: 'deleteWebhook',
      summary: 'Delete a webhook subscription',
      description: 'Deletes it with its queue and delivery log; messages not yet delivered are never sent.',
      tags: TAG,
      params: WebhookParams,
      response: { 204: z.null().meta({ description: 'Deleted.' }), ...problems(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    await webhooks.delete(request.actor.id, request.params.id);
    reply.code(204);
    return null;
  });

  app.post('/webhooks/:id/rotate-secret', {
    config: { permission: 'admin', secretResponseFields: ['secret'] },
    schema: {
      operationId: 'rotateWebhookSecret',
      summary: "Rotate a webhook subscription's secret",
      description: 'A new secret, returned once. Until previousSecretExpiresAt (WEBHOOK_SECRET_OVERLAP_MS after now, or overlapSeconds) every message is signed with both secrets, two v1 signatures in webhook-signature, so a receiver can switch at its own pace.',
      tags: TAG,
      params: WebhookParams,
      headers: z.object({ 'idempotency-key': IdempotencyKeyHeader }),
      body: z
        .strictObject({
          overlapSeconds: z.number().int().min(0).max(7 * 24 * 3600).optional().meta({ description: 'How long the old secret keeps signing; 0 drops it at once.' }),
        })
        .optional(),
      response: { 200: WebhookWithSecret, ...problems(400, 401, 403, 404, 413, 415) },
    },
  }, async (request) => {
    const overlap = request.body?.overlapSeconds;
    const { webhook, secret } = await webhooks.rotateSecret(request.actor.id, request.params.id, overlap === undefined ? undefined : overlap * 1000);
    return { ...toDto(webhook), secret };
  });

  app.get('/webhooks/:id/deliveries', {
    config: { permission: 'admin' },
    schema: {
      operationId: 'listWebhookDeliveries',
      summary: "A webhook subscription's delivery log",
      description: 'Messages newest first, each with its state and every attempt: when, the status code, the latency and the error.',
      tags: TAG,
      params: WebhookParams,
      querystring: z.object(ListQuery),
      response: { 200: listOf(Delivery), ...problems(400, 401, 403, 404) },
    },
  }, async (request) => {
    const cursor = decodeCursor(request.query.cursor, ID_PATTERN('msg'));
    const { items, nextCursor } = page(await webhooks.deliveries(request.params.id, { limit: request.query.limit + 1, cursor }), request.query.limit);
    return { data: items.map(toDeliveryDto), nextCursor };
  });

  app.post('/webhooks/:id/deliveries/:deliveryId/redeliver', {
    config: { permission: 'admin' },
    schema: {
      operationId: 'redeliverWebhook',
      summary: 'Send a webhook message again',
      description: 'Queues the message again, now, with the same webhook-id (receivers de-duplicate on it). It goes before the later messages of the subscription. A disabled subscription sends it once enabled.',
      tags: TAG,
      params: DeliveryParams,
      response: { 202: Delivery, ...problems(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    reply.code(202);
    return toDeliveryDto(await webhooks.redeliver(request.actor.id, request.params.id, request.params.deliveryId));
  });
};

export default routes;
