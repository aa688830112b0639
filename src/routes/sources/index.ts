// /v1/sources: create (de-duplicated by canonical URL), read with the claims it supports, list, edit.
import { compiledSerializerCompiler } from '../../lib/compiled-serializer.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SOURCE_KINDS } from '../../domain/types.js';
import { ID_PATTERN } from '../../lib/ids.js';
import { decodeCursor, page } from '../../lib/pagination.js';
import { IdempotencyKeyHeader, IfMatchHeader, listOf, ListQuery, parseIfMatch, problems } from '../../schemas/common.js';
import { toSourceDto } from '../presenters.js';
import { SearchQueryParam } from '../../schemas/search.js';
import { CreateSourceBody, Source, SourceIdParams, SourceListItem, SourceWithClaims, UpdateSourceBody } from './schemas.js';
import { always } from '../../plugins/openapi-polish.js';

const routes: FastifyPluginAsyncZod = async (app) => {
  const { sources, apiKeys, search } = app.services;
  const refs = apiKeys.actorRef;

  app.post('/sources', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'write' },
    schema: {
      operationId: 'createSource',
      summary: 'Create a source',
      description: 'Creates a source. If a source with the same canonical URL exists, it is returned with 200 instead of a duplicate.',
      tags: ['Sources'],
      headers: z.object({ 'idempotency-key': IdempotencyKeyHeader }),
      body: CreateSourceBody,
      response: { 200: Source, 201: Source, ...problems(400, 401, 403, 409, 413, 415, 422) },
      responseHeaders: { 200: always('location', 'etag'), 201: always('location', 'etag') },
    },
  }, async (request, reply) => {
    const { source, created } = await sources.create(request.actor.id, request.body);
    reply.code(created ? 201 : 200).header('location', `/v1/sources/${source.id}`).header('etag', `"${source.version}"`);
    return toSourceDto(source, refs, false);
  });

  app.get('/sources', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'read' },
    schema: {
      operationId: 'listSources',
      summary: 'List sources',
      description: [
        'Newest first. The content snapshot is left out of lists; read one source to get it.',
        'With `q`: full-text search over title, publisher and snapshot text, ordered by relevance, each item with `match` (the snippet comes from the best-matching field).',
        '`nextCursor` then continues the relevance order and only works with the same `q`.',
      ].join('\n'),
      tags: ['Sources'],
      querystring: z.object({
        ...ListQuery,
        kind: z.enum(SOURCE_KINDS).optional().meta({ description: 'Only sources of this kind.' }),
        q: SearchQueryParam.optional(),
      }),
      response: { 200: listOf(SourceListItem), ...problems(400, 401, 403) },
    },
  }, async (request) => {
    const { limit, kind, q } = request.query;
    if (q !== undefined) {
      const found = await search.sources({ q, limit, cursor: request.query.cursor, kind });
      return { data: found.items.map(({ row, match }) => ({ ...toSourceDto(row, refs, false), match })), nextCursor: found.nextCursor };
    }
    const cursor = decodeCursor(request.query.cursor, ID_PATTERN('src'));
    const { items, nextCursor } = page(await sources.list({ limit, cursor, kind }), limit);
    return { data: items.map((s) => toSourceDto(s, refs, false)), nextCursor };
  });

  app.get('/sources/:id', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'read' },
    schema: {
      operationId: 'getSource',
      summary: 'Read a source',
      description: 'The source with its content snapshot and the claims it is active evidence for.',
      tags: ['Sources'],
      params: SourceIdParams,
      response: { 200: SourceWithClaims, ...problems(400, 401, 403, 404) },
      responseHeaders: { 200: always('etag') },
    },
  }, async (request, reply) => {
    const source = await sources.get(request.params.id);
    reply.header('etag', `"${source.version}"`);
    return { ...toSourceDto(source, refs, true), claims: await sources.claimsFor(source.id) };
  });

  app.patch('/sources/:id', {
    serializerCompiler: compiledSerializerCompiler,
    config: { permission: 'write' },
    schema: {
      operationId: 'updateSource',
      summary: 'Edit a source',
      description: 'Changes the fields sent. Needs If-Match. The content snapshot cannot change while active evidence quotes it (409).',
      tags: ['Sources'],
      params: SourceIdParams,
      headers: z.object({ 'if-match': IfMatchHeader }),
      body: UpdateSourceBody,
      response: { 200: Source, ...problems(400, 401, 403, 404, 409, 412, 413, 415, 428) },
      responseHeaders: { 200: always('etag') },
    },
  }, async (request, reply) => {
    const expected = parseIfMatch(request.headers['if-match'], true);
    const source = await sources.update(request.actor.id, request.params.id, expected, request.body);
    reply.header('etag', `"${source.version}"`);
    return toSourceDto(source, refs, false);
  });
};

export default routes;
