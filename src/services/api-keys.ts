// API keys: creation (token shown once), hashing, constant-time authentication, revocation, actor names.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApiKeyRecord, Role } from '../domain/types.js';
import { AppError } from '../errors.js';
import { sha256Hex } from '../lib/hash.js';
import { newId } from '../lib/ids.js';
import type { Storage } from '../repositories/types.js';
import { appendAuditEvent } from './audit-log.js';

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

export type ApiKeyRow = ApiKeyRecord;

// Token layout: clk_<26-char key id>_<43-char secret>. The id part finds the row; the whole token is
// compared by hash in constant time, so a guessed id learns nothing.
function parseToken(token: string): string | null {
  const m = /^clk_([0-9a-z]{26})_[A-Za-z0-9_-]{43}$/.exec(token);
  return m ? `key_${m[1]}` : null;
}

const SYSTEM_ACTOR: ApiKeyRecord = {
  id: SYSTEM_ACTOR_ID, name: 'system', role: 'admin', tokenHash: null, displayPrefix: '(no token)', createdAt: new Date(0).toISOString(),
  createdBy: null, expiresAt: null, revokedAt: null, revokedBy: null,
};

export function createApiKeys(storage: Storage) {
  // Key names never change, so the cache cannot go stale. It is filled at start (loadNames), by every
  // key created here and by every key that authenticates, so presenters can name actors synchronously.
  const names = new Map<string, ActorRef>();
  const remember = (row: { id: string; name: string }) => names.set(row.id, { id: row.id, name: row.name });

  async function ensureSystemActor(): Promise<void> {
    await storage.withTransaction((r) => r.apiKeys.insert(SYSTEM_ACTOR, { ignoreExisting: true }));
  }

  async function loadNames(): Promise<void> {
    for (const row of await storage.read.apiKeys.names()) remember(row);
  }

  /** The name of an actor, from the cache. A key made by another process since start shows as "(unknown)" until it acts here. */
  function actorRef(id: string | null): ActorRef | null {
    if (!id) return null;
    const ref = names.get(id);
    if (ref) return ref;
    void storage.read.apiKeys.find(id).then((row) => row && remember(row), () => undefined);
    return { id, name: '(unknown)' };
  }

  async function get(id: string): Promise<ApiKeyRecord> {
    const row = id === SYSTEM_ACTOR_ID ? undefined : await storage.read.apiKeys.find(id);
    if (!row) throw new AppError('API_KEY_NOT_FOUND', `No API key has id ${id}.`);
    return row;
  }

  const service = {
    ensureSystemActor,
    loadNames,
    actorRef,
    get,

    create(actorId: string, input: { name: string; role: Role; expiresAt?: string | null }): Promise<{ key: ApiKeyRecord; token: string }> {
      const id = newId('key');
      const token = `${TOKEN_PREFIX}${id.slice(4)}_${randomBytes(32).toString('base64url')}`;
      return storage.withTransaction(async (r) => {
        const now = new Date().toISOString(); // taken under the write lock, so event times follow seq order
        const key: ApiKeyRecord = {
          id, name: input.name, role: input.role, tokenHash: sha256Hex(token), displayPrefix: token.slice(0, 12), createdAt: now,
          createdBy: actorId, expiresAt: input.expiresAt ?? null, revokedAt: null, revokedBy: null,
        };
        await r.apiKeys.insert(key);
        await appendAuditEvent(r.audit, {
          actorId, action: 'api_key.created', at: now, entity: { type: 'api_key', id },
          changes: { name: { from: null, to: input.name }, role: { from: null, to: input.role }, expiresAt: { from: null, to: input.expiresAt ?? null } },
        });
        remember(key);
        return { key, token };
      });
    },

    revoke(actorId: string, id: string, reason: string | null = null): Promise<ApiKeyRecord> {
      return storage.withTransaction(async (r) => {
        const row = id === SYSTEM_ACTOR_ID ? undefined : await r.apiKeys.find(id);
        if (!row) throw new AppError('API_KEY_NOT_FOUND', `No API key has id ${id}.`);
        if (row.revokedAt) throw new AppError('API_KEY_ALREADY_REVOKED', `API key ${id} was revoked at ${row.revokedAt}.`);
        const now = new Date().toISOString();
        const key = await r.apiKeys.revoke(id, now, actorId);
        // Console sessions act as their key: revoking it signs them all out in the same transaction.
        await r.sessions.deleteForKey(id);
        await appendAuditEvent(r.audit, { actorId, action: 'api_key.revoked', at: now, entity: { type: 'api_key', id }, changes: { revokedAt: { from: null, to: now } }, reason });
        return key;
      });
    },

    list(opts: { limit: number; cursor?: string }): Promise<ApiKeyRecord[]> {
      return storage.read.apiKeys.list({ ...opts, except: SYSTEM_ACTOR_ID });
    },

    /** The actor a bearer token belongs to, or null when it is unknown, revoked or expired. */
    async authenticate(token: string): Promise<Actor | null> {
      const id = parseToken(token);
      if (!id) return null;
      const row = await storage.read.apiKeys.find(id);
      if (!row?.tokenHash) return null;
      const presented = Buffer.from(sha256Hex(token), 'hex');
      if (!timingSafeEqual(presented, Buffer.from(row.tokenHash, 'hex'))) return null;
      if (row.revokedAt) return null;
      if (row.expiresAt && Date.parse(row.expiresAt) <= Date.now()) return null;
      remember(row);
      return { id: row.id, name: row.name, role: row.role };
    },

    /** On a fresh install (no key but the system actor), create the first admin key; otherwise null. */
    async bootstrapAdmin(): Promise<{ key: ApiKeyRecord; token: string } | null> {
      await ensureSystemActor();
      if (await storage.read.apiKeys.anyLoginKey(SYSTEM_ACTOR_ID)) return null;
      return service.create(SYSTEM_ACTOR_ID, { name: 'bootstrap admin', role: 'admin' });
    },
  };
  return service;
}

export type ApiKeys = ReturnType<typeof createApiKeys>;
