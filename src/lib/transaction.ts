// One place that opens a write transaction. better-sqlite3 is synchronous, so the whole callback
// (change + audit event) runs under one IMMEDIATE lock; an exception rolls everything back.
import type { Db } from '../db/database.js';

export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.$client.transaction(fn).immediate();
}
