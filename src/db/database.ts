// Opens the SQLite database with the settings the service relies on, and applies migrations.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.js';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

// src/db and dist/db both sit two levels below the package root.
export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

/** `trace` receives the text of every statement run (tests count queries with it). */
export function openDatabase(dbPath: string, trace?: (sql: string) => void): Db {
  if (dbPath !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
  const sqlite = new Database(dbPath, trace ? { verbose: (sql) => trace(String(sql)) } : {});
  // WAL lets readers run beside the writer; FULL sync means an acknowledged write survives a power cut.
  if (dbPath !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  // A CLI command and the server may share the file: wait for the other writer instead of failing.
  sqlite.pragma('busy_timeout = 5000');
  return drizzle({ client: sqlite, schema }) as Db;
}

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder });
}

export function openMigratedDatabase(dbPath: string, trace?: (sql: string) => void): Db {
  const db = openDatabase(dbPath, trace);
  migrateDatabase(db);
  return db;
}
