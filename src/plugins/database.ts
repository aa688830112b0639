// The database decorator: opened and migrated once per app, closed when the app closes.
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { openMigratedDatabase, type Db } from '../db/database.js';
import { createServices, type Services } from '../services/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    services: Services;
  }
}

export default fp<{ config: Config }>(
  async (app, { config }) => {
    const db = openMigratedDatabase(config.dbPath);
    app.decorate('db', db);
    app.decorate('services', createServices(db, config));
    app.addHook('onClose', async () => {
      db.$client.close();
    });
  },
  { name: 'database' },
);
