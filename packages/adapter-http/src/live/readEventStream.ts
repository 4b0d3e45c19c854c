import { createSseParser } from '@destek/protocol';
import { BackendError } from '../coreImports.ts';
import { errorFromAnswer } from '../errors/errorFromAnswer.ts';
import { errorFromFailure } from '../errors/errorFromFailure.ts';
import type { Transport } from '../http/createTransport.ts';
import type { Cursor } from './createCursor.ts';
import { parseLiveFrame } from './parseLiveFrame.ts';

export interface StreamCallbacks {
  /** The first bytes arrived: the link is live. */
  onBytes: () => void;
  /** The server's reconnect advice (`retry:`). */
  onRetry: (ms: number) => void;
}

/**
 * Opens one event stream from the cursor and reads it to its end. Resolves
 * `ended` when the server closes it, `fallback` when streaming does not work
 * here (no body, not `text/event-stream`, or no byte within the stall time:
 * a buffering proxy); rejects with a `BackendError` otherwise.
 */
export async function readEventStream(
  transport: Transport,
  path: string,
  cursor: Cursor,
  controller: AbortController,
  callbacks: StreamCallbacks,
): Promise<'ended' | 'fallback'> {
  const { options } = transport;
  const signal = controller.signal;
  let stalled = false;
  const stall = setTimeout(() => {
    stalled = true;
    controller.abort();
  }, options.streamStallMs);
  // The server sends a heartbeat comment every 15 s by default; a connection
  // that stays silent much longer has died without a FIN (a sleeping laptop,
  // a NAT that forgot it), and only a new one will bring events again.
  let idle: ReturnType<typeof setTimeout> | undefined;
  const watch = () => {
    clearTimeout(idle);
    idle = setTimeout(() => controller.abort(), options.streamIdleMs);
  };
  try {
    const response = await transport.withSession(async (token) => {
      const url = new URL(path, options.apiBase);
      url.searchParams.set('after', String(cursor.seq()));
      let answer: Response;
      try {
        answer = await options.fetch(url, {
          headers: {
            accept: 'text/event-stream',
            authorization: `Bearer ${token}`,
            'last-event-id': String(cursor.seq()),
          },
          cache: 'no-store',
          signal,
        });
      } catch (error) {
        throw errorFromFailure(error, signal);
      }
      if (!answer.ok) {
        const body = await answer.text().catch(() => '');
        throw errorFromAnswer({
          status: answer.status,
          retryAfter: answer.headers.get('retry-after'),
          body,
        });
      }
      return answer;
    }, signal);
    const type = response.headers.get('content-type') ?? '';
    if (!response.body || !/^text\/event-stream\b/i.test(type)) {
      await response.body?.cancel().catch(() => undefined);
      return 'fallback';
    }

    let broken = false;
    const parser = createSseParser({
      onRetry: callbacks.onRetry,
      onEvent(frame) {
        if (broken) return;
        const event = parseLiveFrame(frame);
        // A frame we cannot read may be a message: drop the link and resume
        // from the cursor rather than skip it.
        if (event === undefined) {
          broken = true;
          controller.abort();
          return;
        }
        cursor.deliver(event);
      },
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let first = true;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return 'ended';
      if (first) {
        first = false;
        clearTimeout(stall);
        callbacks.onBytes();
      }
      watch();
      parser.push(value);
      if (broken) throw new BackendError('server', 'The server sent an event that is not valid');
    }
  } catch (error) {
    if (stalled) return 'fallback';
    if (error instanceof BackendError) throw error;
    throw errorFromFailure(error, signal);
  } finally {
    clearTimeout(stall);
    clearTimeout(idle);
  }
}
