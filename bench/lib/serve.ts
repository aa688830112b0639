// Child process for bench/search.ts: serves the app over a prepared database on 127.0.0.1 (random port)
// and prints {port, token} for a reader key on stdout. Exits on SIGTERM.
import path from 'node:path';
import { buildApp } from '../../src/app.js';
import { testConfig } from '../../src/config.js';
import { SYSTEM_ACTOR_ID } from '../../src/services/api-keys.js';

const dbPath = process.argv[2]!;
const app = await buildApp(
  testConfig({ dbPath, logLevel: 'silent', seed: 'never', auditSigningKeyPath: path.join(path.dirname(dbPath), 'audit-signing-key.pem') }),
  { logger: false },
);
await app.ready();
const { token } = await app.services.apiKeys.create(SYSTEM_ACTOR_ID, { name: 'bench reader', role: 'reader' });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0, token })}\n`);
process.on('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});
