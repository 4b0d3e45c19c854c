import type { LiveEvent } from '@destek/protocol';
import type { Context } from 'hono';
import { ApiError } from '../http/ApiError.ts';
import type { AppEnv, ServerContext } from '../ServerContext.ts';
import type { ConversationRecord } from '../storage/records.ts';
import { SNAPSHOT_MESSAGES, snapshotOf } from './snapshot.ts';

const MAX_WAIT_SEC = 30;
const encoder = new TextEncoder();

function cursorFrom(c: Context<AppEnv>): number {
  const raw = c.req.header('last-event-id') ?? c.req.query('after') ?? '0';
  if (!/^\d{1,15}$/.test(raw))
    throw new ApiError('invalid_parameter', 'The cursor must be a sequence number', {
      field: 'after',
    });
  return Number(raw);
}

/** One SSE frame. Only message events carry an `id:`, so only they move the browser's cursor. */
function frame(event: LiveEvent): string {
  const id = event.type === 'message' ? `id: ${event.message.seq}\n` : '';
  return `${id}event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/**
 * `GET …/events`: the conversation's live stream. On connect: a `state`
 * snapshot holding the messages after the cursor (`Last-Event-ID`, else
 * `?after=`), then any further missed messages, then live events. The
 * subscription starts before the snapshot is read and messages are
 * de-duplicated by seq, so none is lost or repeated in the gap. With
 * `?wait=<sec>` it long-polls instead and answers one JSON snapshot.
 */
export async function liveStream(
  c: Context<AppEnv>,
  ctx: ServerContext,
  conversation: ConversationRecord,
): Promise<Response> {
  const after = cursorFrom(c);
  const wait = c.req.query('wait');
  if (wait !== undefined) {
    if (!/^\d{1,2}$/.test(wait) || Number(wait) > MAX_WAIT_SEC) {
      throw new ApiError('invalid_parameter', `wait is 0 to ${MAX_WAIT_SEC} seconds`, {
        field: 'wait',
      });
    }
    return longPoll(ctx, conversation.id, after, Number(wait), c.req.raw.signal);
  }
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let lastSent = after;
      let ready = false;
      let closed = false;
      const pending: LiveEvent[] = [];
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const send = (event: LiveEvent) => {
        if (event.type === 'message') {
          if (event.message.seq <= lastSent) return;
          lastSent = event.message.seq;
        }
        write(frame(event));
      };
      const unsubscribe = ctx.bus.subscribe(conversation.id, (event) =>
        ready ? send(event) : pending.push(event),
      );
      const heartbeat = setInterval(() => write(': ping\n\n'), ctx.config.heartbeatMs);
      const stop = ctx.streams.add(() => {
        cleanup();
        try {
          controller.close();
        } catch {}
      });
      cleanup = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(heartbeat);
        stop();
      };
      void (async () => {
        try {
          const current = (await ctx.storage.getConversation(conversation.id)) ?? conversation;
          const snapshot = await snapshotOf(ctx, current, after);
          write('retry: 3000\n\n');
          write(frame({ type: 'state', snapshot }));
          lastSent = snapshot.messages.at(-1)?.seq ?? after;
          // A gap longer than one snapshot is paged out as ordinary message events.
          for (;;) {
            const page = await ctx.storage.messagesAfter(
              conversation.id,
              lastSent,
              SNAPSHOT_MESSAGES,
            );
            for (const message of page) send({ type: 'message', message });
            if (page.length < SNAPSHOT_MESSAGES) break;
          }
          ready = true;
          for (const event of pending.splice(0)) send(event);
        } catch {
          cleanup();
        }
      })();
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
    },
  });
}

async function longPoll(
  ctx: ServerContext,
  id: string,
  after: number,
  waitSec: number,
  left: AbortSignal,
): Promise<Response> {
  // Subscribe before reading, so a message committed in between still wakes us.
  let wake = () => {};
  const woken = new Promise<void>((resolve) => {
    wake = resolve;
  });
  const unsubscribe = ctx.bus.subscribe(id, (event) => {
    if (event.type !== 'typing' && event.type !== 'queue') wake();
  });
  const stop = ctx.streams.add(wake);
  const timer = setTimeout(wake, waitSec * 1000);
  // A client that hung up is not waited for: its subscription and timer go now, not in 30 s.
  left.addEventListener('abort', wake, { once: true });
  try {
    const current = await ctx.storage.getConversation(id);
    if (current && current.lastSeq <= after && waitSec > 0 && !left.aborted) await woken;
  } finally {
    clearTimeout(timer);
    left.removeEventListener('abort', wake);
    unsubscribe();
    stop();
  }
  const latest = await ctx.storage.getConversation(id);
  if (!latest) throw new ApiError('not_found', 'Nothing here');
  return Response.json(await snapshotOf(ctx, latest, after), {
    headers: { 'cache-control': 'no-store' },
  });
}
