import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { useT } from '../i18n/useT.ts';
import type { Route } from './createRouter.ts';
import { HomeScreen } from './home/HomeScreen.tsx';
import {
  ArticleScreen,
  ChatScreen,
  ChecksScreen,
  EntryEditor,
  HelpScreen,
  RequestsScreen,
  SentScreen,
  TicketScreen,
} from './lazyScreens.ts';
import { PanelServicesContext, usePanelShell } from './PanelServices.ts';
import { ReportFlow } from './report/ReportFlow.tsx';

function screenFor(route: Route): JSX.Element {
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'report':
      return <ReportFlow step={route.step} />;
    case 'sent':
      return <SentScreen entry={route.entry} />;
    case 'requests':
      return <RequestsScreen />;
    case 'ticket':
      return <TicketScreen id={route.id} reference={route.reference} />;
    case 'entry':
      return <EntryEditor entry={route.entry} />;
    case 'chat':
      return <ChatScreen />;
    case 'help':
      return <HelpScreen q={route.q} />;
    case 'article':
      return <ArticleScreen article={route.article} />;
    case 'checks':
      return <ChecksScreen />;
  }
}

/**
 * The current screen. Home draws at once; every other screen waits for the
 * client (restoring the draft takes a moment on a cold open), saying so.
 */
export function ScreenView(props: { route: Route }): JSX.Element {
  const t = useT();
  const shell = usePanelShell();
  const client = shell.client.value;
  const services = useMemo(() => (client ? { ...shell, client } : null), [shell, client]);
  // One tree shape before and after the client arrives: Home is not mounted
  // again under a new parent when it does, which would drop the focus on its heading.
  return (
    <PanelServicesContext.Provider value={services}>
      {services || props.route.name === 'home' ? (
        screenFor(props.route)
      ) : (
        <div class="body" aria-busy="true">
          <p class="muted">{t.t('panel.loading')}</p>
        </div>
      )}
    </PanelServicesContext.Provider>
  );
}
