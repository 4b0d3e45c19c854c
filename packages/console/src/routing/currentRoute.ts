import { signal } from '@preact/signals';
import { hrefOf, parseRoute, type Route } from './Route.ts';

/** The screen shown, following the URL fragment (back and forward included). */
export const currentRoute = signal<Route>(parseRoute(location.hash));

addEventListener('hashchange', () => {
  currentRoute.value = parseRoute(location.hash);
});

/** Shows `route` (a history entry, so Back returns). */
export function go(route: Route): void {
  location.hash = hrefOf(route);
}
