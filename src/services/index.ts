// Wires the services over one database handle; routes reach them through the `services` decorator.
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { createApiKeys } from './api-keys.js';
import { createCheckpointSigner, loadSigningKey } from './audit-checkpoint.js';
import { createAuditLog } from './audit-log.js';
import { createAuditTrail } from './audit-trail.js';
import { createClaimHistory } from './claim-history.js';
import { createClaims } from './claims.js';
import { createEvidence } from './evidence.js';
import { createSearch } from './search.js';
import { createSessions } from './sessions.js';
import { createSources } from './sources.js';

export function createServices(db: Db, config: Config) {
  const audit = createAuditLog(db);
  const apiKeys = createApiKeys(db, audit);
  const sources = createSources(db, audit);
  const claims = createClaims(db, audit, sources);
  const evidence = createEvidence(db, audit, claims, sources);
  const auditTrail = createAuditTrail(db, audit, createCheckpointSigner(loadSigningKey(config), config.publicBaseUrl));
  const claimHistory = createClaimHistory(db, claims, sources);
  apiKeys.ensureSystemActor();
  const search = createSearch(db);
  const sessions = createSessions(db, apiKeys);
  return { db, config, audit, apiKeys, sessions, sources, claims, evidence, auditTrail, claimHistory, search };
}

export type Services = ReturnType<typeof createServices>;
