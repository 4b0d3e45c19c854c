/**
 * Lets one tab at a time send the outbox, so two tabs never send the same
 * report at once (the idempotency key would save the day, but needlessly).
 */
export interface SendLock {
  /** Runs `task` when this tab gets the lock; resolves `false` at once when another tab holds it. */
  run(task: () => Promise<void>): Promise<boolean>;
}

/** Web Locks: released by the browser even when the tab crashes or reloads mid-send. */
export function webLock(locks: LockManager, name: string): SendLock {
  return {
    run: (task) =>
      locks.request(name, { ifAvailable: true }, async (lock) => {
        if (!lock) return false;
        await task();
        return true;
      }),
  };
}

/** The part of `localStorage` a lease needs. */
export type LeaseStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Options of {@link leaseLock}. */
export interface LeaseLockOptions {
  /** A lease not renewed for this long is free again (the tab died). @default 15000 */
  ttlMs?: number;
  /** @default Date.now */
  clock?: () => number;
  /** This tab's id in the lease. @default a random id */
  owner?: string;
}

/**
 * A lease in `localStorage` for browsers without Web Locks: the holder renews
 * it while sending; a crashed tab's lease runs out after `ttlMs`. Two tabs can
 * race between read and write, so the write is read back before sending.
 */
export function leaseLock(
  storage: LeaseStorage,
  name: string,
  options: LeaseLockOptions = {},
): SendLock {
  const ttl = options.ttlMs ?? 15_000;
  const clock = options.clock ?? Date.now;
  const owner = options.owner ?? Math.random().toString(36).slice(2);
  const read = (): { owner: string; until: number } | undefined => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(name) ?? 'null');
      if (typeof parsed !== 'object' || parsed === null) return undefined;
      const lease = parsed as { owner?: unknown; until?: unknown };
      if (typeof lease.owner !== 'string' || typeof lease.until !== 'number') return undefined;
      return { owner: lease.owner, until: lease.until };
    } catch {
      return undefined;
    }
  };
  const write = () => storage.setItem(name, JSON.stringify({ owner, until: clock() + ttl }));
  return {
    async run(task) {
      const current = read();
      if (current && current.owner !== owner && current.until > clock()) return false;
      write();
      if (read()?.owner !== owner) return false;
      const renew = setInterval(write, ttl / 3);
      try {
        await task();
      } finally {
        clearInterval(renew);
        if (read()?.owner === owner) storage.removeItem(name);
      }
      return true;
    },
  };
}

/** Within one page only: for Node and tests, where there is no other tab. */
export function localLock(): SendLock {
  let held = false;
  return {
    async run(task) {
      if (held) return false;
      held = true;
      try {
        await task();
      } finally {
        held = false;
      }
      return true;
    },
  };
}

/** Web Locks when the browser has them, else a localStorage lease, else a page-local lock. */
export function defaultSendLock(name: string): SendLock {
  const nav = globalThis.navigator as Navigator | undefined;
  if (nav?.locks) return webLock(nav.locks, name);
  try {
    if (globalThis.localStorage) return leaseLock(globalThis.localStorage, name);
  } catch {
    // Reading localStorage throws when cookies are blocked: fall through.
  }
  return localLock();
}
