// Console sessions: an API key exchanged for a random cookie token. Only the token's sha256 is stored.
// A session acts as its key, so a key that is revoked or expires ends its sessions at once.
import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../lib/hash.js';
import type { Storage } from '../repositories/types.js';
import type { Actor, ApiKeys } from './api-keys.js';

/** How long a console sign-in lasts: one working day, then the key is asked for again. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export interface OpenedSession {
  /** The cookie value: shown to the browser once, never stored. */
  token: string;
  actor: Actor;
  expiresAt: string;
}

export function createSessions(storage: Storage, keys: ApiKeys) {
  return {
    /** Opens a session for a valid API key; null when the key is unknown, revoked or expired. */
    async open(apiKey: string, now = new Date()): Promise<OpenedSession | null> {
      const actor = await keys.authenticate(apiKey);
      if (!actor) return null;
      const token = randomBytes(32).toString('base64url');
      const key = await keys.get(actor.id);
      // A session never outlives its key.
      const ttlEnd = now.getTime() + SESSION_TTL_MS;
      const expiresAt = new Date(key.expiresAt ? Math.min(ttlEnd, Date.parse(key.expiresAt)) : ttlEnd).toISOString();
      await storage.withTransaction(async (r) => {
        // Expired rows are swept here rather than by a timer: sign-ins are rare, so this stays cheap.
        await r.sessions.deleteExpired(now.toISOString());
        await r.sessions.insert({ tokenHash: sha256Hex(token), keyId: actor.id, createdAt: now.toISOString(), expiresAt });
      });
      return { token, actor, expiresAt };
    },

    /** The actor of a live session whose key is still valid, or null. */
    async authenticate(token: string, now = new Date()): Promise<Actor | null> {
      if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
      const key = await storage.read.sessions.findLiveKey(sha256Hex(token), now.toISOString());
      if (!key || key.revokedAt) return null;
      if (key.expiresAt && Date.parse(key.expiresAt) <= now.getTime()) return null;
      return { id: key.id, name: key.name, role: key.role };
    },

    /** Signs a session out. Unknown tokens are ignored: signing out twice is not an error. */
    async close(token: string): Promise<void> {
      await storage.withTransaction((r) => r.sessions.delete(sha256Hex(token)));
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
