// The one place this package names core: adapters reject with core's own
// BackendError class, so callers' `instanceof` and `isDestekError` checks hold.

export type {
  BackendCapabilities,
  BackendErrorCode,
  CallOptions,
  LinkState,
  LiveHandlers,
  LiveSubscription,
  SubmitOptions,
  SupportBackend,
  TicketAddition,
  UploadOptions,
  Visitor,
} from '@destek/core';
export {
  BackendError,
  ConfigError,
  DEFAULT_RETRY_AFTER_MS,
  parseRetryAfter,
} from '@destek/core';
