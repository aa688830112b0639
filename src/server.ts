// Starts the HTTP service: the only module that listens. Seeds an empty database and creates the first
// admin key on a fresh install, then serves until SIGINT/SIGTERM and drains gracefully.
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { isEmpty, loadSeed } from './services/seed.js';

export async function startServer(config: Config) {
  const app = await buildApp(config);
  await app.ready();

  if (config.seed === 'auto' && (await isEmpty(app.services))) {
    const r = await loadSeed(app.services);
    app.log.info(r, 'empty database: loaded the seed data');
  }
  const first = await app.services.apiKeys.bootstrapAdmin();
  if (first) {
    app.log.warn(
      { keyId: first.key.id },
      `FIRST START: created the admin API key ${first.token} — store it now (e.g. in a password manager); it is shown only this once. Use it to create other keys: claimledger keys create --role reader --name "Newsroom"`,
    );
  }

  // On SIGTERM/SIGINT: stop accepting, answer new requests on open connections with 503 + Connection: close
  // (plugins/protection), let in-flight requests finish, close the database, exit 0. Connections still busy
  // near the end of the allowed time (a stalled upload) are cut, so the exit always comes in time.
  const { shutdownMs } = config.timeouts;
  closeWithGrace({ delay: shutdownMs }, async ({ err, signal }) => {
    if (err) app.log.error({ err }, 'closing after an error');
    else app.log.info({ signal }, 'closing: draining in-flight requests');
    const cut = setTimeout(() => {
      app.log.warn('closing: cutting connections still open after the drain time');
      app.server.closeAllConnections();
    }, Math.floor(shutdownMs * 0.8));
    await app.close();
    clearTimeout(cut);
    app.log.info('closed: database closed, exiting');
  });

  await app.listen({ port: config.port, host: config.host });
  app.log.info(`ClaimLedger is serving on ${config.publicBaseUrl} — API docs at ${config.publicBaseUrl}/docs`);
  return app;
}
