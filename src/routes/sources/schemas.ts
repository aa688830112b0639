// Request and response schemas for /v1/sources.
import { z } from 'zod';
import { SOURCE_KINDS } from '../../domain/types.js';
import { ActorRef, idParam, LIMITS, Timestamp } from '../../schemas/common.js';
import { SearchMatch } from '../../schemas/search.js';

const nullableText = (max: number, description: string) => z.string().trim().min(1).max(max).nullable().optional().meta({ description });

export const QuoteSelector = z
  .object({
    exact: z.string().meta({ description: 'The quoted text as it appears in the snapshot.' }),
    prefix: z.string().meta({ description: 'Up to 32 characters before it.' }),
    suffix: z.string().meta({ description: 'Up to 32 characters after it.' }),
    start: z.number().int().meta({ description: 'Offset of the first character in the snapshot (UTF-16 code units).' }),
    end: z.number().int().meta({ description: 'Offset just past the last character.' }),
  })
  .meta({ id: 'QuoteSelector', description: 'Where the quote sits in the source snapshot (W3C Web Annotation text quote and position).' });

export const SourceKind = z.enum(SOURCE_KINDS).meta({ id: 'SourceKind', description: 'What kind of source this is.' });

const sourceFields = {
  url: z.string().trim().max(LIMITS.url).nullable().optional().meta({
    description: 'Where the source lives. Canonicalised (lower-case scheme and host, no fragment, no utm_* parameters); a source with the same canonical URL is returned instead of a duplicate.',
    examples: ['https://www.example.com/north-korea-crypto'],
  }),
  citation: nullableText(LIMITS.citation, 'A free-text citation for sources without a URL, e.g. "KDB report, 2018".'),
  title: z.string().trim().min(1).max(LIMITS.shortText).meta({ description: 'The title of the source.', examples: ['North Korea and Crypto-Love'] }),
  publisher: nullableText(LIMITS.shortText, 'Who published it.'),
  author: nullableText(LIMITS.shortText, 'Who wrote it.'),
  publishedAt: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).nullable().optional().meta({ description: 'When it was published: a date or an instant.', examples: ['2018-09-05'] }),
  kind: SourceKind,
  content: z.string().max(LIMITS.sourceContent).nullable().optional().meta({ description: `A text snapshot of the source (at most ${LIMITS.sourceContent} characters). Evidence quotes are checked against it.` }),
  retrievedAt: Timestamp.nullable().optional().meta({ description: 'When the snapshot was taken; defaults to now when content is given.' }),
};

export const CreateSourceBody = z
  .strictObject(sourceFields)
  .refine((s) => !!s.url || !!s.citation, { message: 'Give a url or a citation', path: ['citation'] })
  .meta({ id: 'CreateSource', description: 'A new source. Either url or citation is required.' });

export const UpdateSourceBody = z
  .strictObject({ ...sourceFields, title: sourceFields.title.optional(), kind: SourceKind.optional() })
  .refine((s) => Object.keys(s).length > 0, { message: 'Send at least one field to change' })
  .meta({ id: 'UpdateSource', description: 'Fields to change; absent fields stay as they are, null clears a field.' });

export const SourceSummary = z
  .object({
    id: z.string(),
    url: z.string().nullable(),
    citation: z.string().nullable(),
    title: z.string(),
    publisher: z.string().nullable(),
    kind: SourceKind,
    publishedAt: z.string().nullable(),
  })
  .meta({ id: 'SourceSummary', description: 'The source an evidence quotes.' });

export const Source = z
  .object({
    id: z.string().meta({ examples: ['src_01jd2x8q0m7k3v5n6p9r4s2t1w'] }),
    url: z.string().nullable().meta({ description: 'The canonical URL.' }),
    citation: z.string().nullable(),
    title: z.string(),
    publisher: z.string().nullable(),
    author: z.string().nullable(),
    publishedAt: z.string().nullable(),
    kind: SourceKind,
    content: z.string().nullable().optional().meta({ description: 'The text snapshot (only when reading one source).' }),
    contentSha256: z.string().nullable().meta({ description: 'SHA-256 of the snapshot, hex.' }),
    retrievedAt: z.string().nullable(),
    version: z.number().int().meta({ description: 'Bumped by every change; sent as the ETag.' }),
    createdAt: z.string(),
    createdBy: ActorRef,
    updatedAt: z.string(),
  })
  .meta({ id: 'Source' });

export const SourceWithClaims = Source.extend({
  claims: z
    .array(
      z.object({
        claimId: z.string(),
        claimText: z.string(),
        claimStatus: z.string(),
        evidenceId: z.string(),
        stance: z.enum(['supports', 'contradicts', 'context']),
        quoteSelector: QuoteSelector.nullable().meta({ description: 'Where the quote sits in this source\'s snapshot, so a reader can highlight it.' }),
      }),
    )
    .meta({ description: 'The claims this source is active evidence for, with the stance of each link.' }),
}).meta({ id: 'SourceWithClaims' });

export const SourceListItem = Source.extend({
  match: SearchMatch.optional().meta({ description: 'Present when the list was searched with `q`: why this source matched.' }),
}).meta({ id: 'SourceListItem' });

export const SourceIdParams = z.object({ id: idParam('src', 'source') });
