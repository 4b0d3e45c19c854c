import type { SupportClient } from '@destek/core';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PanelContext } from '../api/PanelModule.ts';
import type { Announcer } from './createAnnouncer.ts';
import type { Router } from './createRouter.ts';

/** What every screen of the panel reaches: the client, navigation, live regions and the host. */
export interface PanelServices {
  client: SupportClient;
  router: Router;
  announcer: Announcer;
  /** The host's events (`report:sent`); a no-op in component tests. */
  emit: PanelContext['emit'];
  /** Milliseconds since the epoch; tests pin it. */
  now: () => number;
}

export const PanelServicesContext = createContext<PanelServices | null>(null);

/** The panel's {@link PanelServices}. */
export function usePanel(): PanelServices {
  const services = useContext(PanelServicesContext);
  if (!services) throw new Error('Destek: usePanel() outside the panel');
  return services;
}
