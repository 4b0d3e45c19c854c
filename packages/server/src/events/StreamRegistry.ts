/**
 * Open live streams and long polls. Shutdown ends them all, so the HTTP
 * server can close instead of waiting on connections that never finish.
 */
export class StreamRegistry {
  private readonly closers = new Set<() => void>();

  /** Registers a closer; returns the function that unregisters it. */
  add(closer: () => void): () => void {
    this.closers.add(closer);
    return () => {
      this.closers.delete(closer);
    };
  }

  get size(): number {
    return this.closers.size;
  }

  closeAll(): void {
    for (const closer of [...this.closers]) closer();
    this.closers.clear();
  }
}
