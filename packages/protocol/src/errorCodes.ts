/**
 * Stable machine-readable error codes. A code never changes meaning once
 * shipped: clients branch on it and every locale words it. The HTTP status each
 * code goes with is fixed too, so a client can reason about retrying.
 */
export const ERROR_CODES = {
  /** The body is not JSON, or not UTF-8. */
  invalidJson: 'invalid_json',
  /** The body parsed but does not match the schema; `field` names the path. */
  invalidBody: 'invalid_body',
  /** A query parameter or path id is malformed. */
  invalidParameter: 'invalid_parameter',
  /** The body, a field or a file is over its limit. */
  tooLarge: 'too_large',
  /** The request's content type is not one the route takes. */
  unsupportedMediaType: 'unsupported_media_type',
  /** An uploaded file's bytes are not an allowed type. */
  attachmentType: 'attachment_type',
  /** An image has more pixels than the limit. */
  imageTooLarge: 'image_too_large',
  /** The file's bytes are damaged or do not decode. */
  attachmentCorrupt: 'attachment_corrupt',
  /** Missing, expired or wrongly signed token. */
  unauthorized: 'unauthorized',
  /** The identity signature is missing or wrong where the site requires it. */
  identityRejected: 'identity_rejected',
  /** The site key is unknown. */
  unknownSite: 'unknown_site',
  /** The request's origin is not allowed for the site key. */
  originNotAllowed: 'origin_not_allowed',
  /** Nothing the caller owns exists at this address. */
  notFound: 'not_found',
  methodNotAllowed: 'method_not_allowed',
  /** Slow down; `retryAfterMs` says for how long. */
  rateLimited: 'rate_limited',
  /** A report sent without its `Idempotency-Key` header. */
  idempotencyKeyMissing: 'idempotency_key_missing',
  /** The same key is being processed by another request right now. */
  idempotencyInFlight: 'idempotency_in_flight',
  /** The same key was used before with a different payload. */
  idempotencyMismatch: 'idempotency_mismatch',
  /** The conversation or ticket is closed to this action. */
  conflict: 'conflict',
  /** The feature is switched off on this server. */
  unsupported: 'unsupported',
  /** Storage is full or unavailable; retry later. */
  unavailable: 'unavailable',
  /** A bug on the server. Never returned for bad input. */
  internal: 'internal',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** The HTTP status that goes with each code. */
export const ERROR_STATUS: Readonly<Record<ErrorCode, number>> = {
  invalid_json: 400,
  invalid_body: 400,
  invalid_parameter: 400,
  too_large: 413,
  unsupported_media_type: 415,
  attachment_type: 415,
  image_too_large: 413,
  attachment_corrupt: 422,
  unauthorized: 401,
  identity_rejected: 401,
  unknown_site: 401,
  origin_not_allowed: 403,
  not_found: 404,
  method_not_allowed: 405,
  rate_limited: 429,
  idempotency_key_missing: 400,
  idempotency_in_flight: 409,
  idempotency_mismatch: 422,
  conflict: 409,
  unsupported: 501,
  unavailable: 503,
  internal: 500,
};

/** Codes a client may retry unchanged, after a delay. */
export const RETRYABLE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'rate_limited',
  'idempotency_in_flight',
  'unavailable',
  'internal',
]);
