// Sources: creation with canonical-URL de-duplication, edits under If-Match, and the claims each supports.
import type { SourceKind, SourceRecord } from '../domain/types.js';
import { canonicaliseUrl } from '../domain/urls.js';
import { AppError } from '../errors.js';
import { sha256Hex } from '../lib/hash.js';
import { newId } from '../lib/ids.js';
import type { Repositories, SourceChange, Storage } from '../repositories/types.js';
import { appendAuditEvent, diff } from './audit-log.js';

export type SourceRow = SourceRecord;

export interface SourceInput {
  url?: string | null;
  citation?: string | null;
  title: string;
  publisher?: string | null;
  author?: string | null;
  publishedAt?: string | null;
  kind: SourceKind;
  content?: string | null;
  retrievedAt?: string | null;
}

const AUDITED_FIELDS = ['url', 'canonicalUrl', 'citation', 'title', 'publisher', 'author', 'publishedAt', 'kind', 'contentSha256', 'retrievedAt'] as const;

function canonicalOrError(url: string): string {
  try {
    return canonicaliseUrl(url);
  } catch (err) {
    throw new AppError('VALIDATION_FAILED', 'The source URL is not valid.', {}, [{ path: 'body.url', message: (err as Error).message }]);
  }
}

async function getSource(r: Repositories, id: string): Promise<SourceRecord> {
  const row = await r.sources.find(id);
  if (!row) throw new AppError('SOURCE_NOT_FOUND', `No source has id ${id}.`);
  return row;
}

export function createSources(storage: Storage) {
  return {
    find(id: string): Promise<SourceRecord | undefined> {
      return storage.read.sources.find(id);
    },
    get(id: string): Promise<SourceRecord> {
      return getSource(storage.read, id);
    },

    /** Creates a source, or returns the existing one with the same canonical URL (created: false). */
    create(actorId: string, input: SourceInput): Promise<{ source: SourceRecord; created: boolean }> {
      const canonicalUrl = input.url ? canonicalOrError(input.url) : null;
      return storage.withTransaction(async (r) => {
        if (canonicalUrl) {
          const existing = await r.sources.findByCanonicalUrl(canonicalUrl);
          if (existing) return { source: existing, created: false };
        }
        const now = new Date().toISOString();
        const row: SourceRecord = {
          id: newId('src'),
          url: input.url ?? null,
          canonicalUrl,
          citation: input.citation ?? null,
          title: input.title,
          publisher: input.publisher ?? null,
          author: input.author ?? null,
          publishedAt: input.publishedAt ?? null,
          kind: input.kind,
          content: input.content ?? null,
          contentSha256: input.content == null ? null : sha256Hex(input.content),
          retrievedAt: input.retrievedAt ?? (input.content == null ? null : now),
          version: 1,
          createdAt: now,
          createdBy: actorId,
          updatedAt: now,
        };
        await r.sources.insert(row);
        await appendAuditEvent(r.audit, { actorId, action: 'source.created', at: now, entity: { type: 'source', id: row.id }, changes: diff(null, row, AUDITED_FIELDS) });
        return { source: row, created: true };
      });
    },

    update(actorId: string, id: string, expectedVersion: number | '*', patch: Partial<SourceInput>): Promise<SourceRecord> {
      return storage.withTransaction(async (r) => {
        const before = await getSource(r, id);
        if (expectedVersion !== '*' && before.version !== expectedVersion) {
          throw new AppError('PRECONDITION_FAILED', `Source ${id} is at version ${before.version}, not ${expectedVersion}. Read it again and retry.`, { currentVersion: before.version });
        }
        const next: SourceChange = { ...patch };
        if (patch.url !== undefined) {
          next.canonicalUrl = patch.url ? canonicalOrError(patch.url) : null;
          if (next.canonicalUrl) {
            const other = await r.sources.findByCanonicalUrl(next.canonicalUrl);
            if (other && other.id !== id) throw new AppError('SOURCE_URL_CONFLICT', `Source ${other.id} already has the URL ${next.canonicalUrl}.`, { existingSourceId: other.id });
          }
        }
        // A field sent as null is cleared, so `??` would wrongly fall back to the old value.
        const urlAfter = patch.url !== undefined ? patch.url : before.url;
        const citationAfter = patch.citation !== undefined ? patch.citation : before.citation;
        if (!urlAfter && !citationAfter) {
          throw new AppError('VALIDATION_FAILED', 'A source needs a url or a citation.', {}, [{ path: 'body.citation', message: 'Give a url or a citation' }]);
        }
        if (patch.content !== undefined && patch.content !== before.content) {
          // The snapshot is what the quotes were checked against: it may not change under them.
          const quoted = await r.evidence.activeQuotedFromSource(id);
          if (quoted.length > 0) {
            throw new AppError(
              'SOURCE_CONTENT_CONFLICT',
              `Source ${id} has active quoted evidence (${quoted.join(', ')}) checked against its current content. Retract that evidence before replacing the snapshot.`,
              { evidenceIds: quoted },
            );
          }
          next.contentSha256 = patch.content == null ? null : sha256Hex(patch.content);
        }
        if (Object.keys(diff(before, { ...before, ...next }, [...AUDITED_FIELDS, 'content'])).length === 0) return before; // nothing changed: no new version, no event
        const now = new Date().toISOString();
        const after = await r.sources.update(id, before.version, next, now);
        if (!after) throw new AppError('PRECONDITION_FAILED', `Source ${id} changed while it was being updated. Read it again and retry.`);
        const changes = diff(before, after, AUDITED_FIELDS);
        await appendAuditEvent(r.audit, { actorId, action: 'source.updated', at: now, entity: { type: 'source', id }, changes });
        return after;
      });
    },

    list(opts: { limit: number; cursor?: string; kind?: SourceKind }): Promise<SourceRecord[]> {
      return storage.read.sources.list(opts);
    },

    /** The claims a source is active evidence for, with the stance of each link. */
    async claimsFor(id: string) {
      return storage.read.evidence.claimsForSource(id);
    },
  };
}

export type Sources = ReturnType<typeof createSources>;
