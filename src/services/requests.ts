// Requests ("is this true?") from readers, tiplines and newsroom desks: arrival with matching against
// known claims, linking to a claim (or creating one from the request), unlinking with a reason, moving
// all of a claim's requests to another, and the demand they make. Every change is an audit event.
//
// Privacy: a request holds the text asked about, where it was seen, its channel and language, and the
// requester only as HMAC-SHA256(key, channel ‖ NUL ‖ reference). The key is derived (HKDF) from the
// service's audit signing key, so it lives outside the database: a copy of the database cannot be used to
// test guesses ("is this phone number among the requesters?"), while the same reference on the same
// channel still hashes the same, which is what distinct-requester counts need. The hash never leaves
// the service (not in responses, not in the audit log).
import { createHmac, hkdfSync, type KeyObject } from 'node:crypto';
import type { ClaimRecord, RequestRecord, RequestStatus } from '../domain/types.js';
import { AppError } from '../errors.js';
import { newId } from '../lib/ids.js';
import type { DemandDay, Repositories, RequestListFilter, Storage } from '../repositories/types.js';
import { appendAuditEvent, type Changes } from './audit-log.js';
import { getClaim, type ClaimInput, type Claims } from './claims.js';
import { answerLinkedRequests, linkedStatus, recordAnswered, type AnswerLookup, type PublishedAnswer } from './request-answers.js';
import type { Search } from './search.js';

export interface RequestInput {
  text: string;
  url?: string | null;
  channel: string;
  language?: string;
  requesterRef: string;
}

export interface RequestMatch {
  claim: ClaimRecord;
  similarity: number;
  /** The claim's published fact-check, if it has a live one. */
  answer: PublishedAnswer | null;
}

export interface Demand {
  claimId: string;
  requests: number;
  requesters: number;
  daily: DemandDay[];
  channels: Array<{ channel: string; requests: number }>;
}

/** The key requester references are hashed under, derived from the audit signing key (see above). */
export function requesterKey(signingKey: KeyObject): Buffer {
  const secret = signingKey.export({ type: 'pkcs8', format: 'der' });
  return Buffer.from(hkdfSync('sha256', secret, 'claimledger', 'requester-reference v1', 32));
}

const AUDITED = ['text', 'url', 'channel', 'language', 'status', 'claimId'] as const;

export async function getRequest(r: Repositories, id: string): Promise<RequestRecord> {
  const row = await r.requests.find(id);
  if (!row) throw new AppError('REQUEST_NOT_FOUND', `No request has id ${id}.`);
  return row;
}

function changesBetween(before: RequestRecord | null, after: RequestRecord): Changes {
  const changes: Changes = {};
  for (const f of AUDITED) {
    const from = before ? before[f] : null;
    if (from !== after[f]) changes[f] = { from, to: after[f] };
  }
  return changes;
}

export function createRequests(storage: Storage, search: Search, claims: Claims, hmacKey: Buffer, answerOf: AnswerLookup) {
  const hashRequester = (channel: string, ref: string) => createHmac('sha256', hmacKey).update(`${channel}\u0000${ref}`).digest('hex');

  // A request's events carry the claim it is (or was) linked to, so the claim's history shows its demand.
  async function record(r: Repositories, actorId: string, action: string, before: RequestRecord | null, after: RequestRecord, at: string, reason?: string | null) {
    await appendAuditEvent(r.audit, {
      actorId, action, at, entity: { type: 'request', id: after.id }, claimId: after.claimId ?? before?.claimId ?? null,
      changes: changesBetween(before, after), reason: reason ?? null,
    });
  }

  /** Links an open request to a claim (inside a unit of work); answered at once if the claim's verdict is out. */
  async function linkTo(r: Repositories, actorId: string, request: RequestRecord, claim: ClaimRecord, at: string): Promise<RequestRecord> {
    const linked = await r.requests.update(request.id, { claimId: claim.id, status: 'linked', linkedAt: at, linkedBy: actorId, answeredAt: null });
    await record(r, actorId, 'request.linked', request, linked, at);
    await r.claims.recountDemand(claim.id);
    const answer = await answerOf(r, claim);
    if (!answer) return linked;
    await answerLinkedRequests(r, claim, actorId, at, answer);
    return getRequest(r, request.id);
  }

  return {
    hashRequester,

    /** Stores the request, then finds the claims it may be about (the response says whether one answers it). */
    async submit(actorId: string, input: RequestInput): Promise<{ request: RequestRecord; matches: RequestMatch[] }> {
      const request = await storage.withTransaction(async (r) => {
        const at = new Date().toISOString();
        const row: RequestRecord = {
          id: newId('req'), text: input.text, url: input.url ?? null, channel: input.channel, language: input.language ?? 'en',
          requesterHash: hashRequester(input.channel, input.requesterRef), status: 'open', claimId: null,
          createdAt: at, createdBy: actorId, linkedAt: null, linkedBy: null, answeredAt: null,
        };
        await r.requests.insert(row);
        await record(r, actorId, 'request.created', null, row, at);
        return row;
      });
      const matches: RequestMatch[] = [];
      for (const m of await search.requestMatches(request.text)) matches.push({ claim: m.row, similarity: m.similarity, answer: await answerOf(storage.read, m.row) });
      return { request, matches };
    },

    /** A request; with `onlyCreatedBy` (a reader's key), only one that key submitted — others are 404. */
    async get(id: string, onlyCreatedBy?: string): Promise<RequestRecord> {
      const row = await getRequest(storage.read, id);
      if (onlyCreatedBy && row.createdBy !== onlyCreatedBy) throw new AppError('REQUEST_NOT_FOUND', `No request has id ${id}.`);
      return row;
    },

    list(filter: RequestListFilter): Promise<RequestRecord[]> {
      return storage.read.requests.list(filter);
    },

    /** Links a request to a claim. Linking it again to the same claim changes nothing. */
    link(actorId: string, id: string, claimId: string): Promise<{ request: RequestRecord; claim: ClaimRecord }> {
      return storage.withTransaction(async (r) => {
        const request = await getRequest(r, id);
        const claim = await r.claims.find(claimId);
        if (!claim) throw new AppError('UNKNOWN_REFERENCE', `claimId ${claimId} is not a claim.`, {}, [{ path: 'body.claimId', message: 'No such claim' }]);
        if (request.claimId === claimId) return { request, claim };
        if (request.claimId) {
          throw new AppError('REQUEST_ALREADY_LINKED', `Request ${id} is linked to claim ${request.claimId}. Unlink it first (with a reason), or move that claim's requests with POST /v1/claims/${claimId}/requests/merge.`, { claimId: request.claimId });
        }
        const linked = await linkTo(r, actorId, request, claim, new Date().toISOString());
        return { request: linked, claim: await getClaim(r, claimId) };
      });
    },

    /** Creates a claim from an open request (its text and language unless given) and links the request to it. */
    createClaim(actorId: string, id: string, input: Partial<ClaimInput>): Promise<{ request: RequestRecord; claim: ClaimRecord }> {
      return storage.withTransaction(async (r) => {
        const request = await getRequest(r, id);
        if (request.claimId) {
          throw new AppError('REQUEST_ALREADY_LINKED', `Request ${id} is already linked to claim ${request.claimId}.`, { claimId: request.claimId });
        }
        const created = await claims.create(actorId, { ...input, text: input.text ?? request.text, language: input.language ?? request.language });
        const linked = await linkTo(r, actorId, request, created, new Date().toISOString());
        return { request: linked, claim: await getClaim(r, created.id) };
      });
    },

    /** Unlinks a request from its claim, with a reason: it is open again and no longer counts as demand. */
    unlink(actorId: string, id: string, reason: string): Promise<RequestRecord> {
      return storage.withTransaction(async (r) => {
        const request = await getRequest(r, id);
        if (!request.claimId) throw new AppError('REQUEST_NOT_LINKED', `Request ${id} is not linked to a claim.`);
        const at = new Date().toISOString();
        const open = await r.requests.update(id, { claimId: null, status: 'open', linkedAt: null, linkedBy: null, answeredAt: null });
        await record(r, actorId, 'request.unlinked', request, open, at, reason);
        await r.claims.recountDemand(request.claimId);
        return open;
      });
    },

    /**
     * Moves every request of claim `fromClaimId` to claim `claimId` (the two are the same claim asked about
     * twice). Each request takes the state the target gives it: answered if its verdict is out, else linked.
     */
    merge(actorId: string, claimId: string, fromClaimId: string, reason: string | null): Promise<{ moved: number; claim: ClaimRecord }> {
      return storage.withTransaction(async (r) => {
        const target = await getClaim(r, claimId);
        if (fromClaimId === claimId) {
          throw new AppError('VALIDATION_FAILED', 'fromClaimId names the claim the requests would move to; name another claim.', {}, [{ path: 'body.fromClaimId', message: 'must differ from the claim in the path' }]);
        }
        if (!(await r.claims.find(fromClaimId))) {
          throw new AppError('UNKNOWN_REFERENCE', `fromClaimId ${fromClaimId} is not a claim.`, {}, [{ path: 'body.fromClaimId', message: 'No such claim' }]);
        }
        const at = new Date().toISOString();
        const moving = await r.requests.forClaim(fromClaimId);
        const answer = await answerOf(r, target);
        const status: RequestStatus = linkedStatus(answer);
        for (const request of moving) {
          const answeredAt = status === 'answered' ? (request.answeredAt ?? at) : null;
          const moved = await r.requests.update(request.id, { claimId, status, linkedAt: at, linkedBy: actorId, answeredAt });
          await record(r, actorId, 'request.moved', request, moved, at, reason);
          if (answer && request.status !== 'answered') await recordAnswered(r, request, target, actorId, at, answer);
        }
        if (moving.length) {
          await r.claims.recountDemand(fromClaimId);
          await r.claims.recountDemand(claimId);
        }
        return { moved: moving.length, claim: await getClaim(r, claimId) };
      });
    },

    /** The claim's demand: its counters, and requests and distinct requesters per day of arrival and per channel. */
    async demand(claimId: string): Promise<Demand> {
      const r = storage.read;
      const claim = await getClaim(r, claimId);
      const daily = everyDay(await r.requests.dailyDemand(claimId), new Date().toISOString().slice(0, 10));
      return { claimId, requests: claim.requestCount, requesters: claim.requesterCount, daily, channels: await r.requests.channelDemand(claimId) };
    },
  };
}

export type Requests = ReturnType<typeof createRequests>;

/**
 * The daily series with the quiet days in it: every UTC day from the first request's to today (or to the last
 * request's, if later), zeros where nobody asked, so a chart of it has a true time axis.
 */
export function everyDay(days: readonly DemandDay[], today: string): DemandDay[] {
  if (days.length === 0) return [];
  const byDate = new Map(days.map((d) => [d.date, d]));
  const last = days.at(-1)!.date > today ? days.at(-1)!.date : today;
  const series: DemandDay[] = [];
  for (let t = Date.parse(`${days[0]!.date}T00:00:00Z`); ; t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    series.push(byDate.get(date) ?? { date, requests: 0, requesters: 0 });
    if (date >= last) return series;
  }
}
