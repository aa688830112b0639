// Responses kept as sent until the next commit. A claim read builds its body from three queries, a mapping
// and a 7 KB serialisation: most of its cost, repeated for every newsroom that reads a popular claim.
// A kept body is reused only while the storage's change mark (on SQLite, the read snapshot's
// data_version, which moves with every commit by any connection or process) is the one it was built
// under, so no reader ever gets a body older than the data its request could see. Only bodies that are
// the same for every caller are kept. Where the backend gives no mark (PostgreSQL, an in-memory
// database), nothing is kept.
import type { FastifyReply } from 'fastify';
import type { Storage } from '../repositories/types.js';

interface Kept {
  mark: number;
  etag: string | undefined;
  json: string;
}

export interface Built {
  body: unknown;
  etag?: string;
}

export type SendCached = (reply: FastifyReply, key: string, build: () => Promise<Built>) => Promise<FastifyReply>;

export function readCache(storage: Pick<Storage, 'changeMark'>, maxEntries: number): SendCached {
  const kept = new Map<string, Kept>();
  return async (reply, key, build) => {
    // Read before the body's own reads: were a commit to land between the two, the body would be newer
    // than its mark, never older, and the mark already stale.
    const mark = maxEntries > 0 ? storage.changeMark() : undefined;
    let entry = mark === undefined ? undefined : kept.get(key);
    if (!entry || entry.mark !== mark) {
      const { body, etag } = await build();
      // The route's own response serializer (fast-json-stringify from its schema), as for any other answer.
      entry = { mark: mark ?? -1, etag, json: reply.serialize(body) as string };
      if (mark !== undefined) {
        // Oldest first out (a Map iterates in insertion order); a stale entry is replaced in place.
        if (!kept.has(key) && kept.size >= maxEntries) kept.delete(kept.keys().next().value!);
        kept.set(key, entry);
      }
    }
    if (entry.etag !== undefined) reply.header('etag', entry.etag);
    // A string with a JSON content type is sent as it is: Fastify does not serialise it again.
    return reply.type('application/json; charset=utf-8').send(entry.json);
  };
}
