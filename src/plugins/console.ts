// Serves the reviewer and auditor console (built by `npm run build` from web/ into dist/web) at /console.
// Hashed assets are cached for a year; index.html is revalidated, so a new build shows up at once.
// Every other /console/… path is the single-page app, so each screen's URL can be shared and reloaded.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import { AppError } from '../errors.js';

// src/plugins and dist/plugins both sit two levels below the package root.
export const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

export default fp<{ webRoot?: string }>(
  async (app, { webRoot = WEB_ROOT }) => {
    app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/console/'));
    app.get('/console', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/console/'));

    if (!fs.existsSync(path.join(webRoot, 'index.html'))) {
      // A checkout that ran `tsc` but not the web build: say what to do instead of a bare 404.
      app.get('/console/*', { schema: { hide: true } }, async (_request, reply) => {
        reply.code(503).type('text/html; charset=utf-8').header('cache-control', 'no-store');
        return '<!doctype html><html lang="en"><title>ClaimLedger console</title><p>The console is not built. Run <code>npm run build</code> (or <code>npm start</code>), then reload.</p></html>';
      });
      return;
    }

    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/console/',
      // One route per built file, so that /console/* below can be the single-page-app fallback.
      wildcard: false,
      index: ['index.html'],
      cacheControl: false,
      preCompressed: false,
      setHeaders: (res, filePath) => {
        res.setHeader('cache-control', filePath.startsWith(path.join(webRoot, 'assets') + path.sep) ? IMMUTABLE : REVALIDATE);
      },
    });

    app.get('/console/*', { schema: { hide: true } }, async (request, reply) => {
      // A missing hashed asset is a real 404 (an old page asking for a replaced bundle), not the app.
      if (request.url.startsWith('/console/assets/')) throw new AppError('ROUTE_NOT_FOUND', `There is no console asset ${request.url.split('?')[0]}.`);
      reply.header('cache-control', REVALIDATE);
      return reply.sendFile('index.html', webRoot);
    });
  },
  { name: 'console' },
);
