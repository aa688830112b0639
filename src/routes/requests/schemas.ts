// Request and response schemas for /v1/requests and a claim's demand.
import { z } from 'zod';
import { REQUEST_STATUSES } from '../../domain/types.js';
import { ActorRef, idParam, LIMITS } from '../../schemas/common.js';
import { Claim, ClaimStatus, CreateClaimBody, Language } from '../claims/schemas.js';

export const RequestStatus = z.enum(REQUEST_STATUSES).meta({
  id: 'RequestStatus',
  description: 'open: not linked to a claim yet; linked: a checker linked it to a claim; answered: that claim\'s fact-check is published (a verdict alone is not an answer).',
});

const Channel = z
  .string()
  .trim()
  .min(1)
  .max(LIMITS.channel)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, ".", "_" and "-" only')
  .meta({ description: 'Where the request came in: a label you choose per integration. Webhook subscriptions for `request.answered` select by it.', examples: ['whatsapp-tipline'] });

export const CreateRequestBody = z
  .strictObject({
    text: z.string().trim().min(1).max(LIMITS.claimText).meta({ description: 'What the requester asks about, in their words.', examples: ['Is it true that North Korea got 11k bitcoin in 2017?'] }),
    url: z.url({ protocol: /^https?$/ }).max(LIMITS.url).nullable().optional().meta({ description: 'Where the requester saw it.', examples: ['https://example.com/viral-post'] }),
    channel: Channel,
    language: Language.optional().meta({ description: 'BCP-47 language tag of the text; "en" when absent.', examples: ['en'] }),
    requesterRef: z.string().min(1).max(LIMITS.requesterRef).meta({
      description: 'An opaque, stable reference to the requester within the channel (e.g. your own hash of a tipline user id) — never a name, phone number or e-mail address. Only a keyed hash of it is stored, to count distinct requesters; it is never returned.',
      examples: ['u-7f3a9c'],
    }),
  })
  .meta({ id: 'CreateRequest' });

export const Request = z
  .object({
    id: z.string().meta({ examples: ['req_01jd2x8q0m7k3v5n6p9r4s2t1w'] }),
    text: z.string(),
    url: z.string().nullable(),
    channel: z.string(),
    language: z.string(),
    status: RequestStatus,
    claimId: z.string().nullable().meta({ description: 'The claim it is linked to.' }),
    createdAt: z.string(),
    createdBy: ActorRef,
    linkedAt: z.string().nullable(),
    linkedBy: ActorRef.nullable(),
    answeredAt: z.string().nullable().meta({ description: 'When the linked claim\'s fact-check was published (or the request was linked to a published one).' }),
  })
  .meta({ id: 'Request', description: 'A request ("is this true?"). The requester reference is never returned.' });

export const RequestMatch = z
  .object({
    claimId: z.string(),
    text: z.string(),
    status: ClaimStatus,
    similarity: z.number().meta({ description: 'How alike the request and the claim are, 0–1 (shared words and figures).', examples: [0.62] }),
    published: z.boolean().meta({ description: 'Whether the claim has a published (not withdrawn) fact-check.' }),
    url: z.string().meta({ description: 'Where to read the claim: its public fact-check page once published, else the claim in the API.' }),
  })
  .meta({ id: 'RequestMatch', description: 'A known claim the request may be about.' });

export const CreatedRequest = Request.extend({
  matches: z.array(RequestMatch).meta({ description: 'Known claims the request may be about, best first (similarity ≥ 0.3). The request is not linked to them: a checker decides.' }),
  answer: RequestMatch.nullable().meta({ description: 'The best match whose verdict is published, when its similarity is at least 0.5: the answer that already exists. null otherwise.' }),
}).meta({ id: 'CreatedRequest' });

export const RequestIdParams = z.object({ id: idParam('req', 'request') });

export const LinkBody = z.strictObject({ claimId: idParam('clm', 'claim') }).meta({ id: 'LinkRequest' });

export const UnlinkBody = z
  .strictObject({ reason: z.string().trim().min(1).max(LIMITS.rationale).meta({ description: 'Why the request does not belong to that claim.' }) })
  .meta({ id: 'UnlinkRequest' });

export const RequestClaimBody = CreateClaimBody.partial().meta({
  id: 'ClaimFromRequest',
  description: 'The claim to create; `text` and `language` default to the request\'s. A checker usually restates the question as a claim.',
});

export const LinkedRequest = z
  .object({ request: Request, claim: Claim })
  .meta({ id: 'LinkedRequest', description: 'The request and the claim it is now linked to (with its demand).' });

export const MergeBody = z
  .strictObject({
    fromClaimId: idParam('clm', 'claim').meta({ description: 'The claim whose requests move to the claim in the path.' }),
    reason: z.string().trim().min(1).max(LIMITS.rationale).nullable().optional().meta({ description: 'Why (e.g. "same claim, logged twice").' }),
  })
  .meta({ id: 'MergeRequests' });

export const Demand = z
  .object({
    claimId: z.string(),
    requests: z.number().int().meta({ description: 'Requests linked to the claim.' }),
    requesters: z.number().int().meta({ description: 'Distinct requesters among them.' }),
    daily: z
      .array(z.object({ date: z.string().meta({ examples: ['2026-12-03'] }), requests: z.number().int(), requesters: z.number().int() }))
      .meta({ description: 'Per UTC day of arrival, oldest first, from the first request\'s day to today: days without requests are there with 0.' }),
    channels: z.array(z.object({ channel: z.string(), requests: z.number().int() })).meta({ description: 'Requests per channel, most first.' }),
  })
  .meta({ id: 'Demand', description: 'How many people asked about a claim, and when.' });
