// The console's API client, typed from openapi/openapi.json (npm run openapi writes openapi/schema.d.ts):
// a route or schema change that breaks the console fails the type-check.
import createClient from 'openapi-fetch';
import type { components, paths } from '../../openapi/schema';

export type Schemas = components['schemas'];
export type Claim = Schemas['ClaimWithEvidence'];
export type ClaimListItem = Schemas['ClaimListItem'];
export type Evidence = Schemas['Evidence'];
export type Source = Schemas['SourceWithClaims'];
export type SourceListItem = Schemas['SourceListItem'];
export type AuditEvent = Schemas['AuditEvent'];
export type ApiKey = Schemas['ApiKey'];
export type Me = Schemas['Me'];
export type Role = Schemas['Role'];
export type ClaimStatus = Schemas['ClaimStatus'];
export type Stance = Schemas['Stance'];
export type Problem = Schemas['Problem'];

// Same origin, the session cookie rides along; the API key itself is never kept in the browser.
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

/** An API problem (RFC 9457) or a lost connection, with the sentence to show a person. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly problem: Problem | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
  /** No answer at all: the network or the server is down. Worth a retry. */
  get offline(): boolean {
    return this.status === null;
  }
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && typeof (body as Problem).detail === 'string';
}

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the problem's own sentence. */
export async function call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await request;
  } catch {
    throw new ApiError('The connection to ClaimLedger was lost. Check your network, then retry.', null, null);
  }
  const { data, error, response } = result;
  if (response.ok) return data as T;
  if (isProblem(error)) throw new ApiError(error.detail, response.status, error);
  if (response.status >= 500 || response.status === 0) {
    throw new ApiError('ClaimLedger did not answer properly. Retry in a moment.', response.status, null);
  }
  throw new ApiError(`The request failed (HTTP ${response.status}).`, response.status, null);
}

export const VERDICTS = ['verified', 'misleading', 'false', 'unverifiable'] as const satisfies readonly ClaimStatus[];
export const STATUSES = ['unverified', 'in_review', ...VERDICTS] as const satisfies readonly ClaimStatus[];
export const STANCES = ['supports', 'contradicts', 'context'] as const satisfies readonly Stance[];

export const can = {
  write: (r: Role) => r === 'checker' || r === 'reviewer' || r === 'admin',
  review: (r: Role) => r === 'reviewer' || r === 'admin',
  audit: (r: Role) => r === 'auditor' || r === 'admin',
  admin: (r: Role) => r === 'admin',
};

export const isVerdict = (s: ClaimStatus) => (VERDICTS as readonly string[]).includes(s);

/**
 * The status changes the workflow offers this role from this status (the API stays the judge: evidence
 * rules are not pre-checked here, so a refused verdict shows the API's rule in its own words).
 */
export function transitionsFor(from: ClaimStatus, role: Role): ClaimStatus[] {
  if (from === 'unverified') return can.write(role) ? ['in_review'] : [];
  if (from === 'in_review') return can.review(role) ? [...VERDICTS] : [];
  return can.review(role) ? ['in_review'] : [];
}

export const label = (s: string) => s.replace('_', ' ');
