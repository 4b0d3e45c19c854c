import {
  createSupportClient,
  type MemoryBackend,
  memoryBackend,
  type SupportClient,
} from '@destek/core';
import { computed, signal } from '@preact/signals';
import { render } from '@testing-library/preact';
import { loadTranslator } from '../../src/i18n/loadTranslator.ts';
import { createChatDock } from '../../src/panel/chat/ChatDock.ts';
import { createAnnouncer } from '../../src/panel/createAnnouncer.ts';
import { createRouter, type Route } from '../../src/panel/createRouter.ts';
import { preloadLazyScreens } from '../../src/panel/lazyScreen.tsx';
import { PanelRoot } from '../../src/panel/PanelRoot.tsx';
import { adoptClient, createEarlyReport } from '../../src/panel/report/earlyReport.ts';

export interface RenderPanelOptions {
  start?: Route;
  locale?: string;
  backend?: MemoryBackend;
  /** Extra core options (`user`, `categories`…). */
  core?: Record<string, unknown>;
  now?: () => number;
  /**
   * Draw the panel before the client is ready, as a cold open does; the
   * returned `arrive()` hands the client over the way `mountPanel` does.
   */
  clientLater?: boolean;
}

/** A Map-backed `localStorage` stand-in for the visitor id. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

/**
 * Renders the panel as the widget does, with a real client from core over
 * the in-memory backend (no storage), and live regions that update at once.
 */
export async function renderPanel(options: RenderPanelOptions = {}) {
  const backend = options.backend ?? memoryBackend();
  const client: SupportClient = await createSupportClient(
    { backend, locale: options.locale ?? 'en', ...options.core } as Parameters<
      typeof createSupportClient
    >[0],
    { outbox: null, drafts: null, visitor: memoryStorage() },
  );
  await preloadLazyScreens();
  const translator = signal(await loadTranslator(options.locale ?? 'en'));
  const router = createRouter(options.start ?? { name: 'home' });
  const announcer = createAnnouncer((fn) => fn());
  const open = signal(true);
  const closes: number[] = [];
  const chat = createChatDock(
    computed(() => open.value && router.route.value.name === 'chat'),
    translator,
  );
  const shared = signal<SupportClient | null>(options.clientLater ? null : client);
  const early = createEarlyReport();
  const arrive = () => adoptClient(shared, early, client);
  const view = render(
    <PanelRoot
      shell={{
        client: shared,
        clientFailed: signal(false),
        early,
        router,
        announcer,
        emit: () => {},
        now: options.now ?? (() => Date.now()),
        chat,
      }}
      translator={translator}
      open={open}
      requestClose={() => closes.push(1)}
    />,
  );
  return { ...view, client, backend, router, announcer, open, closes, translator, chat, arrive };
}
