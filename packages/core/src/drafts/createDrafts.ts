import { batch, type ReadonlySignal, signal } from '@preact/signals-core';
import type { StorageError } from '../errors/StorageError.ts';
import { openDraftStore } from '../outbox/defaultStores.ts';
import type { KeyValueStore } from '../outbox/KeyValueStore.ts';
import { globalTimers, type Timers } from '../outbox/platform.ts';
import { storageFailure } from '../outbox/storageFailure.ts';
import { readonly } from '../state/readonly.ts';

/** Options of {@link createDrafts}; every one has a default. */
export interface DraftsOptions {
  /**
   * Where drafts are kept. `null` keeps them in memory only.
   * @default IndexedDB database `destek-drafts`, store `drafts` (memory when IndexedDB is missing)
   */
  storage?: KeyValueStore | null;
  /** Which draft this is, so several forms can keep one each. @default 'report' */
  key?: string;
  /** Saves wait this long after the last change, so typing is not a write per key. @default 400 */
  debounceMs?: number;
  /** @default the global setTimeout/clearTimeout */
  timers?: Timers;
  /** @default Date.now */
  clock?: () => number;
}

/**
 * Where the draft is: `restoring` at start; `clean` with nothing to save;
 * `unsaved` while the debounce waits; `saving`; `saved` (when); `failed` when
 * storage refused it (the draft then lives in memory only).
 */
export type DraftSaveState =
  | { status: 'restoring' }
  | { status: 'clean' }
  | { status: 'unsaved' }
  | { status: 'saving' }
  | { status: 'saved'; at: number }
  | { status: 'failed'; error: StorageError };

/** An autosaved draft of a form. */
export interface Drafts<T> {
  /** The current draft: the restored one, then whatever `change` set. */
  readonly draft: ReadonlySignal<T | undefined>;
  readonly save: ReadonlySignal<DraftSaveState>;
  /** `memory` when there is no working storage: the draft is lost on reload. */
  readonly storage: ReadonlySignal<'persistent' | 'memory'>;
  /** Resolves with the draft an earlier page saved (undefined when none). */
  readonly restored: Promise<T | undefined>;
  /** Replaces the draft and saves it after the debounce. */
  change(value: T): void;
  /** Saves a pending change now (the outbox calls nothing here; the UI calls it on close). */
  flush(): Promise<void>;
  /** Forgets the draft, e.g. once the report is in the outbox. */
  clear(): Promise<void>;
  /** Saves what is pending and stops listening. */
  dispose(): Promise<void>;
}

interface Saved<T> {
  value: T;
  savedAt: number;
}

/** Creates an autosaving draft. */
export function createDrafts<T>(options: DraftsOptions = {}): Drafts<T> {
  const key = `draft:${options.key ?? 'report'}`;
  const debounceMs = options.debounceMs ?? 400;
  const timers = options.timers ?? globalTimers();
  const clock = options.clock ?? (() => Date.now());
  let store: KeyValueStore | undefined =
    options.storage === undefined ? openDraftStore() : (options.storage ?? undefined);
  const draft = signal<T | undefined>(undefined);
  const save = signal<DraftSaveState>({ status: 'restoring' });
  const storage = signal<'persistent' | 'memory'>(store ? 'persistent' : 'memory');
  let timer: unknown;
  let touched = false;
  let writing: Promise<void> = Promise.resolve();

  const failed = (cause: unknown) => {
    store = undefined;
    const error = storageFailure(
      cause,
      'The draft could not be saved: it is kept in this tab only',
    );
    batch(() => {
      storage.value = 'memory';
      save.value = { status: 'failed', error };
    });
  };

  const restored = (async () => {
    try {
      const saved = store ? await store.get<Saved<T>>(key) : undefined;
      // Typing that began before storage answered wins over the older saved draft.
      if (!touched && saved) draft.value = saved.value;
      if (save.peek().status === 'restoring') save.value = { status: 'clean' };
      return saved?.value;
    } catch (cause) {
      failed(cause);
      return undefined;
    }
  })();

  const write = async () => {
    timer = undefined;
    const value = draft.peek();
    if (!store) return;
    const target = store;
    save.value = { status: 'saving' };
    try {
      if (value === undefined) await target.delMany([key]);
      else await target.setMany([[key, { value, savedAt: clock() } satisfies Saved<T>]]);
      // A change during the write leaves the draft unsaved; its own timer saves it.
      if (timer === undefined) save.value = { status: 'saved', at: clock() };
    } catch (cause) {
      failed(cause);
    }
  };
  const queueWrite = () => {
    writing = writing.then(write);
    return writing;
  };
  const flush = () => {
    if (timer === undefined) return writing;
    timers.clearTimeout(timer);
    return queueWrite();
  };
  const onPageHide = () => void flush();
  if (typeof globalThis.addEventListener === 'function')
    globalThis.addEventListener('pagehide', onPageHide);

  return {
    draft: readonly(draft),
    save: readonly(save),
    storage: readonly(storage),
    restored,
    change(value) {
      touched = true;
      draft.value = value;
      if (timer !== undefined) timers.clearTimeout(timer);
      if (store) save.value = { status: 'unsaved' };
      timer = timers.setTimeout(() => void queueWrite(), debounceMs);
    },
    flush,
    async clear() {
      touched = true;
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      draft.value = undefined;
      await queueWrite();
      if (save.peek().status === 'saved') save.value = { status: 'clean' };
    },
    async dispose() {
      if (typeof globalThis.removeEventListener === 'function')
        globalThis.removeEventListener('pagehide', onPageHide);
      await flush();
    },
  };
}
