import {
  type ConversationSnapshot,
  conversationSnapshotSchema,
  type LiveEvent,
  validate,
} from '@destek/protocol';
import {
  BackendError,
  type LinkState,
  type LiveHandlers,
  type LiveSubscription,
} from '../coreImports.ts';
import type { Transport } from '../http/createTransport.ts';
import { createCursor } from './createCursor.ts';
import { readEventStream } from './readEventStream.ts';
import { snapshotToEvents } from './snapshotToEvents.ts';

/** Failures that waiting will not cure: the stream stops and the link shows offline. */
const FATAL = new Set(['not_found', 'invalid', 'unauthorized', 'too_large']);

/**
 * Follows a conversation's live events: Server-Sent Events read with fetch
 * (so the token goes in a header), resumed from the last seq after every
 * drop, and long polling when a proxy buffers the stream or streaming is
 * unavailable. Messages reach `onEvent` once each, in seq order.
 */
export function subscribeLive(
  transport: Transport,
  conversationId: string,
  after: number,
  handlers: LiveHandlers,
): LiveSubscription {
  const options = transport.options;
  const path = `conversations/${encodeURIComponent(conversationId)}/events`;
  let closed = false;
  let mode: 'stream' | 'poll' = typeof ReadableStream === 'function' ? 'stream' : 'poll';
  let failures = 0;
  let serverRetryMs: number | undefined;
  let controller: AbortController | undefined;
  let wake: (() => void) | undefined;
  let shown: LinkState['state'] | undefined;
  // The last long-poll answer, so the next one can be told as what changed.
  let polled: ConversationSnapshot | undefined;

  /**
   * Runs a caller's handler. A handler that throws is the caller's bug: it
   * is rethrown on its own task, where it shows, and the stream goes on
   * (unwinding through the reader would drop the connection and its cursor).
   */
  function safely(run: () => void): void {
    try {
      run();
    } catch (error) {
      setTimeout(() => {
        throw error;
      });
    }
  }

  const cursor = createCursor(after, (event: LiveEvent) => {
    if (!closed) safely(() => handlers.onEvent(event));
  });

  function link(state: LinkState): void {
    if (closed || (state.state === shown && state.state !== 'retrying')) return;
    shown = state.state;
    const { onLink } = handlers;
    if (onLink) safely(() => onLink(state));
  }

  function live(): void {
    failures = 0;
    link({ state: 'live' });
  }

  /** Waits `ms`, or less when the device comes back online or the subscription closes. */
  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        globalThis.removeEventListener?.('online', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      globalThis.addEventListener?.('online', done);
      wake = done;
    });
  }

  /** Full-jitter-free exponential backoff with a random half, so tabs do not reconnect in step. */
  function backoff(): number {
    const base = Math.min(options.retryMaxMs, options.retryMinMs * 2 ** Math.max(0, failures - 1));
    return Math.round(base / 2 + (Math.random() * base) / 2);
  }

  async function poll(signal: AbortSignal): Promise<void> {
    const snapshot = await transport.call(
      {
        method: 'get',
        path,
        searchParams: { after: String(cursor.seq()), wait: String(options.longPollWaitSec) },
        signal,
        timeoutMs: options.longPollWaitSec * 1000 + options.timeoutMs,
      },
      (data) => validate(conversationSnapshotSchema, data),
    );
    live();
    const events = snapshotToEvents(polled, snapshot);
    polled = snapshot;
    for (const event of events) cursor.deliver(event);
  }

  async function run(): Promise<void> {
    link({ state: 'connecting' });
    while (!closed) {
      controller = new AbortController();
      let delay: number;
      let deviceOffline = false;
      try {
        if (mode === 'poll') {
          await poll(controller.signal);
          continue;
        }
        const outcome = await readEventStream(transport, path, cursor, controller, {
          onBytes: live,
          onRetry: (ms) => {
            serverRetryMs = ms;
          },
        });
        if (outcome === 'fallback') {
          mode = 'poll';
          continue;
        }
        // The server ended the stream (load balancers rotate them): come back soon.
        delay = serverRetryMs ?? options.retryMinMs;
      } catch (error) {
        if (closed) return;
        const code = error instanceof BackendError ? error.code : 'server';
        if (code === 'unsupported' && mode === 'stream') {
          mode = 'poll';
          continue;
        }
        if (FATAL.has(code)) {
          link({ state: 'offline' });
          return;
        }
        failures++;
        delay = Math.max(backoff(), error instanceof BackendError ? (error.retryAfterMs ?? 0) : 0);
        // The device says it has no network: say so rather than count down,
        // and stay "offline" (not "connecting") until an attempt gets through.
        deviceOffline = code === 'offline' && globalThis.navigator?.onLine === false;
      }
      if (closed) return;
      link(deviceOffline ? { state: 'offline' } : { state: 'retrying', retryInMs: delay });
      await sleep(delay);
      if (!deviceOffline) link({ state: 'connecting' });
    }
  }

  void run();

  return {
    close() {
      closed = true;
      controller?.abort();
      wake?.();
    },
  };
}
