import { ID_PATTERN, TICKET_STATUSES, type TicketStatus } from '@destek/protocol';

/**
 * The screens, addressed by the URL's fragment (`#/tickets?status=open`), so
 * the static files need no server-side routing and reload keeps the screen.
 * The fragment only ever holds screen names and ids, never the token.
 */
export type Route =
  | { name: 'queue' }
  | { name: 'chat'; id: string }
  | { name: 'tickets'; status: TicketStatus | null }
  | { name: 'ticket'; id: string }
  | { name: 'metrics' };

const isStatus = (value: string | null): value is TicketStatus =>
  (TICKET_STATUSES as readonly (string | null)[]).includes(value);

/** The route of a `location.hash`; anything unknown is the queue. */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter((part) => part !== '');
  const id = parts[1] ?? '';
  if (parts[0] === 'chats' && ID_PATTERN.test(id)) return { name: 'chat', id };
  if (parts[0] === 'tickets' && ID_PATTERN.test(id)) return { name: 'ticket', id };
  if (parts[0] === 'tickets') {
    const status = new URLSearchParams(query).get('status');
    return { name: 'tickets', status: isStatus(status) ? status : null };
  }
  if (parts[0] === 'metrics') return { name: 'metrics' };
  return { name: 'queue' };
}

/** The `href` of a route (`#/chats/<id>`). */
export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'queue':
      return '#/queue';
    case 'chat':
      return `#/chats/${route.id}`;
    case 'tickets':
      return route.status === null ? '#/tickets' : `#/tickets?status=${route.status}`;
    case 'ticket':
      return `#/tickets/${route.id}`;
    case 'metrics':
      return '#/metrics';
  }
}
