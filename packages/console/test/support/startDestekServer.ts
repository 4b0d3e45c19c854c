import { type ServerProcess, spawnServer } from '@destek/server/testing';

export const SITE_KEY = 'pk_console_e2e';
export const AGENT_TOKEN = 'agent-token-console-e2e-0123456789abcdef';
export const AGENT = { id: '3c9e1f2a-4b5d-4e6f-8a7b-9c0d1e2f3a4b', name: 'Aylin' };

/** The reference server as its own process, on a real SQLite file in a temp folder. */
export type DestekServer = ServerProcess;

/** Ready answers the agent is offered, one for every language and one in English. */
export const CANNED = [
  { id: 'greeting', title: 'Greeting', text: 'Hello! Thanks for waiting, I am on it.' },
  {
    id: 'deposit-delay',
    title: 'Card deposit delay',
    text: 'Card deposits can take up to 15 minutes to show.',
    locale: 'en',
  },
];

/**
 * Starts `destek-server` (the CLI an operator runs) on a free port, serving
 * the console from `consoleDir`: always open (no business hours), one agent,
 * canned answers, rate limits out of the way, a fast heartbeat. The console
 * itself never imports the server; only its tests start one.
 */
export function startDestekServer(consoleDir: string): Promise<DestekServer> {
  const generous = { limit: 100_000, windowSec: 60 };
  return spawnServer({
    tempPrefix: 'destek-console-e2e-',
    config: {
      sites: [{ key: SITE_KEY, name: 'Console end-to-end tests', allowedOrigins: [] }],
      agents: [{ ...AGENT, token: AGENT_TOKEN }],
      cannedResponses: CANNED,
      consoleDir,
      heartbeatMs: 2000,
      rateLimits: {
        perIp: generous,
        perVisitor: generous,
        sessionsPerIp: generous,
        reportsPerVisitor: generous,
      },
    },
  });
}
