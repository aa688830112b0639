// Unauthenticated service routes (`security: []`): health and the OpenAPI document.
import { compiledSerializerCompiler } from '../lib/compiled-serializer.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { problems } from '../schemas/common.js';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get('/health', {
    serializerCompiler: compiledSerializerCompiler,
    schema: {
      operationId: 'getHealth',
      summary: 'Health check',
      description: 'Answers 200 when the database answers, 503 otherwise. Needs no key.',
      tags: ['Service'],
      security: [],
      response: { 200: z.object({ status: z.literal('ok'), db: z.literal('ok') }), ...problems(503) },
    },
  }, async () => {
    try {
      await app.storage.ping();
    } catch (err) {
      app.log.error({ err }, 'health check: database did not answer');
      throw new AppError('UNAVAILABLE', 'The database does not answer.');
    }
    return { status: 'ok' as const, db: 'ok' as const };
  });

  app.get('/openapi.json', {
    schema: {
      operationId: 'getOpenApiDocument',
      summary: 'This OpenAPI document',
      description: 'The OpenAPI 3.1 description of this API, the same as `openapi/openapi.json` in the repository except for `servers`. Needs no key.',
      tags: ['Service'],
      security: [],
      response: { 200: z.record(z.string(), z.unknown()).meta({ description: 'An OpenAPI 3.1 document.' }) },
    },
  }, async () => app.swagger() as unknown as Record<string, unknown>);
};

export default routes;
