import type { HttpBindings } from '@hono/node-server';
import type { AgentPresence } from './agent/AgentPresence.ts';
import type { AgentConfig, ServerConfig, SiteConfig } from './config/configSchema.ts';
import type { EventBus } from './events/EventBus.ts';
import type { StreamRegistry } from './events/StreamRegistry.ts';
import type { RateLimiter } from './http/RateLimiter.ts';
import type { VisitorSession } from './http/visitorToken.ts';
import type { MailQueue } from './mail/MailQueue.ts';
import type { BlobStore } from './storage/BlobStore.ts';
import type { Storage } from './storage/Storage.ts';
import type { BusinessHours } from './time/BusinessHours.ts';

/** Seams for tests that need to hold a request at a precise point. */
export interface ServerHooks {
  /** Awaited after a report's idempotency key is claimed, before it is written. */
  beforeReportCommit?: () => Promise<void>;
}

/** Everything the routes share, built once by `createServer`. */
export interface ServerContext {
  config: ServerConfig;
  sites: ReadonlyMap<string, SiteConfig>;
  /** Every allowed origin of every site: used for preflights, which carry no credentials. */
  allOrigins: ReadonlySet<string>;
  storage: Storage;
  blobs: BlobStore;
  bus: EventBus;
  /** Open streams and long polls, ended on shutdown. */
  streams: StreamRegistry;
  hours: BusinessHours;
  presence: AgentPresence;
  tokenSecret: string;
  limiters: {
    perIp: RateLimiter;
    perVisitor: RateLimiter;
    sessionsPerIp: RateLimiter;
    reportsPerVisitor: RateLimiter;
    mailsPerVisitor: RateLimiter;
  };
  /** Outgoing e-mail; null when the server has no `mail` config (capability `email` off). */
  mail: MailQueue | null;
  /** The agent console's files, or null when it is off (see `resolveConsoleDir`). */
  consoleDir: string | null;
  hooks: ServerHooks;
  /** Milliseconds since the epoch; replaceable in tests. */
  clock: () => number;
}

/** Hono's environment for every route. */
export type AppEnv = {
  Bindings: HttpBindings;
  Variables: {
    session: VisitorSession;
    /** The site whose origins decide CORS for this request. */
    site: SiteConfig;
    agent: AgentConfig;
  };
};

/** The server clock as an RFC 3339 UTC string. */
export function isoNow(ctx: ServerContext): string {
  return new Date(ctx.clock()).toISOString();
}
