// API keys: creation (token shown once), hashing, constant-time authentication, revocation, actor names.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { and, desc, eq, isNotNull, lt, ne } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { apiKeys, sessions, type Role } from '../db/schema.js';
import { AppError } from '../errors.js';
import { sha256Hex } from '../lib/hash.js';
import { newId } from '../lib/ids.js';
import { inTransaction } from '../lib/transaction.js';
import type { AuditLog } from './audit-log.js';

/** The built-in actor for the CLI, seeding and automatic changes. It has no token and cannot log in. */
export const SYSTEM_ACTOR_ID = 'key_system';
export const TOKEN_PREFIX = 'clk_';

export interface Actor {
  id: string;
  name: string;
  role: Role;
}
export interface ActorRef {
  id: string;
  name: string;
}

export type ApiKeyRow = typeof apiKeys.$inferSelect;

export function toApiKeyDto(row: ApiKeyRow, refs: (id: string | null) => ActorRef | null) {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    prefix: row.displayPrefix,
    createdAt: row.createdAt,
    createdBy: refs(row.createdBy),
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    revokedBy: refs(row.revokedBy),
  };
}

// Token layout: clk_<26-char key id>_<43-char secret>. The id part finds the row; the whole token is
// compared by hash in constant time, so a guessed id learns nothing.
function parseToken(token: string): string | null {
  const m = /^clk_([0-9a-z]{26})_[A-Za-z0-9_-]{43}$/.exec(token);
  return m ? `key_${m[1]}` : null;
}

export function createApiKeys(db: Db, audit: AuditLog) {
  const names = new Map<string, ActorRef>(); // names never change, so the cache cannot go stale

  function ensureSystemActor(): void {
    db.insert(apiKeys)
      .values({ id: SYSTEM_ACTOR_ID, name: 'system', role: 'admin', tokenHash: null, displayPrefix: '(no token)', createdAt: new Date(0).toISOString() })
      .onConflictDoNothing()
      .run();
  }

  function actorRef(id: string | null): ActorRef | null {
    if (!id) return null;
    let ref = names.get(id);
    if (!ref) {
      const row = db.select({ id: apiKeys.id, name: apiKeys.name }).from(apiKeys).where(eq(apiKeys.id, id)).get();
      ref = row ?? { id, name: '(unknown)' };
      if (row) names.set(id, ref);
    }
    return ref;
  }

  function get(id: string): ApiKeyRow {
    const row = db.select().from(apiKeys).where(and(eq(apiKeys.id, id), ne(apiKeys.id, SYSTEM_ACTOR_ID))).get();
    if (!row) throw new AppError('API_KEY_NOT_FOUND', `No API key has id ${id}.`);
    return row;
  }

  const service = {
    ensureSystemActor,
    actorRef,
    get,

    create(actorId: string, input: { name: string; role: Role; expiresAt?: string | null }): { key: ApiKeyRow; token: string } {
      const id = newId('key');
      const token = `${TOKEN_PREFIX}${id.slice(4)}_${randomBytes(32).toString('base64url')}`;
      return inTransaction(db, () => {
        const now = new Date().toISOString(); // taken under the write lock, so event times follow seq order
        const key = db
          .insert(apiKeys)
          .values({ id, name: input.name, role: input.role, tokenHash: sha256Hex(token), displayPrefix: token.slice(0, 12), createdAt: now, createdBy: actorId, expiresAt: input.expiresAt ?? null })
          .returning()
          .get();
        audit.append({
          actorId, action: 'api_key.created', at: now, entity: { type: 'api_key', id },
          changes: { name: { from: null, to: input.name }, role: { from: null, to: input.role }, expiresAt: { from: null, to: input.expiresAt ?? null } },
        });
        return { key, token };
      });
    },

    revoke(actorId: string, id: string, reason: string | null = null): ApiKeyRow {
      return inTransaction(db, () => {
        const row = get(id);
        if (row.revokedAt) throw new AppError('API_KEY_ALREADY_REVOKED', `API key ${id} was revoked at ${row.revokedAt}.`);
        const now = new Date().toISOString();
        const key = db.update(apiKeys).set({ revokedAt: now, revokedBy: actorId }).where(eq(apiKeys.id, id)).returning().get()!;
        // Console sessions act as their key: revoking it signs them all out in the same transaction.
        db.delete(sessions).where(eq(sessions.keyId, id)).run();
        audit.append({ actorId, action: 'api_key.revoked', at: now, entity: { type: 'api_key', id }, changes: { revokedAt: { from: null, to: now } }, reason });
        return key;
      });
    },

    list(opts: { limit: number; cursor?: string }): ApiKeyRow[] {
      const conds = [ne(apiKeys.id, SYSTEM_ACTOR_ID)];
      if (opts.cursor) conds.push(lt(apiKeys.id, opts.cursor));
      return db.select().from(apiKeys).where(and(...conds)).orderBy(desc(apiKeys.id)).limit(opts.limit).all();
    },

    /** The actor a bearer token belongs to, or null when it is unknown, revoked or expired. */
    authenticate(token: string): Actor | null {
      const id = parseToken(token);
      if (!id) return null;
      const row = db.select().from(apiKeys).where(eq(apiKeys.id, id)).get();
      if (!row?.tokenHash) return null;
      const presented = Buffer.from(sha256Hex(token), 'hex');
      if (!timingSafeEqual(presented, Buffer.from(row.tokenHash, 'hex'))) return null;
      if (row.revokedAt) return null;
      if (row.expiresAt && Date.parse(row.expiresAt) <= Date.now()) return null;
      return { id: row.id, name: row.name, role: row.role };
    },

    /** On a fresh install (no key but the system actor), create the first admin key; otherwise null. */
    bootstrapAdmin(): { key: ApiKeyRow; token: string } | null {
      ensureSystemActor();
      const any = db.select({ id: apiKeys.id }).from(apiKeys).where(and(ne(apiKeys.id, SYSTEM_ACTOR_ID), isNotNull(apiKeys.tokenHash))).limit(1).get();
      if (any) return null;
      return service.create(SYSTEM_ACTOR_ID, { name: 'bootstrap admin', role: 'admin' });
    },

  };
  return service;
}

export type ApiKeys = ReturnType<typeof createApiKeys>;
