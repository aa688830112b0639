// /v1/api-keys (admin) and /v1/me (any key).
import { compiledSerializerCompiler } from '../../lib/compiled-serializer.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../../domain/types.js';
import { ID_PATTERN } from '../../lib/ids.js';
import { decodeCursor, page } from '../../lib/pagination.js';
import { ActorRef, idParam, IdempotencyKeyHeader, listOf, ListQuery, LIMITS, problems, Timestamp } from '../../schemas/common.js';
import { always } from '../../plugins/openapi-polish.js';
import { toApiKeyDto } from '../presenters.js';

const Role = z.enum(ROLES).meta({ id: 'Role', description: 'reader, checker, reviewer, auditor or admin; see the README for what each may do.' });

const ApiKey = z
  .object({
    id: z.string().meta({ examples: ['key_01jd2x8q0m7k3v5n6p9r4s2t1w'] }),
    name: z.string(),
    role: Role,
    prefix: z.string().meta({ description: 'The first characters of the key, to recognise it; the key itself is never shown again.' }),
    createdAt: z.string(),
    createdBy: ActorRef.nullable(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    revokedBy: ActorRef.nullable(),
  })
  .meta({ id: 'ApiKey' });

const CreatedApiKey = ApiKey.extend({
  key: z.string().optional().meta({
    description: 'The API key. Shown only in this response: store it now. Absent from a replay (Idempotent-Replayed: true) of a request with the same Idempotency-Key: the key is never stored, so it cannot be shown again; revoke and re-create it if it was lost.',
  }),
}).meta({ id: 'CreatedApiKey' });

const routes: FastifyPluginAsyncZod = async (app) => {
  const { apiKeys } = app.services;
  const refs = apiKeys.actorRef;

  app.post('/api-keys', {
    config: { permission: 'admin', secretResponseFields: ['key'] },
    schema: {
      operationId: 'createApiKey',
      summary: 'Create an API key',
      description: 'The key is returned once, in this response; only its hash is stored.',
      tags: ['API keys'],
      headers: z.object({ 'idempotency-key': IdempotencyKeyHeader }),
      body: z
        .strictObject({
          name: z.string().trim().min(1).max(LIMITS.shortText).meta({ description: 'Who or what uses the key.', examples: ['Newsroom desk'] }),
          role: Role,
          expiresAt: Timestamp.nullable().optional().meta({ description: 'When the key stops working; never when absent.' }),
        })
        .refine((b) => !b.expiresAt || Date.parse(b.expiresAt) > Date.now(), { message: 'must be in the future', path: ['expiresAt'] })
        .meta({ id: 'CreateApiKey' }),
      response: { 201: CreatedApiKey, ...problems(400, 401, 403, 413, 415, 422) },
      responseHeaders: { 201: always('location') },
    },
  }, async (request, reply) => {
    const { key, token } = await apiKeys.create(request.actor.id, request.body);
    reply.code(201).header('location', `/v1/api-keys/${key.id}`);
    return { ...toApiKeyDto(key, refs), key: token };
  });

  app.get('/api-keys', {
    config: { permission: 'admin' },
    schema: {
      operationId: 'listApiKeys',
      summary: 'List API keys',
      description: 'Newest first, revoked keys included. Keys themselves are never shown.',
      tags: ['API keys'],
      querystring: z.object(ListQuery),
      response: { 200: listOf(ApiKey), ...problems(400, 401, 403) },
    },
  }, async (request) => {
    const cursor = decodeCursor(request.query.cursor, ID_PATTERN('key'));
    const { items, nextCursor } = page(await apiKeys.list({ limit: request.query.limit + 1, cursor }), request.query.limit);
    return { data: items.map((k) => toApiKeyDto(k, refs)), nextCursor };
  });

  app.post('/api-keys/:id/revoke', {
    config: { permission: 'admin' },
    schema: {
      operationId: 'revokeApiKey',
      summary: 'Revoke an API key',
      description: 'The key is refused from the next request on.',
      tags: ['API keys'],
      params: z.object({ id: idParam('key', 'API key') }),
      body: z.strictObject({ reason: z.string().trim().min(1).max(LIMITS.rationale).optional() }).optional(),
      response: { 200: ApiKey, ...problems(400, 401, 403, 404, 409, 415) },
    },
  }, async (request) => toApiKeyDto(await apiKeys.revoke(request.actor.id, request.params.id, request.body?.reason ?? null), refs));

  app.get('/me', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'self' },
    schema: {
      operationId: 'getMe',
      summary: 'Who am I',
      description: 'The key you are calling with: its id, name and role.',
      tags: ['API keys'],
      response: { 200: z.object({ id: z.string(), name: z.string(), role: Role }).meta({ id: 'Me' }), ...problems(401) },
    },
  }, async (request) => request.actor);
};

export default routes;
