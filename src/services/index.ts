// Wires the services over one storage; routes reach them through the `services` decorator.
import type { Config } from '../config.js';
import type { SearchIndex } from '../repositories/sqlite/search-index.js';
import type { Storage } from '../repositories/types.js';
import { createApiKeys } from './api-keys.js';
import { createCheckpointSigner, loadSigningKey } from './audit-checkpoint.js';
import { createAuditLog } from './audit-log.js';
import { createAuditTrail } from './audit-trail.js';
import { createClaimHistory } from './claim-history.js';
import { createClaimReviewImport } from './claim-review-import.js';
import { createClaims } from './claims.js';
import { createEvidence } from './evidence.js';
import { createFeeds } from './feeds.js';
import { createSearch } from './search.js';
import { createSessions } from './sessions.js';
import { createSources } from './sources.js';
import { createWebhooks } from './webhooks/index.js';

export async function createServices(storage: Storage, searchIndex: SearchIndex, config: Config) {
  const audit = createAuditLog(storage);
  const apiKeys = createApiKeys(storage);
  const sources = createSources(storage);
  const claims = createClaims(storage);
  const evidence = createEvidence(storage);
  const signingKey = loadSigningKey(config);
  const auditTrail = createAuditTrail(storage, audit, createCheckpointSigner(signingKey, config.publicBaseUrl));
  const webhooks = createWebhooks(storage, config, signingKey);
  const claimHistory = createClaimHistory(storage);
  await apiKeys.ensureSystemActor();
  await apiKeys.loadNames();
  const search = createSearch(searchIndex, { ownSite: new URL(config.publisherUrl).host });
  const sessions = createSessions(storage, apiKeys);
  const claimReviewImport = createClaimReviewImport(storage, claims);
  const feeds = createFeeds(storage, auditTrail, { name: config.publisherName, url: config.publisherUrl, publicBaseUrl: config.publicBaseUrl });
  return { storage, config, audit, apiKeys, sessions, sources, claims, evidence, auditTrail, claimHistory, search, webhooks, claimReviewImport, feeds };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
