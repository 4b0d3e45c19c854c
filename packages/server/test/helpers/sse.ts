import type { Loose } from './api.ts';

/** One parsed SSE frame. */
export interface SseFrame {
  id: string | null;
  event: string;
  data: Loose;
}

/** A live event stream read with fetch, as the adapter reads it (so it can send the token). */
export interface SseReader {
  frames: SseFrame[];
  comments: number;
  /** Resolves with the first frame (from the start) matching `test` not yet taken. */
  next(test: (frame: SseFrame) => boolean, timeoutMs?: number): Promise<SseFrame>;
  close(): void;
}

export async function openSse(
  url: string,
  token: string,
  headers: Record<string, string> = {},
): Promise<SseReader> {
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${token}`, ...headers },
    signal: controller.signal,
  });
  if (response.status !== 200 || !response.body)
    throw new Error(`SSE failed: ${response.status} ${await response.text()}`);
  const frames: SseFrame[] = [];
  const taken = new Set<SseFrame>();
  const waiters = new Set<() => void>();
  const reader: SseReader = {
    frames,
    comments: 0,
    next(test, timeoutMs = 3000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = frames.find((f) => !taken.has(f) && test(f));
          if (!found) return false;
          taken.add(found);
          waiters.delete(check as () => void);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check as () => void);
          reject(
            new Error(
              `no matching SSE frame in ${timeoutMs} ms; got ${JSON.stringify(frames.map((f) => f.event))}`,
            ),
          );
        }, timeoutMs);
        if (!check()) waiters.add(check as () => void);
      });
    },
    close: () => controller.abort(),
  };
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          if (block.startsWith(':')) {
            reader.comments += 1;
            continue;
          }
          let id: string | null = null;
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('id: ')) id = line.slice(4);
            else if (line.startsWith('event: ')) event = line.slice(7);
            else if (line.startsWith('data: ')) data.push(line.slice(6));
          }
          if (data.length === 0) continue;
          frames.push({ id, event, data: JSON.parse(data.join('\n')) });
          for (const waiter of [...waiters]) waiter();
        }
      }
    } catch {
      // Aborted by close().
    }
  })();
  return reader;
}
