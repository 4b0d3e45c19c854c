/**
 * Where attachment bytes live. `put` returns only once the bytes are durable,
 * so the database row that points at them can be committed after it: a crash
 * may leave a file without a row (collected later), never a row without a file.
 */
export interface BlobStore {
  /** Stores `bytes` durably under a new key and returns the key. */
  put(id: string, bytes: Uint8Array): Promise<string>;
  get(key: string): Promise<Uint8Array | null>;
  has(key: string): Promise<boolean>;
  /** Every stored key (for GC of files whose row never committed). */
  keys(): Promise<string[]>;
  delete(key: string): Promise<void>;
  /** When the blob was written (ms since the epoch), or null when it does not exist. */
  writtenAt(key: string): Promise<number | null>;
}
