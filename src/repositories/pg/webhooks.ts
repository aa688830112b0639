// Webhooks on PostgreSQL: NOT IMPLEMENTED YET (the webhook tables exist only in the SQLite schema). With no
// subscription possible, the outbox finds none to fan out to and the delivery worker finds nothing due;
// creating or reading a subscription fails with a clear error. See README → Running several instances.
import type { WebhooksRepository } from '../types.js';

const unsupported = (): never => {
  throw new Error('webhooks are not available on PostgreSQL yet (they need the SQLite backend)');
};

export function pgWebhooks(): WebhooksRepository {
  return {
    find: async () => undefined,
    insert: async () => unsupported(),
    update: async () => unsupported(),
    delete: async () => unsupported(),
    list: async () => [],
    enabled: async () => [],
    insertMessage: async () => unsupported(),
    findMessage: async () => undefined,
    listMessages: async () => [],
    dueMessages: async () => [],
    nextDueAt: async () => undefined,
    recordAttempt: async () => unsupported(),
    requeue: async () => unsupported(),
    attemptsFor: async () => [],
    countByState: async () => [],
  };
}
