import { afterAll, beforeAll } from 'vitest';
import { httpBackend } from '../src/httpBackend.ts';
import { backendConformance } from './support/coreConformance.ts';
import { agentOnline, httpAgentDriver } from './support/httpAgentDriver.ts';
import {
  AGENT_TOKEN,
  SERVER_SITE_KEY,
  type ServerProcess,
  startServerProcess,
} from './support/serverProcess.ts';

// One server process for the file: starting one per test would cost seconds each.
let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess();
}, 30_000);
afterAll(async () => {
  await server?.stop();
});

backendConformance('adapter-http against destek-server', async () => {
  await agentOnline(server.url, AGENT_TOKEN);
  return {
    backend: httpBackend({ server: server.url, siteKey: SERVER_SITE_KEY, timeoutMs: 5000 }),
    agent: httpAgentDriver(server.url, AGENT_TOKEN),
  };
});
