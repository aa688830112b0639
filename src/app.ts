// Builds the ClaimLedger Fastify app from a config object. Listening is src/server.ts's job.
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import auth from './plugins/auth.js';
import consolePlugin from './plugins/console.js';
import database from './plugins/database.js';
import idempotency from './plugins/idempotency.js';
import openapi from './plugins/openapi.js';
import problems, { clientErrorHandler, frameworkErrors } from './plugins/problems.js';
import protection from './plugins/protection.js';
import wellFormedInput from './plugins/well-formed-input.js';
import webhooksPlugin from './plugins/webhooks.js';
import apiKeyRoutes from './routes/api-keys/index.js';
import auditRoutes from './routes/audit/index.js';
import claimEvidenceRoutes from './routes/claims/evidence.js';
import claimHistoryRoutes from './routes/claims/history.js';
import claimPublicationRoutes from './routes/claims/publication.js';
import claimSearchRoutes from './routes/claims/search.js';
import eventRoutes from './routes/events/index.js';
import claimRoutes from './routes/claims/index.js';
import importRoutes from './routes/import/index.js';
import feedRoutes from './routes/feeds/index.js';
import factCheckPages from './routes/public/fact-checks.js';
import requestRoutes from './routes/requests/index.js';
import serviceRoutes from './routes/service.js';
import sessionRoutes from './routes/session/index.js';
import sourceRoutes from './routes/sources/index.js';
import webhookRoutes from './routes/webhooks/index.js';
import { LIMITS } from './schemas/common.js';

export async function buildApp(config: Config, options: Pick<FastifyServerOptions, 'logger'> = {}) {
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    bodyLimit: LIMITS.bodyBytes,
    // Ids, not counters, identify requests in logs; trust no proxy headers unless configured.
    requestIdHeader: false,
    routerOptions: { maxParamLength: LIMITS.pathParamLength },
    // Timeouts, so a slow or stalled client cannot hold a connection or a request forever.
    requestTimeout: config.timeouts.requestMs,
    connectionTimeout: config.timeouts.idleMs,
    keepAliveTimeout: config.timeouts.keepAliveMs,
    http: {
      headersTimeout: config.timeouts.headersMs,
      // Node checks request and header timeouts on this interval (30 s by default), so check often enough.
      connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(config.timeouts.requestMs / 2))),
    },
    // Draining answers new requests itself (503 problem+json with Connection: close), see plugins/protection.
    return503OnClosing: false,
    // Errors met before routing (bad URL encoding) or before a request exists (header overflow, timeouts,
    // broken HTTP) are answered as problem+json too.
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  // Node keeps at most this many headers; one more lets the header-count check see "too many".
  if (config.maxHeaders > 0) app.server.maxHeadersCount = config.maxHeaders + 1;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON is the only body the API reads: text/plain gets 415 like any other media type, not a confusing 400.
  app.removeContentTypeParser('text/plain');

  await app.register(problems);
  await app.register(wellFormedInput);
  await app.register(protection, { config });
  await app.register(database, { config });
  await app.register(openapi, { config });
  await app.register(auth);
  await app.register(idempotency);
  await app.register(webhooksPlugin);

  await app.register(serviceRoutes);
  await app.register(feedRoutes);
  await app.register(consolePlugin);
  await app.register(factCheckPages);
  await app.register(
    async (v1) => {
      await v1.register(claimRoutes);
      await v1.register(claimEvidenceRoutes);
      await v1.register(sourceRoutes);
      await v1.register(apiKeyRoutes);
      await v1.register(claimHistoryRoutes);
      await v1.register(claimSearchRoutes);
      await v1.register(claimPublicationRoutes);
      await v1.register(auditRoutes);
      await v1.register(sessionRoutes);
      await v1.register(webhookRoutes);
      await v1.register(requestRoutes);
      await v1.register(eventRoutes);
      await v1.register(importRoutes);
    },
    { prefix: '/v1' },
  );
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
