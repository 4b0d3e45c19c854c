import { StorageError } from '../errors/StorageError.ts';

/**
 * The StorageError for a storage call that threw: `storage_full` for a quota
 * error, `storage_unavailable` for the rest (private mode, blocked, broken).
 */
export function storageFailure(cause: unknown, message: string): StorageError {
  const full = cause instanceof DOMException && cause.name === 'QuotaExceededError';
  return new StorageError(full ? 'storage_full' : 'storage_unavailable', message, { cause });
}
