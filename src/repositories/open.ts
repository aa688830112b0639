// Picks the backend from the configuration: PostgreSQL when DATABASE_URL is set, else SQLite at DB_PATH.
// Both come migrated, with their search index.
import type { Config } from '../config.js';
import { createPgSearchIndex } from './pg/search.js';
import { openPgStorage, type PgStorage } from './pg/storage.js';
import type { SearchIndex } from './search.js';
import { createSearchIndex } from './sqlite/search-index.js';
import { openSqliteStorage, type SqliteStorage } from './sqlite/storage.js';

export type AnyStorage = SqliteStorage | PgStorage;

export interface OpenedStorage {
  storage: AnyStorage;
  searchIndex: SearchIndex;
  /** Where the data lives, for messages: the SQLite path or the URL without its password. */
  describe: string;
}

export async function openStorage(config: Pick<Config, 'dbPath' | 'databaseUrl' | 'databasePoolSize'>): Promise<OpenedStorage> {
  if (config.databaseUrl) {
    const storage = await openPgStorage(config.databaseUrl, { poolSize: config.databasePoolSize });
    return { storage, searchIndex: createPgSearchIndex(storage.pool), describe: `PostgreSQL ${storage.describe}` };
  }
  const storage = openSqliteStorage(config.dbPath);
  return { storage, searchIndex: storage.joinReadSnapshot(createSearchIndex(storage.reader)), describe: config.dbPath };
}
