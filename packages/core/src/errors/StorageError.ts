import { DestekError } from './DestekError.ts';

/** The browser's storage failed: `storage_unavailable` (no IndexedDB) or `storage_full` (quota). */
export class StorageError extends DestekError {
  override name = 'StorageError';
  declare readonly code: 'storage_unavailable' | 'storage_full';
}
