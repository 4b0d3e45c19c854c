import {
  type FaqArticle,
  FULL_CAPABILITIES,
  faqFeedbackSchema,
  LIMITS,
  line,
  newId,
  PROTOCOL_VERSION,
  type Priority,
  slugSchema,
} from '@destek/protocol';
import { BackendError } from '../errors/BackendError.ts';
import { chatMethods } from './memory/chatMethods.ts';
import { createFaultInjector, type FaultControls } from './memory/faultInjector.ts';
import { checkInput, type MemoryContext, notFound } from './memory/MemoryContext.ts';
import { createWorld, type MemoryWorld } from './memory/MemoryWorld.ts';
import { createMemoryAgent, type MemoryAgent } from './memory/memoryAgent.ts';
import { searchArticles } from './memory/searchArticles.ts';
import { sha256Hex } from './memory/sha256Hex.ts';
import { sniffType } from './memory/sniffType.ts';
import { ticketMethods } from './memory/ticketMethods.ts';
import type { BackendCapabilities, CallOptions, SupportBackend } from './SupportBackend.ts';

/** Options of {@link memoryBackend}; every one has a default. */
export interface MemoryBackendOptions {
  /** Switch features off to test how the client copes. @default every capability on */
  capabilities?: Partial<BackendCapabilities>;
  /** The self-help articles `searchFaq` searches. @default [] */
  faq?: readonly FaqArticle[];
  /** Agents `status()` reports online. @default 1 */
  agentsOnline?: number;
  /** Milliseconds since the epoch, for timestamps. @default Date.now */
  clock?: () => number;
  /** First-response target per priority, in minutes. @default { urgent: 60, normal: 480, low: 1440 } */
  firstResponseMinutes?: Partial<Record<Priority, number>>;
  /** The agent driver's display name. @default 'Aylin' */
  agentName?: string;
}

/** A complete backend in memory, with an agent driver and fault injection for tests and demos. */
export interface MemoryBackend extends SupportBackend {
  /** The support agent's side: claim, reply, end with a note, answer tickets. */
  readonly agent: MemoryAgent;
  /** Make calls fail or slow down (the outbox's tests use these). */
  readonly faults: FaultControls;
  /** Everything stored, for assertions; do not change it from outside. */
  readonly world: MemoryWorld;
}

/** Progress is reported in this many steps, as a real upload would in chunks. */
const PROGRESS_STEPS = 4;

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * A {@link SupportBackend} held entirely in memory, usable in browsers and
 * Node alike (Web Crypto only). It behaves as the reference server does:
 * idempotent reports, per-visitor ownership, seq-numbered chat with replay.
 */
export function memoryBackend(options: MemoryBackendOptions = {}): MemoryBackend {
  const clock = options.clock ?? (() => Date.now());
  const capabilities: BackendCapabilities = { ...FULL_CAPABILITIES, ...options.capabilities };
  const world = createWorld(options.faq ?? [], options.agentsOnline ?? 1);
  const faults = createFaultInjector();
  const targets: Record<Priority, number> = {
    urgent: 60,
    normal: 480,
    low: 1440,
    ...options.firstResponseMinutes,
  };
  let owner: string | undefined;
  let userEmail: string | undefined;
  let disposed = false;

  const ctx: MemoryContext = {
    world,
    clock,
    capabilities,
    targets,
    userEmail: () => userEmail,
    owner() {
      if (owner === undefined) {
        throw new BackendError('unauthorized', 'Call connect() first', {
          wireCode: 'unauthorized',
          status: 401,
        });
      }
      return owner;
    },
    async call(method, capability, callOptions: CallOptions | undefined, run) {
      if (capability !== undefined && !capabilities[capability]) {
        throw new BackendError('unsupported', `This backend has ${capability} switched off`, {
          wireCode: 'unsupported',
          status: 501,
        });
      }
      if (disposed) throw new BackendError('offline', 'The backend was disposed');
      await wait(faults.latencyMs(), callOptions?.signal);
      if (callOptions?.signal?.aborted) {
        throw new BackendError('offline', 'The call was aborted', {
          cause: callOptions.signal.reason,
        });
      }
      const before = faults.check(method, 'before');
      if (before) throw before;
      const result = await run();
      const after = faults.check(method, 'after');
      if (after) throw after;
      return result;
    },
  };

  return {
    name: 'memory',
    capabilities,
    agent: createMemoryAgent(
      world,
      clock,
      options.agentName === undefined ? {} : { name: options.agentName },
    ),
    faults,
    world,

    connect: (visitor, callOptions) =>
      ctx.call('connect', undefined, callOptions, () => {
        if (!/^[A-Za-z0-9_-]{16,64}$/.test(visitor.anonId)) {
          throw new BackendError('invalid', 'Bad anonymous id', {
            field: 'anonId',
            wireCode: 'invalid_body',
            status: 400,
          });
        }
        owner = visitor.user ? `user ${visitor.user.id}` : `anon ${visitor.anonId}`;
        userEmail = visitor.user?.email;
      }),

    status: (callOptions) =>
      ctx.call('status', undefined, callOptions, () => ({
        serverTime: new Date(clock()).toISOString(),
        protocolVersion: PROTOCOL_VERSION,
        agentsOnline: world.agentsOnline,
        businessHours: { open: true, nextOpenAt: null },
        queueLength: [...world.conversations.values()].filter((c) => c.status === 'queued').length,
      })),

    uploadAttachment: (file, name, callOptions) =>
      ctx.call('uploadAttachment', 'attachments', callOptions, async () => {
        const ownerKey = ctx.owner();
        const fileName = checkInput(line(LIMITS.fileNameChars, 1), name);
        if (file.size > LIMITS.attachmentBytes) {
          throw new BackendError('too_large', 'The file is over the size limit', {
            field: 'file',
            wireCode: 'too_large',
            status: 413,
          });
        }
        const type = file.size === 0 ? undefined : await sniffType(file);
        if (type === undefined) {
          throw new BackendError('invalid', 'The file is not an allowed type', {
            field: 'file',
            wireCode: 'attachment_type',
            status: 415,
          });
        }
        if (capabilities.uploadProgress && callOptions?.onProgress) {
          for (let step = 1; step <= PROGRESS_STEPS; step += 1) {
            await Promise.resolve();
            callOptions.onProgress(Math.round((file.size * step) / PROGRESS_STEPS), file.size);
          }
        }
        const meta = {
          id: newId(),
          name: fileName,
          type,
          bytes: file.size,
          sha256: await sha256Hex(file),
        };
        world.attachments.set(meta.id, { owner: ownerKey, blob: file, meta });
        return { ...meta };
      }),

    ...ticketMethods(ctx),

    searchFaq: (query, callOptions) =>
      ctx.call('searchFaq', 'faq', callOptions, () => searchArticles(world.faq, query)),

    faqFeedback: (articleId, helped, callOptions) =>
      ctx.call('faqFeedback', 'faq', callOptions, () => {
        const ownerKey = ctx.owner();
        checkInput(slugSchema, articleId, 'invalid_parameter', 'id');
        const feedback = checkInput(faqFeedbackSchema, { helped });
        // As the reference server: only articles it serves can be counted.
        if (!world.faq.some((article) => article.id === articleId)) throw notFound('article');
        world.faqFeedback.set(`${ownerKey} ${articleId}`, feedback.helped);
      }),

    ...chatMethods(ctx),

    dispose() {
      disposed = true;
      for (const conversation of world.conversations.values()) conversation.listeners.clear();
    },
  };
}
