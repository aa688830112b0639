// The storage decorator: opened and migrated once per app, closed when the app closes. Routes use
// app.services only; app.storage (and, on SQLite, app.db, the writer's drizzle handle) are there for
// tests and tools.
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { openStorage, type AnyStorage } from '../repositories/open.js';
import { createServices, type Services } from '../services/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    storage: AnyStorage;
    /** SQLite only: the writer's drizzle handle (throws on PostgreSQL). */
    db: Db;
    services: Services;
  }
}

export default fp<{ config: Config }>(
  async (app, { config }) => {
    const { storage, searchIndex } = await openStorage(config);
    app.decorate<AnyStorage>('storage', storage);
    app.decorate('db', {
      getter() {
        if (storage.backend !== 'sqlite') throw new Error('app.db is the SQLite handle; this app runs on PostgreSQL (use app.storage)');
        return storage.db;
      },
    });
    app.addHook('onClose', async () => {
      await storage.close();
    });
    app.decorate('services', await createServices(storage, searchIndex, config));
  },
  { name: 'database' },
);
