import { defineFuzzSuite } from './fuzz/defineFuzzSuite.ts';
import { isVisitorRoute } from './fuzz/isVisitorRoute.ts';
import { ELSEWHERE, ROUTES, WIRE } from './fuzz/routeCatalog.ts';

// Fuzzing, part 2: public routes, agent routes, the console's files, every other path and
// malformed HTTP (part 1: fuzzVisitorRoutes.test.ts). Vitest runs the two files side by side.
defineFuzzSuite('public and agent routes, console files, unknown paths and malformed HTTP', [
  ...ROUTES.filter((spec) => !isVisitorRoute(spec)),
  ELSEWHERE,
  WIRE,
]);
