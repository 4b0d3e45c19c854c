import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { currentRoute } from '../routing/currentRoute.ts';
import { hrefOf, type Route } from '../routing/Route.ts';
import { announcement } from '../state/announcer.ts';
import { loadCanned } from '../state/canned.ts';
import { startMyChatsPolling } from '../state/myChats.ts';
import { online, startPresence } from '../state/presence.ts';
import { queue, startQueuePolling } from '../state/queue.ts';
import { api, loadMe, signOut } from '../state/session.ts';
import { ChatScreen } from './chat/ChatScreen.tsx';
import { MetricsScreen } from './metrics/MetricsScreen.tsx';
import { PresenceToggle } from './PresenceToggle.tsx';
import { QueueScreen } from './queue/QueueScreen.tsx';
import { TicketScreen } from './tickets/TicketScreen.tsx';
import { TicketsScreen } from './tickets/TicketsScreen.tsx';

const NAV: Array<{ label: string; route: Route; matches: Route['name'][] }> = [
  { label: 'Queue', route: { name: 'queue' }, matches: ['queue', 'chat'] },
  { label: 'Tickets', route: { name: 'tickets', status: null }, matches: ['tickets', 'ticket'] },
  { label: 'Metrics', route: { name: 'metrics' }, matches: ['metrics'] },
];

function screenOf(route: Route): JSX.Element {
  switch (route.name) {
    case 'queue':
      return <QueueScreen />;
    case 'chat':
      return <ChatScreen key={route.id} id={route.id} />;
    case 'tickets':
      return <TicketsScreen key={route.status ?? 'all'} status={route.status} />;
    case 'ticket':
      return <TicketScreen key={route.id} id={route.id} />;
    case 'metrics':
      return <MetricsScreen />;
  }
}

/** The signed-in console: header with navigation and presence, the current screen. */
export function Shell(): JSX.Element {
  const client = api.value;
  const isOnline = online.value;
  const route = currentRoute.value;
  const waiting = isOnline ? (queue.value?.length ?? 0) : 0;

  useEffect(() => (client ? startPresence(client, isOnline) : undefined), [client, isOnline]);
  // Waiting chats are shown only while online; the agent's own chats always (finished offline too).
  useEffect(() => (client && isOnline ? startQueuePolling(client) : undefined), [client, isOnline]);
  useEffect(() => (client ? startMyChatsPolling(client) : undefined), [client]);
  useEffect(() => {
    if (!client) return;
    void loadMe(client);
    void loadCanned(client);
  }, [client]);
  useEffect(() => {
    document.title = waiting > 0 ? `(${waiting}) Destek console` : 'Destek console';
  }, [waiting]);

  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <span class="brand">Destek console</span>
        <nav aria-label="Sections" class="nav">
          {NAV.map((item) => (
            <a
              key={item.label}
              href={hrefOf(item.route)}
              class="nav-link"
              aria-current={item.matches.includes(route.name) ? 'page' : undefined}
            >
              {item.label}
              {item.label === 'Queue' && waiting > 0 ? (
                <span class="count">
                  {waiting}
                  <span class="visually-hidden"> waiting</span>
                </span>
              ) : null}
            </a>
          ))}
        </nav>
        <div class="topbar-end">
          <PresenceToggle />
          <button
            type="button"
            class="btn btn-quiet"
            onClick={() => {
              // Said so that visitors stop being offered a chat now, not when presence lapses.
              void client?.presence(false).catch(() => {});
              signOut();
            }}
          >
            Sign out
          </button>
        </div>
      </header>
      <main id="main" class="main" tabIndex={-1}>
        {screenOf(route)}
      </main>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement.value}
      </p>
    </>
  );
}
