import { openDraftStore, openOutboxStore, openVisitorStore } from '../outbox/defaultStores.ts';
import type { ClientStorage } from './createSupportClient.ts';

/**
 * The storage `createSupportClient` uses by default, opened now. Creating the
 * IndexedDB databases on a first visit takes the browser a while (on these
 * machines 90–440 ms at 4× CPU slow-down), so a UI that loads core lazily can
 * call this first and overlap that with fetching and compiling core, then pass
 * the result to `createSupportClient`. Missing IndexedDB: the same fallbacks as
 * the defaults (memory for drafts and outbox, no visitor copy).
 */
export function openBrowserStorage(): ClientStorage {
  return {
    drafts: openDraftStore() ?? null,
    outbox: openOutboxStore() ?? null,
    visitorBackup: openVisitorStore() ?? null,
  };
}
