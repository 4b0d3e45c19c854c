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
 * Screens drawn before the client is ready: Home, and the report's first step
 * while the client is on its way (its fields wait in the shell). Once it
 * failed to start, step 1 waits too: what is typed there could not be saved.
 */
const drawsEarly = (route: Route, clientFailed: boolean): boolean =>
  route.name === 'home' || (route.name === 'report' && route.step <= 1 && !clientFailed);

/**
 * The current screen. Home and report step 1 draw at once; every other screen
 * waits for the client (loading core and restoring the draft take a moment
 * on a cold open), saying so. Text typed on step 1 before a failure is kept
 * in the shell and reaches the client when core loads at a later open.
 */
export function ScreenView(props: { route: Route }): JSX.Element {
  const t = useT();
  const shell = usePanelShell();
  const client = shell.client.value;
  const services = useMemo(() => (client ? { ...shell, client } : null), [shell, client]);
  // One tree shape before and after the client arrives: Home and step 1 are
  // not mounted again under a new parent when it does, which would drop the
  // focus on a heading, or from the field the user is typing in.
  return (
    <PanelServicesContext.Provider value={services}>
      {services || drawsEarly(props.route, shell.clientFailed.value) ? (
        screenFor(props.route)
      ) : (
        <div class="body" aria-busy="true">
          <p class="muted">{t.t('panel.loading')}</p>
        </div>
      )}
    </PanelServicesContext.Provider>
  );
}
