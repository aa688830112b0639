// The error catalogue: every problem the API can answer with, its HTTP status and title, in one place.
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 400, title: 'The request is not valid' },
  MALFORMED_BODY: { status: 400, title: 'The request body could not be parsed' },
  MALFORMED_REQUEST: { status: 400, title: 'The request is not valid HTTP' },
  UNAUTHENTICATED: { status: 401, title: 'A valid API key is required' },
  FORBIDDEN: { status: 403, title: 'Your role does not allow this' },
  CROSS_SITE_REQUEST: { status: 403, title: 'Cross-site request refused' },
  ROUTE_NOT_FOUND: { status: 404, title: 'No such route' },
  CLAIM_NOT_FOUND: { status: 404, title: 'Claim not found' },
  SOURCE_NOT_FOUND: { status: 404, title: 'Source not found' },
  EVIDENCE_NOT_FOUND: { status: 404, title: 'Evidence not found' },
  CLAIM_REVIEW_NOT_FOUND: { status: 404, title: 'The claim has no verdict yet, so no ClaimReview' },
  API_KEY_NOT_FOUND: { status: 404, title: 'API key not found' },
  WEBHOOK_NOT_FOUND: { status: 404, title: 'Webhook subscription not found' },
  WEBHOOK_DELIVERY_NOT_FOUND: { status: 404, title: 'Webhook delivery not found' },
  REQUEST_NOT_FOUND: { status: 404, title: 'Request not found' },
  PUBLICATION_NOT_FOUND: { status: 404, title: 'The claim has never been published' },
  METHOD_NOT_ALLOWED: { status: 405, title: 'This route does not accept this method' },
  REQUEST_TIMEOUT: { status: 408, title: 'The request took too long to arrive' },
  NOTHING_TO_PUBLISH: { status: 409, title: 'The claim has no verdict to publish' },
  PUBLICATION_ALREADY_WITHDRAWN: { status: 409, title: 'The fact-check is already withdrawn' },
  FACT_CHECK_WITHDRAWN: { status: 410, title: 'The fact-check was withdrawn' },
  TRANSITION_NOT_ALLOWED: { status: 409, title: 'This status change is not allowed' },
  CLAIM_LOCKED: { status: 409, title: 'The claim has a verdict and its text cannot be edited' },
  EVIDENCE_ALREADY_RETRACTED: { status: 409, title: 'The evidence is already retracted' },
  DUPLICATE_EVIDENCE: { status: 409, title: 'This evidence is already attached to the claim' },
  SOURCE_URL_CONFLICT: { status: 409, title: 'Another source already has this URL' },
  SOURCE_CONTENT_CONFLICT: { status: 409, title: 'The new content no longer contains quoted evidence' },
  API_KEY_ALREADY_REVOKED: { status: 409, title: 'The API key is already revoked' },
  REQUEST_ALREADY_LINKED: { status: 409, title: 'The request is already linked to another claim' },
  REQUEST_NOT_LINKED: { status: 409, title: 'The request is not linked to a claim' },
  IDEMPOTENCY_IN_PROGRESS: { status: 409, title: 'A request with this Idempotency-Key is still being processed' },
  PRECONDITION_FAILED: { status: 412, title: 'The resource has changed since you read it' },
  BODY_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  URI_TOO_LONG: { status: 414, title: 'The request URI is too long' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported media type' },
  QUOTE_NOT_IN_SOURCE: { status: 422, title: "The quote does not occur in the source's content" },
  UNKNOWN_REFERENCE: { status: 422, title: 'The request refers to something that does not exist' },
  WEBHOOK_URL_REFUSED: { status: 422, title: 'Webhooks cannot be sent to this URL' },
  IMPORT_REJECTED: { status: 422, title: 'The file holds records that cannot be imported; nothing was imported' },
  IDEMPOTENCY_KEY_REUSED: { status: 422, title: 'This Idempotency-Key was used with a different request' },
  PRECONDITION_REQUIRED: { status: 428, title: 'If-Match is required' },
  RATE_LIMITED: { status: 429, title: 'Too many requests' },
  HEADERS_TOO_LARGE: { status: 431, title: 'The request headers are too large' },
  INTERNAL: { status: 500, title: 'Internal server error' },
  UNAVAILABLE: { status: 503, title: 'Service unavailable' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export interface FieldError {
  path: string;
  message: string;
}

/** A domain error: services throw it, the error handler turns it into problem+json. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    detail: string,
    /** Extra problem members, e.g. `rule` for a refused transition or `requiredRole` for a 403. */
    readonly extensions: Record<string, unknown> = {},
    readonly errors?: FieldError[],
  ) {
    super(detail);
    this.name = 'AppError';
    this.status = ERROR_CATALOGUE[code].status;
  }
}

export function problemType(code: ErrorCode): string {
  return `urn:claimledger:problem:${code.toLowerCase().replaceAll('_', '-')}`;
}
