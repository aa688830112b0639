// /v1/session: the console's sign-in. An API key is exchanged for an HttpOnly session cookie, so the key
// itself never has to live in the browser's storage.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { assertSameOrigin, SESSION_COOKIE } from '../../plugins/auth.js';
import { problems } from '../../schemas/common.js';
import { always } from '../../plugins/openapi-polish.js';

const Session = z
  .object({
    actor: z.object({ id: z.string(), name: z.string(), role: z.enum(ROLES) }),
    expiresAt: z.string().meta({ description: 'When the session ends (at most 12 hours, never after its key expires).' }),
  })
  .meta({ id: 'Session' });

const routes: FastifyPluginAsyncZod = async (app) => {
  const { sessions, config } = app.services;
  const secure = new URL(config.publicBaseUrl).protocol === 'https:';
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict', secure } as const;

  app.post('/session', {
    config: { public: true },
    schema: {
      operationId: 'createSession',
      summary: 'Sign in to the console',
      description: [
        'Exchanges an API key for a session cookie (HttpOnly, SameSite=Strict, Secure when the service is served over https).',
        'The session acts with the key\'s role for 12 hours, or until signed out, or until the key is revoked or expires.',
        'Sent from a browser, the request must come from the service\'s own origin.',
      ].join(' '),
      tags: ['API keys'],
      body: z.strictObject({ key: z.string().min(1).max(200).meta({ description: 'Your API key (clk_…).' }) }).meta({ id: 'SignIn' }),
      response: { 201: Session, ...problems(400, 401, 403, 413, 415) },
      responseHeaders: { 201: always('set-cookie') },
    },
  }, async (request, reply) => {
    // Login CSRF: a page elsewhere must not sign a browser in under someone else's key.
    if (request.headers.origin !== undefined) assertSameOrigin(request, config.publicBaseUrl);
    const opened = await sessions.open(request.body.key);
    if (!opened) throw new AppError('UNAUTHENTICATED', 'That API key is unknown, revoked or expired. Check it and paste it again.');
    reply.setCookie(SESSION_COOKIE, opened.token, { ...cookieOptions, expires: new Date(opened.expiresAt) });
    reply.code(201);
    return { actor: opened.actor, expiresAt: opened.expiresAt };
  });

  app.delete('/session', {
    config: { public: true },
    schema: {
      operationId: 'deleteSession',
      summary: 'Sign out of the console',
      description: 'Ends the session named by the cookie and clears the cookie. Signing out without a session is not an error.',
      tags: ['API keys'],
      response: { 204: z.null().meta({ description: 'Signed out.' }), ...problems(403) },
      responseHeaders: { 204: always('set-cookie') },
    },
  }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token !== undefined) {
      assertSameOrigin(request, config.publicBaseUrl);
      await sessions.close(token);
    }
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    reply.code(204);
    return null;
  });
};

export default routes;
