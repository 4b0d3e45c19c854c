import type { RouteSpec } from './routeCatalog.ts';

/**
 * Which of the two fuzz files a route belongs to: those taking a visitor token
 * (part 1), or the rest (part 2). The split is by token because it also about
 * halves the work, so the two files finish together when run side by side.
 */
export function isVisitorRoute(spec: RouteSpec): boolean {
  return spec.auth === 'visitor';
}
