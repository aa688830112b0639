// /v1/claims/{id}/history: the claim's audit events and its evidence's, oldest first (auditors).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allows, MINIMUM_ROLE, PERMISSIONS } from '../../auth/policy.js';
import { AppError } from '../../errors.js';
import { ListQuery, problems } from '../../schemas/common.js';
import type { Actor } from '../../services/api-keys.js';
import { toAuditEventDto, toClaimWithEvidenceDto, toExternalReviewDto } from '../presenters.js';
import type { Services } from '../../services/index.js';
import { AuditEventPage, seqCursor } from '../audit/schemas.js';
import { ClaimIdParams } from './schemas.js';

const routes: FastifyPluginAsyncZod = async (app) => {
  const { claims, auditTrail, apiKeys } = app.services;

  app.get('/claims/:id/history', {
    config: { permission: 'audit' },
    schema: {
      operationId: 'getClaimHistory',
      summary: "A claim's history",
      description: 'Every change to the claim and to its evidence — who, when, what changed from what to what, and why — oldest first, paged by seq. Each event is part of the hash-chained audit log. To see the claim as it stood at an instant, use `GET /v1/claims/{id}?asOf=`.',
      tags: ['Claims', 'Audit'],
      params: ClaimIdParams,
      querystring: z.object(ListQuery),
      response: { 200: AuditEventPage, ...problems(400, 401, 403, 404) },
    },
  }, async (request) => {
    const { id } = request.params;
    await claims.get(id);
    const { limit, cursor } = request.query;
    const { items, nextCursor } = seqCursor.page(await auditTrail.list({ claimId: id, limit, afterSeq: seqCursor.decode(cursor) }), limit);
    return { data: items.map((e) => toAuditEventDto(e, apiKeys.actorRef)), nextCursor };
  });
};

export default routes;

/**
 * GET /v1/claims/{id}?asOf= (declared in index.ts): the claim and its active evidence as they stood at an
 * instant, rebuilt from the audit log. Past states are history, which the role policy (src/auth/policy.ts) gives to auditors.
 */
export async function claimAsOf(services: Services, actor: Actor, id: string, asOf: string) {
  if (!allows('audit', actor.role)) {
    throw new AppError('FORBIDDEN', `Reading a claim as of a past instant needs the ${MINIMUM_ROLE.audit} role or higher; your key has the ${actor.role} role.`, { requiredRole: MINIMUM_ROLE.audit, allowedRoles: PERMISSIONS.audit });
  }
  const state = await services.claimHistory.stateAt(id, asOf);
  return { ...toClaimWithEvidenceDto(state, services.apiKeys.actorRef), externalReviews: state.externalReviews.map(toExternalReviewDto) };
}
