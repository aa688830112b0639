// The storage decorator: opened and migrated once per app, closed when the app closes. Routes use
// app.services only; app.db (the writer's drizzle handle) is there for tests and tools.
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { createSearchIndex } from '../repositories/sqlite/search-index.js';
import { openSqliteStorage, type SqliteStorage } from '../repositories/sqlite/storage.js';
import { createServices, type Services } from '../services/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    storage: SqliteStorage;
    db: Db;
    services: Services;
  }
}

export default fp<{ config: Config }>(
  async (app, { config }) => {
    const storage = openSqliteStorage(config.dbPath);
    app.decorate('storage', storage);
    app.decorate('db', storage.db);
    app.decorate('services', await createServices(storage, createSearchIndex(storage.reader), config));
    app.addHook('onClose', async () => {
      await storage.close();
    });
  },
  { name: 'database' },
);
