import { openDraftStore, openOutboxStore, openVisitorStore } from '../outbox/defaultStores.ts';
import type { ClientStorage } from './createSupportClient.ts';

/**
 * The storage `createSupportClient` uses by default, opened now. A UI that
 * loads core lazily calls this first, so the databases open (on a first
 * visit, are created) while core downloads and compiles, then passes the
 * result to `createSupportClient`. In the widget's cold open at 4× CPU
 * slow-down, reading the draft took 255–345 ms when the databases were opened
 * only by core, 37–181 ms when opened here. Missing IndexedDB: the defaults'
 * fallbacks (memory for drafts and outbox, no visitor copy).
 */
export function openBrowserStorage(): ClientStorage {
  return {
    drafts: openDraftStore() ?? null,
    outbox: openOutboxStore() ?? null,
    visitorBackup: openVisitorStore() ?? null,
  };
}
