import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { ensureConsoleBuild } from '@destek/console/test/support/ensureConsoleBuild.ts';
import { spawnServer } from '@destek/server/testing';
import type { Browser } from 'playwright-core';
import { ensureScriptBuild } from '../e2e/support/ensureScriptBuild.ts';
import { launchChromium } from '../e2e/support/launchChromium.ts';
import { type PageServer, startPageServer } from '../e2e/support/startPageServer.ts';
import {
  AGENT_TOKEN,
  type ReferenceServer,
  SITE_KEY,
} from '../e2e/support/startReferenceServer.ts';

/** An agent of the attack server: a hostile display name and its own token. */
export interface AttackAgent {
  name: string;
  token: string;
}

/** What the server is configured with: the operator's words, which are hostile here too. */
export interface AttackServerConfig {
  /** The first agent has the e2e rigs' `AGENT_TOKEN`, so `agentApi` acts as it. */
  agentNames: readonly string[];
  faq: readonly unknown[];
}

/** The widget's host pages, the server serving the console too, and one Chromium. */
export interface AttackRig {
  pages: PageServer;
  server: ReferenceServer;
  browser: Browser;
  agents: AttackAgent[];
  /** The script build the pages serve under `/widget/` (with `snippet.min.js`). */
  scriptDir: string;
  /** `<server>/console/`, served with the console's strict CSP. */
  consoleUrl: string;
  stop(): Promise<void>;
}

/**
 * The e2e rig's parts (page server with a copy of the script build, the
 * reference server as its own process, Chromium), with a server config of
 * its own: agents named with hostile names, hostile FAQ articles, and the
 * agent console served from a copy of its build. `DESTEK_ATTACK_SCRIPT_DIR`
 * serves a script build from elsewhere instead (a deliberately broken one,
 * to see the test fail).
 */
export async function startAttackRig(config: AttackServerConfig): Promise<AttackRig> {
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => {});
  };
  try {
    const given = process.env.DESTEK_ATTACK_SCRIPT_DIR;
    const scriptDir = given ?? (await ensureScriptBuild());
    if (!given) stops.push(() => rm(scriptDir, { recursive: true, force: true }));
    const consoleDir = await ensureConsoleBuild();
    stops.push(() => rm(consoleDir, { recursive: true, force: true }));
    const pages = await startPageServer(scriptDir);
    stops.push(() => pages.stop());
    const agents = config.agentNames.map((name, index) => ({
      name,
      token: index === 0 ? AGENT_TOKEN : `agent-token-attack-${index}-${randomUUID()}`,
    }));
    const generous = { limit: 100_000, windowSec: 60 };
    const [server, browser] = await Promise.allSettled([
      spawnServer({
        tempPrefix: 'destek-attack-',
        config: {
          sites: [
            {
              key: SITE_KEY,
              name: 'Attack corpus',
              allowedOrigins: [pages.origin, pages.otherOrigin],
            },
          ],
          agents: agents.map((agent) => ({ id: randomUUID(), ...agent })),
          faq: config.faq,
          consoleDir,
          heartbeatMs: 2000,
          rateLimits: {
            perIp: generous,
            perVisitor: generous,
            sessionsPerIp: generous,
            reportsPerVisitor: generous,
          },
        },
      }),
      launchChromium(),
    ]);
    if (server.status === 'fulfilled') stops.push(() => server.value.stop());
    if (browser.status === 'fulfilled') stops.push(() => browser.value.close());
    if (server.status === 'rejected') throw server.reason;
    if (browser.status === 'rejected') throw browser.reason;
    return {
      pages,
      server: server.value,
      browser: browser.value,
      agents,
      scriptDir,
      consoleUrl: `${server.value.url}/console/`,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
