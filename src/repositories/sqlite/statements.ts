// Statements are prepared once per connection, on first use, and reused: preparing (and drizzle's query
// building) cost more than running these small indexed queries.
import type Database from 'better-sqlite3';

export type Prepare = <P extends unknown[] = unknown[], R = unknown>(sql: string) => Database.Statement<P, R>;

export function statementCache(db: Database.Database): Prepare {
  const cache = new Map<string, Database.Statement>();
  return <P extends unknown[], R>(sql: string) => {
    let statement = cache.get(sql);
    if (!statement) cache.set(sql, (statement = db.prepare(sql)));
    return statement as unknown as Database.Statement<P, R>;
  };
}

/** `?, ?, ?` for a list bound one value per placeholder. */
export const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** SET clause pieces for the given camelCase fields, from a camelCase → column map. */
export function setClause(fields: readonly string[], columns: Record<string, string>): string {
  return fields.map((f) => {
    const column = columns[f];
    if (!column) throw new Error(`unknown column for field ${f}`);
    return `${column} = ?`;
  }).join(', ');
}
