import { idbKeyValueStore } from './idbKeyValueStore.ts';
import type { KeyValueStore } from './KeyValueStore.ts';

// The IndexedDB databases core keeps its state in when given no storage, one
// database each (see idbKeyValueStore). Renaming one orphans what users saved.

/** The autosaved report draft. */
export const openDraftStore = (): KeyValueStore | undefined =>
  idbKeyValueStore('destek-drafts', 'drafts');

/** The outbox: reports saved and not yet acknowledged, with their files. */
export const openOutboxStore = (): KeyValueStore | undefined =>
  idbKeyValueStore('destek-outbox', 'entries');

/** The crash-safe copy of the anonymous visitor id. */
export const openVisitorStore = (): KeyValueStore | undefined =>
  idbKeyValueStore('destek-visitor', 'visitor');
