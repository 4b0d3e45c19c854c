import type { ServerConfigInput } from '@destek/server';
import { type ServerProcess, spawnServer } from '@destek/server/testing';

/** The site key the pages use; the server knows only this one. */
export const SITE_KEY = 'pk_widget_e2e';
/** Bearer token of the one agent, for reading tickets back through the agent API. */
export const AGENT_TOKEN = 'agent-token-widget-e2e-0123456789abcdef';

/** The reference server as its own process, with a real SQLite file in a temp folder. */
export type ReferenceServer = ServerProcess;

/**
 * Starts `destek-server` on a free port for pages served from `origins`
 * (each page's exact origin must be listed). Business hours are left out, so
 * support is always open; rate limits are raised so a test's retries and
 * reloads never meet them. `extra` adds to the config (`consoleDir`,
 * `businessHours`, `mail`…).
 */
export function startReferenceServer(
  origins: string[],
  extra: Partial<ServerConfigInput> = {},
): Promise<ReferenceServer> {
  const generous = { limit: 100_000, windowSec: 60 };
  return spawnServer({
    tempPrefix: 'destek-widget-e2e-',
    config: {
      sites: [
        {
          key: SITE_KEY,
          name: 'Widget end-to-end tests',
          allowedOrigins: origins,
          secret: 'widget-e2e-site-secret-0123456789',
        },
      ],
      agents: [{ id: '7a2e4c1b-3d5f-4e6a-8b70-9c1d2e3f4a5b', name: 'Aylin', token: AGENT_TOKEN }],
      rateLimits: {
        perIp: generous,
        perVisitor: generous,
        sessionsPerIp: generous,
        reportsPerVisitor: generous,
      },
      ...extra,
    },
  });
}
