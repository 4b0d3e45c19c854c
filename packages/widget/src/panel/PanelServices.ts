import type { SupportClient } from '@destek/core';
import type { ReadonlySignal, Signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PanelContext } from '../api/PanelModule.ts';
import type { ChatDock } from './chat/ChatDock.ts';
import type { Announcer } from './createAnnouncer.ts';
import type { Router } from './createRouter.ts';
import type { EarlyFields } from './report/earlyReport.ts';

/**
 * What the panel has from its first frame: navigation, live regions, the
 * host's events, and the client as it becomes ready. The panel draws before
 * the client has restored the draft from IndexedDB, so opening is not held up
 * by storage.
 */
export interface PanelShell {
  /** `null` until the client has restored the draft and outbox. */
  client: ReadonlySignal<SupportClient | null>;
  /** The client could not start: core's chunk did not load (the next open tries again), or storage refused. */
  clientFailed: ReadonlySignal<boolean>;
  /** Report step 1's fields typed before the client was ready; handed to it when it is. */
  early: Signal<EarlyFields>;
  router: Router;
  announcer: Announcer;
  /** The host's events (`report:sent`); a no-op in component tests. */
  emit: PanelContext['emit'];
  /** Milliseconds since the epoch; tests pin it. */
  now: () => number;
  /** The live chat, which outlives its screen. */
  chat: ChatDock;
}

/** What every screen past the first reaches: the shell with a ready client. */
export interface PanelServices extends Omit<PanelShell, 'client'> {
  client: SupportClient;
}

export const PanelShellContext = createContext<PanelShell | null>(null);
export const PanelServicesContext = createContext<PanelServices | null>(null);

/** The panel's {@link PanelShell}; usable on every screen, also before the client is ready. */
export function usePanelShell(): PanelShell {
  const shell = useContext(PanelShellContext);
  if (!shell) throw new Error('Destek: usePanelShell() outside the panel');
  return shell;
}

/** The panel's {@link PanelServices}; only screens drawn once the client is ready may call it. */
export function usePanel(): PanelServices {
  const services = useContext(PanelServicesContext);
  if (!services) throw new Error('Destek: usePanel() before the client is ready');
  return services;
}
