// One small layer over node-postgres: every statement is a named prepared statement (prepared once per
// connection by the server, then only bound and run), and rows come back as the camelCase records the
// repositories return (column aliases are quoted, as PostgreSQL folds unquoted names to lower case).
import { createHash } from 'node:crypto';
import type pg from 'pg';

/** A pool (each statement on any free connection) or one client (inside a unit of work). */
export type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

const names = new Map<string, string>();
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) names.set(text, (name = `cl_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`));
  return name;
}

export interface Q {
  rows<R>(text: string, values?: unknown[]): Promise<R[]>;
  one<R>(text: string, values?: unknown[]): Promise<R | undefined>;
  run(text: string, values?: unknown[]): Promise<number>;
}

export function queries(db: Queryable): Q {
  const exec = async (text: string, values: unknown[] = []) =>
    db.query({ name: statementName(text), text, values });
  return {
    async rows<R>(text: string, values?: unknown[]) {
      return (await exec(text, values)).rows as R[];
    },
    async one<R>(text: string, values?: unknown[]) {
      return (await exec(text, values)).rows[0] as R | undefined;
    },
    async run(text: string, values?: unknown[]) {
      return (await exec(text, values)).rowCount ?? 0;
    },
  };
}

/** `$1, $2, …` from `from`. */
export const params = (n: number, from = 1): string => Array.from({ length: n }, (_, i) => `$${i + from}`).join(', ');

/** SET clause pieces for the given camelCase fields, numbered from `from`. */
export function setClause(fields: readonly string[], columns: Record<string, string>, from = 1): string {
  return fields.map((f, i) => {
    const column = columns[f];
    if (!column) throw new Error(`unknown column for field ${f}`);
    return `${column} = $${i + from}`;
  }).join(', ');
}

/** Column list with quoted camelCase aliases: "claim_date AS \"claimDate\"". */
export function columns(spec: Record<string, string>, prefix = ''): string {
  return Object.entries(spec).map(([alias, column]) => (alias === column ? `${prefix}${column}` : `${prefix}${column} AS "${alias}"`)).join(', ');
}
