// Opaque, time-sortable ids with a type prefix (clm_, src_, evd_, key_, req_, xrv_ for external reviews): a ULID keeps them in creation order.
import { randomFillSync } from 'node:crypto';
import { monotonicFactory } from 'ulid';

// The same crypto-strength bytes ulid's default source gives, drawn 4 KiB at a time: the default asks the
// operating system for one byte per character (16 calls per id), which showed up in bulk-import profiles.
const pool = new Uint8Array(4096);
let next = pool.length;
function randomFraction(): number {
  if (next === pool.length) {
    randomFillSync(pool);
    next = 0;
  }
  return pool[next++]! / 256;
}

const nextUlid = monotonicFactory(randomFraction);

export type IdPrefix = 'clm' | 'src' | 'evd' | 'key' | 'whk' | 'msg' | 'req' | 'rat' | 'xrv';

export function newId(prefix: IdPrefix): string {
  return `${prefix}_${nextUlid().toLowerCase()}`;
}

export const ID_PATTERN = (prefix: IdPrefix) => new RegExp(`^${prefix}_[0-9a-z]{26}$`);
