import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { getRequestListener, RequestError } from '@hono/node-server';
import { Hono } from 'hono';
import { AgentPresence } from './agent/AgentPresence.ts';
import type { ServerConfig } from './config/configSchema.ts';
import { resolveConsoleDir } from './console/resolveConsoleDir.ts';
import { type EventBus, MemoryEventBus } from './events/EventBus.ts';
import { StreamRegistry } from './events/StreamRegistry.ts';
import { ApiError } from './http/ApiError.ts';
import { agentAuth } from './http/agentAuth.ts';
import { clientIp } from './http/clientIp.ts';
import { cors } from './http/cors.ts';
import { headWithoutBody } from './http/headWithoutBody.ts';
import { RateLimiter } from './http/RateLimiter.ts';
import { answerClientError, refuseConnect } from './http/socketAnswers.ts';
import { visitorAuth } from './http/visitorAuth.ts';
import type { Mailer } from './mail/Mailer.ts';
import { MailQueue } from './mail/MailQueue.ts';
import { smtpMailer } from './mail/smtpMailer.ts';
import { agentChatRoutes } from './routes/agentChatRoutes.ts';
import { agentTicketRoutes } from './routes/agentTicketRoutes.ts';
import { agentToolRoutes } from './routes/agentToolRoutes.ts';
import { attachmentRoutes } from './routes/attachmentRoutes.ts';
import { consoleRoutes } from './routes/consoleRoutes.ts';
import { conversationRoutes } from './routes/conversationRoutes.ts';
import { faqFeedbackRoutes } from './routes/faqFeedbackRoutes.ts';
import { publicRoutes } from './routes/publicRoutes.ts';
import { reportRoutes } from './routes/reportRoutes.ts';
import { sessionRoutes } from './routes/sessionRoutes.ts';
import { ticketRoutes } from './routes/ticketRoutes.ts';
import type { AppEnv, ServerContext, ServerHooks } from './ServerContext.ts';
import type { BlobStore } from './storage/BlobStore.ts';
import { collectOrphanBlobs } from './storage/collectOrphanBlobs.ts';
import { DiskBlobStore } from './storage/DiskBlobStore.ts';
import type { Storage } from './storage/Storage.ts';
import { SqliteStorage } from './storage/sqlite/SqliteStorage.ts';
import { type SweepResult, sweep } from './tickets/sweep.ts';
import { BusinessHours } from './time/BusinessHours.ts';

/** Options of {@link createServer}. */
export interface CreateServerOptions {
  /** The validated config (see `parseConfig`/`loadConfig`). */
  config: ServerConfig;
  /** Folder for `destek.sqlite`, `blobs/` and `secret.key`; created if missing. */
  dataDir: string;
  /** Milliseconds since the epoch. @default Date.now */
  clock?: () => number;
  /** Interval of the idle-ticket sweeper; 0 turns it off. @default 60000 */
  sweepIntervalMs?: number;
  /** Test seams. @default {} */
  hooks?: ServerHooks;
  /** Another database behind the same contract. @default SQLite at `<dataDir>/destek.sqlite` */
  storage?: Storage;
  /** Another home for attachment bytes. @default files under `<dataDir>/blobs` */
  blobs?: BlobStore;
  /** Cross-instance fan-out. @default in-process */
  bus?: EventBus;
  /**
   * Sends the server's e-mail (ticket replies, transcripts) another way than
   * SMTP; retries and `attempts` still come from `config.mail` when present.
   * @default SMTP from `config.mail`; no e-mail when that is absent
   */
  mailer?: Mailer;
}

/** A running (or ready to run) Destek server. */
export interface DestekServer {
  /** The Hono app: `app.fetch(request)` works without a socket. */
  app: Hono<AppEnv>;
  context: ServerContext;
  /** Listens on `host:port` (port 0 picks a free one) and resolves with the bound address. */
  listen(port?: number, host?: string): Promise<{ port: number; host: string; url: string }>;
  /** Resolves with the number of orphan blobs removed by the startup clean-up. */
  ready: Promise<number>;
  /** Runs the sweeper once now. */
  sweep(): Promise<SweepResult>;
  /** Ends live streams, stops listening, closes the database. */
  close(): Promise<void>;
}

function loadTokenSecret(config: ServerConfig, dataDir: string): string {
  if (config.tokenSecret !== undefined) return config.tokenSecret;
  const path = join(dataDir, 'secret.key');
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Builds the server: storage opened and migrated, routes mounted, nothing listening yet. */
export function createServer(options: CreateServerOptions): DestekServer {
  const { config, dataDir } = options;
  mkdirSync(dataDir, { recursive: true });
  const blobs = options.blobs ?? new DiskBlobStore(join(dataDir, 'blobs'));
  const { rateLimits } = config;
  const mailer = options.mailer ?? (config.mail ? smtpMailer(config.mail) : undefined);
  const ctx: ServerContext = {
    config,
    sites: new Map(config.sites.map((site) => [site.key, site])),
    allOrigins: new Set(config.sites.flatMap((site) => site.allowedOrigins)),
    storage: options.storage ?? new SqliteStorage(join(dataDir, 'destek.sqlite')),
    blobs,
    bus: options.bus ?? new MemoryEventBus(),
    streams: new StreamRegistry(),
    hours: new BusinessHours(config.businessHours),
    presence: new AgentPresence(config.agentPresenceTtlSec),
    tokenSecret: loadTokenSecret(config, dataDir),
    limiters: {
      perIp: new RateLimiter(rateLimits.perIp.limit, rateLimits.perIp.windowSec),
      perVisitor: new RateLimiter(rateLimits.perVisitor.limit, rateLimits.perVisitor.windowSec),
      sessionsPerIp: new RateLimiter(
        rateLimits.sessionsPerIp.limit,
        rateLimits.sessionsPerIp.windowSec,
      ),
      reportsPerVisitor: new RateLimiter(
        rateLimits.reportsPerVisitor.limit,
        rateLimits.reportsPerVisitor.windowSec,
      ),
      mailsPerVisitor: new RateLimiter(
        rateLimits.mailsPerVisitor.limit,
        rateLimits.mailsPerVisitor.windowSec,
      ),
    },
    mail: mailer
      ? new MailQueue(mailer, {
          ...(config.mail ? { attempts: config.mail.attempts } : {}),
          ...(config.mail ? { retryDelayMs: config.mail.retryDelayMs } : {}),
        })
      : null,
    consoleDir: resolveConsoleDir(config.consoleDir).dir,
    hooks: options.hooks ?? {},
    clock: options.clock ?? Date.now,
  };

  const app = new Hono<AppEnv>();
  app.use('*', cors(ctx));
  app.use('*', headWithoutBody());
  app.use('/v1/*', async (c, next) => {
    ctx.limiters.perIp.hit(clientIp(c), ctx.clock());
    await next();
  });
  app.use('/v1/attachments', visitorAuth(ctx));
  app.use('/v1/attachments/*', visitorAuth(ctx));
  app.use('/v1/reports', visitorAuth(ctx));
  app.use('/v1/tickets', visitorAuth(ctx));
  app.use('/v1/tickets/*', visitorAuth(ctx));
  app.use('/v1/conversations', visitorAuth(ctx));
  app.use('/v1/conversations/*', visitorAuth(ctx));
  app.use('/v1/agent/*', agentAuth(ctx));
  publicRoutes(app, ctx);
  sessionRoutes(app, ctx);
  attachmentRoutes(app, ctx);
  reportRoutes(app, ctx);
  ticketRoutes(app, ctx);
  conversationRoutes(app, ctx);
  faqFeedbackRoutes(app, ctx);
  agentChatRoutes(app, ctx);
  agentTicketRoutes(app, ctx);
  agentToolRoutes(app, ctx);
  consoleRoutes(app, ctx);
  app.notFound(() => new ApiError('not_found', 'No such route').toResponse());
  app.onError((error) => {
    if (error instanceof ApiError) return error.toResponse();
    // Hono's own errors for malformed requests (bad URL encoding...) are the client's.
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return new ApiError('invalid_parameter', 'The request is malformed').toResponse();
    }
    if (
      (error as { code?: unknown }).code === 'SQLITE_FULL' ||
      (error as { code?: unknown }).code === 'ENOSPC'
    ) {
      return new ApiError('unavailable', 'Storage is full').toResponse();
    }
    console.error('[destek-server] internal error', error);
    return new ApiError('internal', 'Internal error').toResponse();
  });

  const listener = getRequestListener(app.fetch, {
    // A request Node accepted but the adapter cannot turn into a URL (a backslash in
    // the path, a bad Host) gets the stable error body too, not an empty 400.
    errorHandler: (error) => {
      if (error instanceof RequestError)
        return new ApiError('invalid_parameter', 'The request is malformed').toResponse();
      console.error('[destek-server] internal error', error);
      return new ApiError('internal', 'Internal error').toResponse();
    },
  });
  // Without a Host, HTTP/1.1 requests get a bare 400 from Node; let them through to the
  // adapter, which refuses them with the error body (`invalid_parameter`).
  const http = createHttpServer({ requireHostHeader: false }, listener);
  // Node answers an `Expect` other than 100-continue with a bare 417 and no error body.
  // RFC 9110 lets a server ignore an expectation it does not know: the route answers as usual.
  http.on('checkExpectation', listener);
  http.on('clientError', answerClientError);
  http.on('connect', refuseConnect);
  // Sockets idle between requests must not keep a shutdown waiting.
  http.keepAliveTimeout = 5_000;
  const interval = options.sweepIntervalMs ?? 60_000;
  const timer =
    interval > 0 ? setInterval(() => void sweep(ctx).catch(() => {}), interval) : undefined;
  timer?.unref();
  // Housekeeping of what a crash may have left: half-written temp files, and
  // finished files whose row never committed (only those older than this start).
  const startedAt = Date.now();
  const startup = (blobs instanceof DiskBlobStore ? blobs.clearTemp() : Promise.resolve())
    .then(() => collectOrphanBlobs(ctx.storage, blobs, startedAt))
    .catch(() => 0);

  return {
    app,
    context: ctx,
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          const address = http.address() as AddressInfo;
          const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve({
            port: address.port,
            host: address.address,
            url: `http://${shown}:${address.port}`,
          });
        });
      });
    },
    ready: startup,
    sweep: () => sweep(ctx),
    async close() {
      if (timer) clearInterval(timer);
      ctx.streams.closeAll();
      await new Promise<void>((resolve) => {
        if (!http.listening) return resolve();
        // Ended streams leave keep-alive sockets that turn idle a moment later:
        // sweep idle sockets until the server is closed, and cut the rest after 2 s.
        const idle = setInterval(() => http.closeIdleConnections(), 25);
        const cut = setTimeout(() => http.closeAllConnections(), 2_000);
        http.close(() => {
          clearInterval(idle);
          clearTimeout(cut);
          resolve();
        });
        http.closeIdleConnections();
      });
      await startup;
      await ctx.mail?.close();
      await ctx.storage.close();
    },
  };
}
