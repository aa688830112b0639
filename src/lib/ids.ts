// Opaque, time-sortable ids with a type prefix (clm_, src_, evd_, key_, req_, xrv_ for external reviews): a ULID keeps them in creation order.
import { monotonicFactory } from 'ulid';

const nextUlid = monotonicFactory();

export type IdPrefix = 'clm' | 'src' | 'evd' | 'key' | 'whk' | 'msg' | 'req' | 'rat' | 'xrv';

export function newId(prefix: IdPrefix): string {
  return `${prefix}_${nextUlid().toLowerCase()}`;
}

export const ID_PATTERN = (prefix: IdPrefix) => new RegExp(`^${prefix}_[0-9a-z]{26}$`);
