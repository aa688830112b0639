// Console sessions: an API key exchanged for a random cookie token. Only the token's sha256 is stored.
// A session acts as its key, so a key that is revoked or expires ends its sessions at once.
import { randomBytes } from 'node:crypto';
import { and, eq, gt, lte } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { apiKeys, sessions } from '../db/schema.js';
import { sha256Hex } from '../lib/hash.js';
import type { Actor, ApiKeys } from './api-keys.js';

/** How long a console sign-in lasts: one working day, then the key is asked for again. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export interface OpenedSession {
  /** The cookie value: shown to the browser once, never stored. */
  token: string;
  actor: Actor;
  expiresAt: string;
}

export function createSessions(db: Db, keys: ApiKeys) {
  return {
    /** Opens a session for a valid API key; null when the key is unknown, revoked or expired. */
    open(apiKey: string, now = new Date()): OpenedSession | null {
      const actor = keys.authenticate(apiKey);
      if (!actor) return null;
      const token = randomBytes(32).toString('base64url');
      const key = keys.get(actor.id);
      // A session never outlives its key.
      const ttlEnd = now.getTime() + SESSION_TTL_MS;
      const expiresAt = new Date(key.expiresAt ? Math.min(ttlEnd, Date.parse(key.expiresAt)) : ttlEnd).toISOString();
      // Expired rows are swept here rather than by a timer: sign-ins are rare, so this stays cheap.
      db.delete(sessions).where(lte(sessions.expiresAt, now.toISOString())).run();
      db.insert(sessions).values({ tokenHash: sha256Hex(token), keyId: actor.id, createdAt: now.toISOString(), expiresAt }).run();
      return { token, actor, expiresAt };
    },

    /** The actor of a live session whose key is still valid, or null. */
    authenticate(token: string, now = new Date()): Actor | null {
      if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
      const row = db
        .select({ id: apiKeys.id, name: apiKeys.name, role: apiKeys.role, revokedAt: apiKeys.revokedAt, keyExpiresAt: apiKeys.expiresAt })
        .from(sessions)
        .innerJoin(apiKeys, eq(apiKeys.id, sessions.keyId))
        .where(and(eq(sessions.tokenHash, sha256Hex(token)), gt(sessions.expiresAt, now.toISOString())))
        .get();
      if (!row || row.revokedAt) return null;
      if (row.keyExpiresAt && Date.parse(row.keyExpiresAt) <= now.getTime()) return null;
      return { id: row.id, name: row.name, role: row.role };
    },

    /** Signs a session out. Unknown tokens are ignored: signing out twice is not an error. */
    close(token: string): void {
      db.delete(sessions).where(eq(sessions.tokenHash, sha256Hex(token))).run();
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
