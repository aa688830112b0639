// Sources: creation with canonical-URL de-duplication, edits under If-Match, and the claims each supports.
import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { claims, evidence, sources, type SourceKind } from '../db/schema.js';
import { canonicaliseUrl } from '../domain/urls.js';
import { AppError } from '../errors.js';
import { sha256Hex } from '../lib/hash.js';
import { newId } from '../lib/ids.js';
import { inTransaction } from '../lib/transaction.js';
import type { ActorRef } from './api-keys.js';
import { diff, type AuditLog } from './audit-log.js';

export type SourceRow = typeof sources.$inferSelect;

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

export function toSourceDto(row: SourceRow, refs: (id: string | null) => ActorRef | null, withContent: boolean) {
  return {
    id: row.id,
    url: row.canonicalUrl,
    citation: row.citation,
    title: row.title,
    publisher: row.publisher,
    author: row.author,
    publishedAt: row.publishedAt,
    kind: row.kind,
    ...(withContent ? { content: row.content } : {}),
    contentSha256: row.contentSha256,
    retrievedAt: row.retrievedAt,
    version: row.version,
    createdAt: row.createdAt,
    createdBy: refs(row.createdBy)!,
    updatedAt: row.updatedAt,
  };
}

export function createSources(db: Db, audit: AuditLog) {
  function find(id: string): SourceRow | undefined {
    return db.select().from(sources).where(eq(sources.id, id)).get();
  }
  function get(id: string): SourceRow {
    const row = find(id);
    if (!row) throw new AppError('SOURCE_NOT_FOUND', `No source has id ${id}.`);
    return row;
  }

  return {
    find,
    get,

    /** Creates a source, or returns the existing one with the same canonical URL (created: false). */
    create(actorId: string, input: SourceInput): { source: SourceRow; created: boolean } {
      const canonicalUrl = input.url ? canonicalOrError(input.url) : null;
      return inTransaction(db, () => {
        if (canonicalUrl) {
          const existing = db.select().from(sources).where(eq(sources.canonicalUrl, canonicalUrl)).get();
          if (existing) return { source: existing, created: false };
        }
        const now = new Date().toISOString();
        const row = db
          .insert(sources)
          .values({
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
            createdAt: now,
            createdBy: actorId,
            updatedAt: now,
          })
          .returning()
          .get();
        audit.append({ actorId, action: 'source.created', at: now, entity: { type: 'source', id: row.id }, changes: diff(null, row, AUDITED_FIELDS) });
        return { source: row, created: true };
      });
    },

    update(actorId: string, id: string, expectedVersion: number | '*', patch: Partial<SourceInput>): SourceRow {
      return inTransaction(db, () => {
        const before = get(id);
        if (expectedVersion !== '*' && before.version !== expectedVersion) {
          throw new AppError('PRECONDITION_FAILED', `Source ${id} is at version ${before.version}, not ${expectedVersion}. Read it again and retry.`, { currentVersion: before.version });
        }
        const next: Partial<SourceRow> = { ...patch };
        if (patch.url !== undefined) {
          next.canonicalUrl = patch.url ? canonicalOrError(patch.url) : null;
          if (next.canonicalUrl) {
            const other = db.select({ id: sources.id }).from(sources).where(eq(sources.canonicalUrl, next.canonicalUrl)).get();
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
          const quoted = db
            .select({ id: evidence.id })
            .from(evidence)
            .where(and(eq(evidence.sourceId, id), isNull(evidence.retractedAt), sql`${evidence.quote} IS NOT NULL`))
            .all();
          if (quoted.length > 0) {
            throw new AppError(
              'SOURCE_CONTENT_CONFLICT',
              `Source ${id} has active quoted evidence (${quoted.map((q) => q.id).join(', ')}) checked against its current content. Retract that evidence before replacing the snapshot.`,
              { evidenceIds: quoted.map((q) => q.id) },
            );
          }
          next.contentSha256 = patch.content == null ? null : sha256Hex(patch.content);
        }
        if (Object.keys(diff(before, { ...before, ...next }, [...AUDITED_FIELDS, 'content'])).length === 0) return before; // nothing changed: no new version, no event
        const now = new Date().toISOString();
        const after = db
          .update(sources)
          .set({ ...next, version: sql`${sources.version} + 1`, updatedAt: now })
          .where(and(eq(sources.id, id), eq(sources.version, before.version)))
          .returning()
          .get();
        if (!after) throw new AppError('PRECONDITION_FAILED', `Source ${id} changed while it was being updated. Read it again and retry.`);
        const changes = diff(before, after, AUDITED_FIELDS);
        audit.append({ actorId, action: 'source.updated', at: now, entity: { type: 'source', id }, changes });
        return after;
      });
    },

    list(opts: { limit: number; cursor?: string; kind?: SourceKind }): SourceRow[] {
      const conds = [];
      if (opts.cursor) conds.push(lt(sources.id, opts.cursor));
      if (opts.kind) conds.push(eq(sources.kind, opts.kind));
      return db.select().from(sources).where(and(...conds)).orderBy(desc(sources.id)).limit(opts.limit + 1).all();
    },

    /** The claims a source is active evidence for, with the stance of each link. */
    claimsFor(id: string) {
      return db
        .select({ claimId: claims.id, claimText: claims.text, claimStatus: claims.status, evidenceId: evidence.id, stance: evidence.stance })
        .from(evidence)
        .innerJoin(claims, eq(claims.id, evidence.claimId))
        .where(and(eq(evidence.sourceId, id), isNull(evidence.retractedAt)))
        .orderBy(evidence.id)
        .all();
    },
  };
}

export type Sources = ReturnType<typeof createSources>;
