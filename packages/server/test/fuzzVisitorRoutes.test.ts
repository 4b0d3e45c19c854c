import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createServer } from '../src/createServer.ts';
import { defineFuzzSuite } from './fuzz/defineFuzzSuite.ts';
import { isVisitorRoute } from './fuzz/isVisitorRoute.ts';
import { ELSEWHERE, ROUTES } from './fuzz/routeCatalog.ts';
import { testConfig } from './helpers/testConfig.ts';

// Fuzzing, part 1: the routes that take a visitor token (part 2:
// fuzzPublicAndAgentRoutes.test.ts). How it works: docs/server.md, "Fuzzing".
defineFuzzSuite('visitor routes', ROUTES.filter(isVisitorRoute));

it('fuzzes every route the server registers, no more and no fewer', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'destek-fuzz-routes-'));
  const server = createServer({ config: testConfig(), dataDir, sweepIntervalMs: 0 });
  const registered = new Set(
    server.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`),
  );
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
  const fuzzed = new Set(ROUTES.map((spec) => spec.route));
  expect([...registered].filter((route) => !fuzzed.has(route)).sort()).toEqual([]);
  expect([...fuzzed].filter((route) => !registered.has(route)).sort()).toEqual([]);
  expect(ELSEWHERE.cases).toBeDefined();
});
