import type { ClientStorage } from '@destek/core';
import { effect, signal } from '@preact/signals';
import { render } from 'preact';
import type { OpenTarget, Panel, PanelContext } from '../api/PanelModule.ts';
import type { Translator } from '../i18n/createTranslator.ts';
import { loadTranslator } from '../i18n/loadTranslator.ts';
import { panelCss } from '../styles/panel.css.ts';
import { paletteCss } from '../theme/paletteCss.ts';
import { createAnnouncer } from './createAnnouncer.ts';
import { createPanelClient } from './createPanelClient.ts';
import { createRouter } from './createRouter.ts';
import { fitViewport } from './fitViewport.ts';
import { PanelRoot } from './PanelRoot.tsx';
import type { PanelServices } from './PanelServices.ts';

/**
 * The lazily loaded panel. Builds the client (rejecting with core's
 * `ConfigError` for a bad option), loads only the active locale, adds the
 * panel's styles to the host's shadow root and renders the dialog, hidden
 * until `show`. Nothing here imports the first script's modules.
 *
 * @param storage where the client keeps drafts and the outbox; tests pass
 *   `null`s. @default IndexedDB
 */
export async function mountPanel(context: PanelContext, storage?: ClientStorage): Promise<Panel> {
  const { host, resolved } = context;
  const [client, first] = await Promise.all([
    createPanelClient(context.options, resolved.locale, storage),
    loadTranslator(resolved.locale),
  ]);
  // Give the page its turn between making the client and the first render, so
  // opening the panel is several short tasks, not one long one.
  await new Promise((resolve) => setTimeout(resolve, 0));
  host.addStyles(paletteCss(resolved.theme.mode));
  host.addStyles(panelCss);
  const container = host.root.ownerDocument.createElement('div');
  host.root.appendChild(container);

  const open = signal(false);
  const translator = signal<Translator>(first);
  const router = createRouter();
  const services: PanelServices = {
    client,
    router,
    announcer: createAnnouncer(),
    emit: context.emit,
    now: () => Date.now(),
  };
  const stopViewport = fitViewport(host.root);

  // A refused site is the site owner's problem, not the user's: say exactly
  // what to fix where the owner looks (the console), once, and tell the host.
  let refusalTold = false;
  const stopRefusal = effect(() => {
    const session = client.session.value;
    if (session.status !== 'refused' || refusalTold) return;
    refusalTold = true;
    const message = `Destek: the support server refused this page (${session.reason}). Check the site key, and that this page's origin (${host.root.ownerDocument.location.origin}) is in the site's allowedOrigins in the server config.`;
    console.error(message);
    context.emit('error', { code: session.reason, message });
  });

  // Tell the host about every acknowledged report, also ones sent after a reload.
  const told = new Set<string>();
  const stopEvents = effect(() => {
    for (const entry of client.outbox.entries.value) {
      const state = entry.state.value;
      if (state.status === 'sent' && !told.has(entry.id)) {
        told.add(entry.id);
        context.emit('report:sent', { reference: state.receipt.reference });
      }
    }
  });

  render(
    <PanelRoot
      services={services}
      translator={translator}
      open={open}
      requestClose={context.requestClose}
    />,
    container,
  );

  const goTo = (target: OpenTarget) => {
    if (target.category && client.report.draft.value.category === null) {
      client.report.update({ category: target.category });
    }
    if (target.screen === 'report') router.reset({ name: 'report', step: 1 });
    else if (target.screen === 'requests') router.reset({ name: 'requests' });
    else if (target.screen !== undefined) router.reset();
  };

  return {
    show(target) {
      goTo(target);
      open.value = true;
    },
    hide() {
      if (!open.value) return;
      open.value = false;
      context.returnFocusTo()?.focus();
    },
    setLocale(locale) {
      client.setLocale(locale);
      loadTranslator(locale).then(
        (next) => {
          translator.value = next;
        },
        (error: unknown) =>
          context.emit('error', { code: 'locale_load_failed', message: String(error) }),
      );
    },
    identify(user) {
      client
        .identify((user ?? null) as Parameters<typeof client.identify>[0])
        .catch((error: unknown) => {
          context.emit('error', { code: 'identify_failed', message: String(error) });
        });
    },
    destroy() {
      stopEvents();
      stopRefusal();
      stopViewport();
      render(null, container);
      container.remove();
      client.destroy();
    },
  };
}
