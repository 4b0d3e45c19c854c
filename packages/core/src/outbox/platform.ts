/** Timers handed to the outbox and drafts; tests pass fakes or use vitest's fake timers. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Whether the device thinks it is online, and when it comes back. */
export interface NetworkStatus {
  isOnline(): boolean;
  /** Calls `listener` when the device comes back online; returns the unsubscribe. */
  onOnline(listener: () => void): () => void;
}

/** The global timers, looked up on each call so fake timers installed later still apply. */
export function globalTimers(): Timers {
  return {
    setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}

/**
 * `navigator.onLine` and the window's `online` event, feature-detected: in
 * Node or a worker without them, the device counts as online and never "comes back".
 */
export function browserNetwork(): NetworkStatus {
  return {
    isOnline: () => (globalThis.navigator as Navigator | undefined)?.onLine ?? true,
    onOnline(listener) {
      if (typeof globalThis.addEventListener !== 'function') return () => {};
      globalThis.addEventListener('online', listener);
      return () => globalThis.removeEventListener('online', listener);
    },
  };
}
