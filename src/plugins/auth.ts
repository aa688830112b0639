// Authentication and authorisation for /v1: a bearer API key on every request, a permission on every route.
import fp from 'fastify-plugin';
import { allows, describePermission, MINIMUM_ROLE, PERMISSIONS, type Permission } from '../auth/policy.js';
import { AppError } from '../errors.js';
import type { Actor } from '../services/api-keys.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every /v1 route; the app refuses to start without it. */
    permission?: Permission;
  }
  interface FastifyRequest {
    actor: Actor;
  }
}

export default fp(
  async (app) => {
    app.decorateRequest('actor', null as unknown as Actor);

    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/v1')) return;
      const permission = route.config?.permission;
      if (!permission || !(permission in PERMISSIONS)) {
        throw new Error(`Route ${String(route.method)} ${route.url} has no permission in its config: every /v1 route needs one.`);
      }
      // Tell readers of the OpenAPI document what each operation needs. OpenAPI 3.1 lets a non-OAuth
      // security requirement list the role names required, so tools can read the roles too.
      if (route.schema) {
        route.schema = {
          ...route.schema,
          security: [{ bearerAuth: [...PERMISSIONS[permission]] }],
          description: `${route.schema.description ?? ''}\n\n**${describePermission(permission)}**`.trim(),
        };
      }
    });

    app.addHook('onRequest', async (request) => {
      const permission = request.routeOptions.config?.permission;
      if (!permission) return;
      const header = request.headers.authorization;
      const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
      const actor = match?.[1] ? app.services.apiKeys.authenticate(match[1]) : null;
      if (!actor) {
        throw new AppError(
          'UNAUTHENTICATED',
          header ? 'The API key is unknown, revoked or expired.' : 'Send an API key as "Authorization: Bearer <key>".',
        );
      }
      if (!allows(permission, actor.role)) {
        throw new AppError('FORBIDDEN', `This needs the ${MINIMUM_ROLE[permission]} role or higher; your key has the ${actor.role} role.`, {
          requiredRole: MINIMUM_ROLE[permission],
          allowedRoles: PERMISSIONS[permission],
        });
      }
      request.actor = actor;
    });
  },
  { name: 'auth', dependencies: ['database'] },
);
