// GET /v1/events/stream: the audit log as Server-Sent Events, live, resumable with Last-Event-ID, filtered by
// the caller's role (src/domain/event-visibility.ts). The console listens to it to refresh what it shows.
import { PassThrough, type Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { NOTICE_ENTITY_TYPES, streamAccess } from '../../domain/event-visibility.js';
import type { AuditRow } from '../../repositories/types.js';
import { problems } from '../../schemas/common.js';
import { rowToAuditEvent } from '../../services/audit-verify.js';
import { toAuditEventDto } from '../presenters.js';

const PAGE = 200;
/** A client this far behind (bytes not yet taken by its connection) is cut off; it resumes with Last-Event-ID. */
const MAX_BUFFERED_BYTES = 1024 * 1024;
const HEARTBEAT_MS = 15_000;
const RETRY_MS = 2_000;

const SeqParam = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const routes: FastifyPluginAsyncZod = async (app) => {
  const { events, apiKeys } = app.services;

  app.get('/events/stream', {
    exposeHeadRoute: false,
    config: { permission: 'read' },
    schema: {
      operationId: 'streamEvents',
      summary: 'Live stream of changes (Server-Sent Events)',
      description: [
        'A `text/event-stream` of audit events as they commit: each message has `id:` = the event\'s seq and `data:` = the event as JSON.',
        'Reconnecting with `Last-Event-ID` (EventSource does it by itself) resumes right after that seq, with no gap and no duplicate; without it the stream starts at the current head.',
        'Auditors and admins receive every event in full (as in GET /v1/audit/events). Other roles receive only events about claims, evidence and sources, as a notice',
        '`{seq, at, action, entity, claimId}` without actor, changes or reason (those are the history, which is auditor-only).',
        'A comment line is sent every 15 s to keep the connection open. With `follow=false` the stream sends what is already there and ends.',
      ].join(' '),
      tags: ['Events'],
      headers: z.object({ 'last-event-id': z.string().regex(/^\d{1,15}$/, 'must be an event id (a seq) this stream sent').optional().meta({ description: 'The id of the last event received; the stream resumes after it.' }) }),
      querystring: z.object({
        lastEventId: SeqParam.optional().meta({ description: 'The same as the Last-Event-ID header, for clients that cannot set headers; the header wins.' }),
        follow: z.stringbool().default(true).meta({ description: 'false: send the events after Last-Event-ID up to now, then end.' }),
      }),
      produces: ['text/event-stream'],
      response: { 200: z.string().meta({ description: 'Server-Sent Events: `id: <seq>` and `data: <event JSON>` per event.' }), ...problems(400, 401, 403) },
    },
  }, async (request, reply) => {
    const header = request.headers['last-event-id'];
    const { follow } = request.query;
    const full = streamAccess(request.actor.role) === 'full';
    let cursor = header !== undefined ? Number(header) : request.query.lastEventId ?? (follow ? await events.head() : 0);
    const out = new PassThrough();
    let closed = false;
    let busy = false;
    let again = false;

    const visible = (row: AuditRow) => {
      if (full) return toAuditEventDto(rowToAuditEvent(row), apiKeys.actorRef);
      if (!NOTICE_ENTITY_TYPES.includes(row.entity_type)) return undefined;
      return { seq: row.seq, at: row.at, action: row.action, entity: { type: row.entity_type, id: row.entity_id }, claimId: row.claim_id };
    };

    const close = () => {
      if (closed) return;
      closed = true;
      unsubscribe();
      untrack();
      clearInterval(heartbeat);
      out.end();
    };

    async function pump(): Promise<void> {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      try {
        do {
          again = false;
          for (;;) {
            const rows = await events.after(cursor, PAGE);
            for (const row of rows.slice(0, PAGE)) {
              if (closed) return;
              cursor = row.seq;
              const event = visible(row);
              if (event) out.write(`id: ${row.seq}\ndata: ${JSON.stringify(event)}\n\n`);
            }
            if (out.writableLength > MAX_BUFFERED_BYTES) return close();
            if (rows.length <= PAGE) break;
          }
        } while (again && !closed);
        if (!follow) close();
      } catch (err) {
        request.log.warn({ err }, 'event stream: reading the audit log failed; closing the stream (the client resumes)');
        close();
      } finally {
        busy = false;
      }
    }

    const unsubscribe = follow ? events.subscribe(() => void pump()) : () => undefined;
    const untrack = events.track({ end: close });
    const heartbeat = setInterval(() => out.write(': keep-alive\n\n'), HEARTBEAT_MS).unref();
    reply.raw.on('close', close);

    reply
      .type('text/event-stream; charset=utf-8')
      .header('cache-control', 'no-store');
    out.write(`retry: ${RETRY_MS}\n\n`);
    void pump();
    // A stream is piped as it is, never serialised; the schema above only documents what it carries.
    return reply.send(out as Readable as unknown as string);
  });
};

export default routes;
