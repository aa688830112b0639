// Runs the webhook delivery worker while the app runs: started when the app is ready, stopped when it starts
// closing (deliveries in flight are aborted and stay queued), before the database closes. Live event streams
// are ended at the same moment, so an open EventSource never holds up a graceful shutdown.
import fp from 'fastify-plugin';

export default fp(
  async (app) => {
    const { webhooks } = app.services;
    webhooks.setLogger(app.log);
    app.addHook('onReady', async () => {
      webhooks.worker.start();
    });
    app.addHook('preClose', async () => {
      app.services.events.endAll();
      await webhooks.worker.stop();
    });
  },
  { name: 'webhooks', dependencies: ['database'] },
);
