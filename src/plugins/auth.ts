// Authentication and authorisation for /v1: a bearer API key or a console session cookie on every request,
// a permission on every route. Both carry the same actor, so the role policy is one policy.
import cookie from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { allows, describePermission, MINIMUM_ROLE, PERMISSIONS, type Permission } from '../auth/policy.js';
import { AppError } from '../errors.js';
import type { Actor } from '../services/api-keys.js';

/** The console's session cookie. */
export const SESSION_COOKIE = 'claimledger_session';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every /v1 route (unless `public`); the app refuses to start without it. */
    permission?: Permission;
    /** A /v1 route anyone may call (signing in and out); it checks what it needs itself. */
    public?: true;
  }
  interface FastifyRequest {
    actor: Actor;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const bearerAuthentications = new WeakMap<FastifyRequest, Promise<Actor | null>>();

/**
 * The actor a request's bearer token authenticates as, looked up once per request: the rate limiter
 * (protection.ts) may need it before this plugin's hook runs, for a key this instance has not seen yet.
 */
export function bearerActor(request: FastifyRequest, apiKeys: { authenticate(token: string): Promise<Actor | null> }, token: string): Promise<Actor | null> {
  let actor = bearerAuthentications.get(request);
  if (!actor) {
    actor = apiKeys.authenticate(token);
    bearerAuthentications.set(request, actor);
  }
  return actor;
}

/**
 * CSRF defence for cookie-authenticated requests: browsers send Origin on every request that is not
 * GET or HEAD, and a page cannot forge it. A write is accepted only from the service's own origin
 * (PUBLIC_BASE_URL, or the Host the browser addressed). Bearer-key requests need no check: a browser
 * never attaches an API key on its own.
 */
export function assertSameOrigin(request: FastifyRequest, publicBaseUrl: string): void {
  const origin = request.headers.origin;
  const own = new Set([new URL(publicBaseUrl).origin]);
  try {
    own.add(new URL(`${request.protocol}://${request.host}`).origin);
  } catch {
    // An unparseable Host matches nothing.
  }
  if (!origin || !own.has(origin)) {
    throw new AppError(
      'CROSS_SITE_REQUEST',
      origin
        ? `This change was sent from ${origin}, not from ClaimLedger's own pages, so the session cookie is not accepted for it.`
        : 'A change made with a session cookie must carry an Origin header (browsers send it); use an API key from scripts.',
    );
  }
}

export default fp(
  async (app) => {
    const { config, apiKeys, sessions } = app.services;
    await app.register(cookie);
    app.decorateRequest('actor', null as unknown as Actor);

    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/v1')) return;
      if (route.config?.public) {
        if (route.schema) route.schema = { ...route.schema, security: [] };
        return;
      }
      const permission = route.config?.permission;
      if (!permission || !(permission in PERMISSIONS)) {
        throw new Error(`Route ${String(route.method)} ${route.url} has no permission in its config: every /v1 route needs one.`);
      }
      // Tell readers of the OpenAPI document what each operation needs. OpenAPI 3.1 lets a non-OAuth
      // security requirement list the role names required, so tools can read the roles too.
      if (route.schema) {
        const roles = [...PERMISSIONS[permission]];
        route.schema = {
          ...route.schema,
          security: [{ bearerAuth: roles }, { sessionCookie: roles }],
          description: `${route.schema.description ?? ''}\n\n**${describePermission(permission)}**`.trim(),
        };
      }
    });

    app.addHook('onRequest', async (request) => {
      const permission = request.routeOptions.config?.permission;
      if (!permission) return;
      const header = request.headers.authorization;
      const sessionToken = header ? undefined : request.cookies[SESSION_COOKIE];
      let actor: Actor | null;
      if (sessionToken !== undefined) {
        actor = await sessions.authenticate(sessionToken);
        if (!actor) throw new AppError('UNAUTHENTICATED', 'Your console session has ended (signed out, expired, or its key was revoked). Sign in again.');
        if (!SAFE_METHODS.has(request.method)) assertSameOrigin(request, config.publicBaseUrl);
      } else {
        const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
        actor = match?.[1] ? await bearerActor(request, apiKeys, match[1]) : null;
        if (!actor) {
          throw new AppError(
            'UNAUTHENTICATED',
            header ? 'The API key is unknown, revoked or expired.' : 'Send an API key as "Authorization: Bearer <key>".',
          );
        }
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
