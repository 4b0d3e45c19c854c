import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from '../../src/routing/Route.ts';

const id = '0f8e4c2a-1b3d-4e5f-8a7b-9c0d1e2f3a4b';

describe('routes', () => {
  it('round-trips every screen through the URL fragment', () => {
    const routes: Route[] = [
      { name: 'queue' },
      { name: 'chat', id },
      { name: 'tickets', status: null },
      { name: 'tickets', status: 'pending' },
      { name: 'ticket', id },
      { name: 'metrics' },
    ];
    for (const route of routes) expect(parseRoute(hrefOf(route))).toEqual(route);
  });

  it('falls back to the queue or to all tickets for anything it does not know', () => {
    expect(parseRoute('')).toEqual({ name: 'queue' });
    expect(parseRoute('#/chats/not-an-id')).toEqual({ name: 'queue' });
    expect(parseRoute('#/tickets?status=bogus')).toEqual({ name: 'tickets', status: null });
    expect(parseRoute('#/tickets/../../v1')).toEqual({ name: 'tickets', status: null });
  });
});
