// Wires the services over one storage; routes reach them through the `services` decorator.
import type { Config } from '../config.js';
import type { SearchIndex } from '../repositories/search.js';
import type { Storage } from '../repositories/types.js';
import { createApiKeys } from './api-keys.js';
import { createCheckpointSigner, loadSigningKey } from './audit-checkpoint.js';
import { createAuditLog } from './audit-log.js';
import { createAuditTrail } from './audit-trail.js';
import { createClaimHistory } from './claim-history.js';
import { createClaimReviewImport } from './claim-review-import.js';
import { createClaims } from './claims.js';
import { createEventStream } from './event-stream.js';
import { createEvidence } from './evidence.js';
import { createFeeds } from './feeds.js';
import { publishedAnswer } from './request-answers.js';
import { createRequests, requesterKey } from './requests.js';
import { createPublications } from './publications.js';
import { createSearch } from './search.js';
import { createSessions } from './sessions.js';
import { createSources } from './sources.js';
import { createWebhooks } from './webhooks/index.js';

export async function createServices(storage: Storage, searchIndex: SearchIndex, config: Config) {
  const audit = createAuditLog(storage);
  const apiKeys = createApiKeys(storage);
  const sources = createSources(storage);
  const claims = createClaims(storage, config.ratingScale);
  const answers = publishedAnswer(config.reviewUrlTemplate);
  const evidence = createEvidence(storage);
  const signingKey = loadSigningKey(config);
  const auditTrail = createAuditTrail(storage, audit, createCheckpointSigner(signingKey, config.publicBaseUrl));
  const webhooks = createWebhooks(storage, config, signingKey);
  const events = createEventStream(storage);
  const claimHistory = createClaimHistory(storage);
  const publications = createPublications(storage, config, claimHistory, answers);
  await apiKeys.ensureSystemActor();
  await apiKeys.loadNames();
  const search = createSearch(searchIndex, { ownSite: new URL(config.publisherUrl).host });
  const sessions = createSessions(storage, apiKeys);
  const requests = createRequests(storage, search, claims, requesterKey(signingKey), answers);
  const claimReviewImport = createClaimReviewImport(storage, claims);
  const feeds = createFeeds(publications, auditTrail, { name: config.publisherName, url: config.publisherUrl, publicBaseUrl: config.publicBaseUrl });
  return { storage, config, audit, apiKeys, sessions, sources, claims, evidence, auditTrail, claimHistory, search, webhooks, requests, events, publications, claimReviewImport, feeds };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
