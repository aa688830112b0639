// Idempotency-Key for POST /v1 routes: a retry with the same key and body replays the first response,
// the same key with another body is refused (422), and a retry racing the first attempt gets 409.
// Secrets in a response (a new API key) are never stored: the replay carries everything else.
import { and, eq, lt } from 'drizzle-orm';
import fp from 'fastify-plugin';
import { idempotencyRecords } from '../db/schema.js';
import { AppError } from '../errors.js';
import { canonicalJson, sha256Hex } from '../lib/hash.js';

const RETENTION_MS = 24 * 60 * 60 * 1000;
const REPLAYED_HEADERS = ['content-type', 'location', 'etag'];

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Response fields that are secrets (a new API key): never stored for a replay, so a replay omits them. */
    secretResponseFields?: string[];
  }
  interface FastifyRequest {
    idempotency: { actorId: string; key: string } | null;
  }
}

/** The response body as stored for replays: secret fields removed, so the database never holds them. */
export function withoutSecrets(payload: string, fields: string[] | undefined): string {
  if (!fields?.length) return payload;
  const body = JSON.parse(payload) as Record<string, unknown>;
  for (const f of fields) delete body[f];
  return JSON.stringify(body);
}

export default fp(
  async (app) => {
    const db = app.db;
    app.decorateRequest('idempotency', null);

    // preHandler runs after authentication (onRequest) and body validation, so the actor is known.
    app.addHook('preHandler', async (request, reply) => {
      const key = request.headers['idempotency-key'];
      if (request.method !== 'POST' || typeof key !== 'string' || !request.actor) return;
      if (key.length === 0 || key.length > 255) throw new AppError('VALIDATION_FAILED', 'Idempotency-Key must be 1–255 characters.', {}, [{ path: 'headers.idempotency-key', message: 'must be 1–255 characters' }]);
      const actorId = request.actor.id;
      const fingerprint = sha256Hex(`${request.method} ${request.url}\n${canonicalJson(request.body ?? null)}`);
      const now = new Date();
      db.delete(idempotencyRecords).where(lt(idempotencyRecords.createdAt, new Date(now.getTime() - RETENTION_MS).toISOString())).run();
      const inserted = db.insert(idempotencyRecords).values({ actorId, key, fingerprint, createdAt: now.toISOString() }).onConflictDoNothing().returning().get();
      if (inserted) {
        request.idempotency = { actorId, key };
        return;
      }
      const existing = db.select().from(idempotencyRecords).where(and(eq(idempotencyRecords.actorId, actorId), eq(idempotencyRecords.key, key))).get()!;
      if (existing.fingerprint !== fingerprint) {
        throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request. Use a new key for a new request.');
      }
      if (existing.statusCode == null) throw new AppError('IDEMPOTENCY_IN_PROGRESS', 'The first request with this Idempotency-Key has not finished yet; retry shortly.');
      reply.code(existing.statusCode).headers({ ...existing.headers, 'idempotent-replayed': 'true' });
      return reply.send(existing.body);
    });

    app.addHook('onSend', async (request, reply, payload) => {
      const rec = request.idempotency;
      if (!rec) return payload;
      request.idempotency = null;
      const where = and(eq(idempotencyRecords.actorId, rec.actorId), eq(idempotencyRecords.key, rec.key));
      if (reply.statusCode >= 500 || typeof payload !== 'string') {
        // Nothing was done, or we cannot replay it faithfully: let the client retry for real.
        db.delete(idempotencyRecords).where(where).run();
        return payload;
      }
      const headers: Record<string, string> = {};
      for (const h of REPLAYED_HEADERS) {
        const v = reply.getHeader(h);
        if (v !== undefined) headers[h] = String(v);
      }
      db.update(idempotencyRecords).set({ statusCode: reply.statusCode, headers, body: withoutSecrets(payload, request.routeOptions.config?.secretResponseFields) }).where(where).run();
      return payload;
    });
  },
  { name: 'idempotency', dependencies: ['database', 'auth'] },
);
