// Requests (issue #14) on PostgreSQL: NOT IMPLEMENTED YET (no requests table in migrations-pg). Reads find
// none; writes fail with a clear error.
import type { RequestsRepository } from '../types.js';

const unsupported = (): never => {
  throw new Error('requests are not available on PostgreSQL yet (they need the SQLite backend)');
};

export function pgRequests(): RequestsRepository {
  return {
    find: async () => undefined,
    insert: async () => unsupported(),
    update: async () => unsupported(),
    list: async () => [],
    forClaim: async () => [],
    unansweredForClaim: async () => [],
    dailyDemand: async () => [],
    channelDemand: async () => [],
  };
}
