// Opaque list cursors: the id of the last item of a page, base64url-encoded so clients do not build them.
import { AppError } from '../errors.js';

export function encodeCursor(lastId: string): string {
  return Buffer.from(lastId, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined, pattern: RegExp): string | undefined {
  if (cursor === undefined) return undefined;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!pattern.test(id)) {
    throw new AppError('VALIDATION_FAILED', 'The cursor is not one this service issued.', {}, [{ path: 'querystring.cursor', message: 'Invalid cursor' }]);
  }
  return id;
}

/** Fetches limit + 1 rows to learn whether another page exists without a COUNT. */
export function page<T extends { id: string }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}
