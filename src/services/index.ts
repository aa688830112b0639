// Wires the services over one database handle; routes reach them through the `services` decorator.
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { createApiKeys } from './api-keys.js';
import { createAuditLog } from './audit-log.js';
import { createClaims } from './claims.js';
import { createEvidence } from './evidence.js';
import { createSources } from './sources.js';

export function createServices(db: Db, config: Config) {
  const audit = createAuditLog(db);
  const apiKeys = createApiKeys(db, audit);
  const sources = createSources(db, audit);
  const claims = createClaims(db, audit, sources);
  const evidence = createEvidence(db, audit, claims, sources);
  apiKeys.ensureSystemActor();
  return { db, config, audit, apiKeys, sources, claims, evidence };
}

export type Services = ReturnType<typeof createServices>;
