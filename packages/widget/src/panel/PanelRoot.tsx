import type { ReadonlySignal, Signal } from '@preact/signals';
import type { JSX } from 'preact';
import type { Translator } from '../i18n/createTranslator.ts';
import { TranslatorContext } from '../i18n/useT.ts';
import { PanelApp } from './PanelApp.tsx';
import { type PanelShell, PanelShellContext } from './PanelServices.ts';

export interface PanelRootProps {
  shell: PanelShell;
  /** Swapped by `setLocale`; every string re-renders in the new language. */
  translator: ReadonlySignal<Translator> | Signal<Translator>;
  open: ReadonlySignal<boolean>;
  requestClose: () => void;
}

/** The panel with its providers; tests render this with a client of their own. */
export function PanelRoot(props: PanelRootProps): JSX.Element {
  return (
    <TranslatorContext.Provider value={props.translator.value}>
      <PanelShellContext.Provider value={props.shell}>
        <PanelApp open={props.open} requestClose={props.requestClose} />
      </PanelShellContext.Provider>
    </TranslatorContext.Provider>
  );
}
