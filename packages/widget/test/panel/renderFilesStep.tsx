import { createSupportClient, memoryBackend, type SupportClient } from '@destek/core';
import { render } from 'preact';
import { loadTranslator } from '../../src/i18n/loadTranslator.ts';
import { TranslatorContext } from '../../src/i18n/useT.ts';
import { createAnnouncer } from '../../src/panel/createAnnouncer.ts';
import { createRouter } from '../../src/panel/createRouter.ts';
import { type PanelServices, PanelServicesContext } from '../../src/panel/PanelServices.ts';
import { FilesStep } from '../../src/panel/report/FilesStep.tsx';

/**
 * Report step 4 on its own, in a shadow root as in the widget, with a real
 * client over the memory backend (no storage) and live regions that update
 * at once. `core` adds client options (`mask`, `limits`…).
 */
export async function renderFilesStep(core: Record<string, unknown> = {}) {
  const client: SupportClient = await createSupportClient(
    { backend: memoryBackend(), locale: 'en', ...core } as Parameters<
      typeof createSupportClient
    >[0],
    { outbox: null, drafts: null, visitor: { getItem: () => null, setItem: () => {} } },
  );
  const announcer = createAnnouncer((fn) => fn());
  const services = {
    client,
    router: createRouter({ name: 'report', step: 4 }),
    announcer,
    emit: () => {},
    now: () => Date.UTC(2026, 4, 12, 14, 5, 0),
  } as unknown as PanelServices;
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  root.append(container);
  render(
    <TranslatorContext.Provider value={await loadTranslator('en')}>
      <PanelServicesContext.Provider value={services}>
        <FilesStep issuesOf={() => []} touch={() => {}} />
      </PanelServicesContext.Provider>
    </TranslatorContext.Provider>,
    container,
  );
  return {
    client,
    announcer,
    root,
    host,
    text: () => root.textContent ?? '',
    remove() {
      render(null, container);
      host.remove();
    },
  };
}
