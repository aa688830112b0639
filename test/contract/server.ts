// A real listening ClaimLedger on a temporary SQLite file (with TEST_BACKEND=pg, a PostgreSQL test database)
// with the seed data and one key per role, for the contract tests. Closed and deleted on teardown.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Test } from 'tap';
import { buildApp } from '../../src/app.js';
import { testConfig, type Config } from '../../src/config.js';
import { ROLES, type Role } from '../../src/db/schema.js';
import { SYSTEM_ACTOR_ID } from '../../src/services/api-keys.js';
import { loadSeed } from '../../src/services/seed.js';
import { createTestDatabase, TEST_BACKEND } from '../pg.js';

/** Rate limiting is on (with room for the whole test) so that its headers are part of what is checked. */
export async function startSeededServer(t: Test, overrides: Partial<Config> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimledger-contract-'));
  const dbPath = path.join(dir, 'claimledger.db');
  const pg = TEST_BACKEND === 'pg' && overrides.dbPath === undefined ? await createTestDatabase() : undefined;
  const app = await buildApp(testConfig({ dbPath, ...(pg ? { databaseUrl: pg.url, databasePoolSize: 4 } : {}), auditSigningKeyPath: path.join(dir, 'audit-signing-key.pem'), rateLimit: { max: 100_000, anonymousMax: 100_000, windowMs: 60_000 }, ...overrides }), { logger: false });
  t.teardown(async () => {
    await app.close();
    await pg?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  await app.ready();
  // `await` keeps this working whether the services answer synchronously or with promises.
  await loadSeed(app.services);
  const keys = {} as Record<Role, string>;
  for (const role of ROLES) keys[role] = (await app.services.apiKeys.create(SYSTEM_ACTOR_ID, { name: `${role} key`, role })).token;
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address !== 'object') throw new Error('the server has no address');
  return { app, keys, dbPath, base: `http://127.0.0.1:${address.port}` };
}
