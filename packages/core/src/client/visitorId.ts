import { newId } from '@destek/protocol';

const KEY = 'destek:visitor';

/**
 * The anonymous visitor id of this browser, kept in localStorage so an
 * anonymous user finds their requests again after a reload. Where storage is
 * blocked (some private modes, sandboxed frames) a fresh id lives in memory.
 */
export function visitorId(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined): string {
  try {
    const saved = storage?.getItem(KEY);
    if (saved && /^[A-Za-z0-9_-]{16,64}$/.test(saved)) return saved;
    const id = newId();
    storage?.setItem(KEY, id);
    return id;
  } catch {
    return newId();
  }
}
