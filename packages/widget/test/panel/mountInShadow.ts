import {
  type KeyValueStore,
  type MemoryBackend,
  memoryBackend,
  memoryKeyValueStore,
} from '@destek/core';
import type { Panel } from '../../src/api/PanelModule.ts';
import { createHost } from '../../src/host/createHost.ts';
import { preloadLazyScreens } from '../../src/panel/lazyScreen.tsx';
import { mountPanel } from '../../src/panel/mountPanel.tsx';
import { DEFAULT_THEME } from '../../src/theme/Theme.ts';

/** A store whose every read takes `ms`: the client waits for it while starting. */
function slowStore(ms: number): KeyValueStore {
  const store = memoryKeyValueStore();
  return {
    ...store,
    get: async (key) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return store.get(key);
    },
  };
}

export interface MountOptions {
  mode?: 'light' | 'dark';
  locale?: string;
  backend?: MemoryBackend;
  core?: Record<string, unknown>;
  /** Keep drafts and the outbox in IndexedDB, as in production. @default false (memory) */
  persistent?: boolean;
  /** Hold the client's start this long (a slow IndexedDB), so it arrives after the panel is drawn. */
  slowStartMs?: number;
}

/**
 * The panel as the widget mounts it: in the lead's real host element and
 * shadow root, with a page button that opened it (where focus returns).
 * Storage is memory-only so tests do not see each other's drafts.
 */
export async function mountInShadow(options: MountOptions = {}) {
  const opener = document.createElement('button');
  opener.textContent = 'Open support';
  document.body.append(opener);
  opener.focus();
  const locale = options.locale ?? 'en';
  const backend = options.backend ?? memoryBackend();
  const theme = { ...DEFAULT_THEME, mode: options.mode ?? 'light' };
  const host = createHost(document, theme, undefined);
  const closes: number[] = [];
  const events: Array<[string, unknown]> = [];
  /** What the panel gave up with (`context.fail`): a refused option, a failed chunk. */
  const failures: unknown[] = [];
  const visitor = new Map<string, string>();
  let panel: Panel | null = null;
  await preloadLazyScreens();
  panel = await mountPanel(
    {
      host,
      options: { backend, locale, ...options.core },
      resolved: { theme, locale, nonce: undefined, launcher: true },
      emit: (event, payload) => events.push([String(event), payload]),
      requestClose: () => {
        closes.push(1);
        panel?.hide();
      },
      returnFocusTo: () => opener,
      fail: (error) => failures.push(error),
    },
    options.persistent
      ? undefined
      : {
          outbox: null,
          drafts: null,
          visitor: {
            getItem: (k) => visitor.get(k) ?? null,
            setItem: (k, v) => void visitor.set(k, v),
          },
          visitorBackup: options.slowStartMs ? slowStore(options.slowStartMs) : null,
        },
  );
  const mounted = panel;
  return {
    host,
    root: host.root,
    panel: mounted,
    opener,
    backend,
    closes,
    events,
    failures,
    /** The element focused inside the shadow root. */
    active: () => host.root.activeElement,
    remove() {
      mounted.destroy();
      host.remove();
      opener.remove();
    },
  };
}
