/**
 * A visitor of the chat-latency benchmark without a browser: the widget's
 * own adapter (`@destek/adapter-http`) in Node, so the chat is started and
 * followed exactly as the widget does it (session, start, Server-Sent Events
 * read with fetch, resumed by seq), only nothing is drawn. Arrival is when
 * the adapter hands a message to its handler, in epoch ms
 * (`performance.timeOrigin + performance.now()`), each delivery counted so a
 * message delivered twice shows.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { httpBackend } from '@destek/adapter-http';

export interface SseVisitor {
  conversationId: string;
  /** Resolves once the stream has said an agent took the chat. */
  claimed(): Promise<void>;
  /** Epoch ms of each token's first delivery. */
  arrivals: Map<string, number>;
  /** Deliveries per token (more than 1 is a duplicate). */
  deliveries: Map<string, number>;
  close(): void;
}

/** Starts a chat whose first message is `summary` and follows it, noting tokens matching `pattern`. */
export async function startSseVisitor(
  server: string,
  siteKey: string,
  summary: string,
  pattern: RegExp,
): Promise<SseVisitor> {
  const backend = httpBackend({ server, siteKey });
  await backend.connect({ anonId: `lat_${randomUUID().replaceAll('-', '').slice(0, 20)}` });
  const snapshot = await backend.startConversation({
    clientId: randomUUID(),
    text: summary,
    category: 'payment',
    locale: 'en',
    attachments: [],
    context: [],
  });
  if (snapshot.status !== 'queued') {
    backend.dispose();
    throw new Error(`The chat did not queue (status ${snapshot.status}): is the agent online?`);
  }
  const arrivals = new Map<string, number>();
  const deliveries = new Map<string, number>();
  let markClaimed: () => void = () => {};
  const claimed = new Promise<void>((resolve) => {
    markClaimed = resolve;
  });
  const tokens = new RegExp(pattern.source, 'g');
  backend.subscribe(snapshot.id, snapshot.lastSeq, {
    onEvent(event) {
      const at = performance.timeOrigin + performance.now();
      if (event.type === 'agent' && event.agent) markClaimed();
      if (event.type === 'state' && event.snapshot.agent) markClaimed();
      if (event.type !== 'message' || event.message.from !== 'agent') return;
      for (const match of event.message.text.matchAll(tokens)) {
        if (!arrivals.has(match[0])) arrivals.set(match[0], at);
        deliveries.set(match[0], (deliveries.get(match[0]) ?? 0) + 1);
      }
    },
  });
  return {
    conversationId: snapshot.id,
    claimed: () => claimed,
    arrivals,
    deliveries,
    close: () => backend.dispose(),
  };
}
