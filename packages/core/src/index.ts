export type {
  BackendCapabilities,
  CallOptions,
  LinkState,
  LiveHandlers,
  LiveSubscription,
  SubmitOptions,
  SupportBackend,
  TicketAddition,
  UploadOptions,
  Visitor,
} from './backend/SupportBackend.ts';
export {
  BackendError,
  type BackendErrorCode,
  type BackendErrorDetails,
} from './errors/BackendError.ts';
export { ConfigError } from './errors/ConfigError.ts';
export { DestekError, isDestekError } from './errors/DestekError.ts';
export { StorageError } from './errors/StorageError.ts';
