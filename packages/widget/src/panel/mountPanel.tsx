import { type ClientStorage, openBrowserStorage, type SupportClient } from '@destek/core';
import { computed, signal } from '@preact/signals';
import { render } from 'preact';
import type { OpenTarget, Panel, PanelContext } from '../api/PanelModule.ts';
import type { Translator } from '../i18n/createTranslator.ts';
import { loadTranslator } from '../i18n/loadTranslator.ts';
import { panelCss } from '../styles/panel.css.ts';
import { paletteCss } from '../theme/paletteCss.ts';
import { createChatDock, disposeChatDock, hasOpenChat } from './chat/ChatDock.ts';
import { createAnnouncer } from './createAnnouncer.ts';
import { createRouter } from './createRouter.ts';
import { fitViewport } from './fitViewport.ts';
import { keepKeysInside } from './keepKeysInside.ts';
import { PanelRoot } from './PanelRoot.tsx';
import type { PanelShell } from './PanelServices.ts';
import { adoptClient, createEarlyReport } from './report/earlyReport.ts';
import { type PanelClientStart, startPanelClient } from './startPanelClient.ts';
import { watchClient } from './watchClient.ts';
import { pendingCategory, whenReady } from './whenReady.ts';

/** Core's `ConfigError` names the refused option in `path`; a failed chunk load does not. */
const isOptionError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'path' in error;

/**
 * The lazily loaded panel. Loads only the active locale, adds the panel's
 * styles to the host's shadow root and renders the dialog, hidden until
 * `show`, without waiting for core: core and the adapter are fetched at the
 * same time and, once core has checked the options, the client finishes
 * starting (restoring the draft from IndexedDB) behind the drawn panel. A bad
 * option (core's `ConfigError`, naming it) reaches the first script through
 * `context.fail`; core failing to load is tried again at the next `show`.
 * Nothing here imports the first script's modules.
 *
 * @param storage where the client keeps drafts and the outbox; tests pass
 *   `null`s. @default IndexedDB, opened before core has loaded
 */
export async function mountPanel(context: PanelContext, storage?: ClientStorage): Promise<Panel> {
  const { host, resolved } = context;
  // Opened before core arrives: creating the databases on a first visit is
  // slow, and core's download and compile hide it.
  const stores = storage ?? openBrowserStorage();
  const started = startPanelClient(context.options, resolved.locale, stores);
  let first: Translator;
  try {
    first = await loadTranslator(resolved.locale);
  } catch (error) {
    // No panel, so no client either: one that started would keep timers and storage open.
    started.client.then(
      (orphan) => orphan.destroy(),
      () => {},
    );
    throw error;
  }
  host.addStyles(paletteCss(resolved.theme.mode));
  host.addStyles(panelCss);
  const container = host.root.ownerDocument.createElement('div');
  host.root.appendChild(container);

  const open = signal(false);
  const translator = signal<Translator>(first);
  const router = createRouter();
  const client = signal<SupportClient | null>(null);
  // Core refusing an option stops the widget; core failing to load (the
  // network) leaves the panel drawn and tries again at the next open.
  const clientFailed = signal(false);
  let loadAgain = false;
  const shell: PanelShell = {
    client,
    clientFailed,
    early: createEarlyReport(),
    router,
    announcer: createAnnouncer(),
    emit: context.emit,
    now: () => Date.now(),
    chat: createChatDock(
      computed(() => open.value && router.route.value.name === 'chat'),
      translator,
      host.root,
      host.addStyles,
    ),
  };
  const stopViewport = fitViewport(host.root);
  const stops: Array<() => void> = [keepKeysInside(host.root)];
  let destroyed = false;

  const whenClient = (ready: SupportClient) => {
    if (destroyed) {
      ready.destroy();
      return;
    }
    adoptClient(client, shell.early, ready);
    stops.push(watchClient(ready, context), () => disposeChatDock(shell.chat));
    // A chat left open by an earlier page is followed at once (unread badge,
    // `message` events); otherwise the chat chunk waits for the chat screen.
    if (hasOpenChat()) {
      import('./chat/chatModule.ts').then(
        ({ resumeChat }) => {
          if (!destroyed) resumeChat({ ...shell, client: ready });
        },
        () => {},
      );
    }
  };
  const follow = (start: PanelClientStart) =>
    start.checked.then(
      () =>
        start.client.then(whenClient, (error: unknown) => {
          // Storage refused (private mode quotas, a blocked IndexedDB): say so where the owner looks.
          clientFailed.value = true;
          console.error('Destek: the support client could not start', error);
          context.emit('error', { code: 'client_failed', message: String(error) });
        }),
      (error: unknown) => {
        if (destroyed) return;
        if (isOptionError(error)) {
          context.fail(error);
          return;
        }
        clientFailed.value = true;
        loadAgain = true;
        console.error('Destek: the support client could not be loaded', error);
        context.emit('error', { code: 'panel_load_failed', message: String(error) });
      },
    );
  follow(started);

  render(
    <PanelRoot
      shell={shell}
      translator={translator}
      open={open}
      requestClose={context.requestClose}
    />,
    container,
  );

  const goTo = (target: OpenTarget) => {
    if (target.category) pendingCategory(client, target.category);
    if (target.screen === 'report') router.reset({ name: 'report', step: 1 });
    else if (target.screen === 'requests') router.reset({ name: 'requests' });
    else if (target.screen === 'chat') router.reset({ name: 'chat' });
    else if (target.screen === 'help') router.reset({ name: 'help' });
    else if (target.screen === 'checks') router.reset({ name: 'checks' });
    else if (target.screen !== undefined) router.reset();
  };

  return {
    show(target) {
      if (loadAgain) {
        loadAgain = false;
        clientFailed.value = false;
        follow(startPanelClient(context.options, resolved.locale, stores));
      }
      goTo(target);
      open.value = true;
    },
    hide() {
      if (!open.value) return;
      open.value = false;
      context.returnFocusTo()?.focus();
    },
    setLocale(locale) {
      whenReady(client, (ready) => ready.setLocale(locale));
      loadTranslator(locale).then(
        (next) => {
          translator.value = next;
        },
        (error: unknown) =>
          context.emit('error', { code: 'locale_load_failed', message: String(error) }),
      );
    },
    identify(user) {
      whenReady(client, (ready) =>
        ready
          .identify((user ?? null) as Parameters<SupportClient['identify']>[0])
          .catch((error: unknown) => {
            context.emit('error', { code: 'identify_failed', message: String(error) });
          }),
      );
    },
    destroy() {
      destroyed = true;
      for (const stop of stops) stop();
      stopViewport();
      render(null, container);
      container.remove();
      client.value?.destroy();
    },
  };
}
