/** One dispatched Server-Sent Event. */
export interface SseEvent {
  /** The `event:` field; `message` when the frame named none. */
  event: string;
  /** The `data:` lines joined with `\n`. */
  data: string;
  /** The last event id as of this event (ids persist across events, per the spec). */
  id: string | undefined;
  /** True when this frame itself had an `id:` line. */
  hasId: boolean;
}

export interface SseHandlers {
  onEvent: (event: SseEvent) => void;
  /** The server's `retry:` advice, in milliseconds. */
  onRetry?: (ms: number) => void;
}

/** Takes decoded text in chunks of any size; frames are dispatched as they complete. */
export interface SseParser {
  push(chunk: string): void;
}

/**
 * A parser for the `text/event-stream` format (WHATWG HTML §9.2.6), for the
 * live streams of this protocol read with fetch: EventSource cannot send the
 * Authorization header. Chunks may split anywhere, even between the CR and LF
 * of a line end. Shared by the HTTP adapter and the agent console.
 */
export function createSseParser(handlers: SseHandlers): SseParser {
  let buffer = '';
  let started = false;
  // A chunk ended in CR: an LF starting the next chunk belongs to the same line end.
  let afterCr = false;
  let data: string[] = [];
  let event = '';
  let lastId: string | undefined;
  let frameHasId = false;

  function dispatch(): void {
    const hadData = data.length > 0;
    const frame: SseEvent = {
      event: event || 'message',
      data: data.join('\n'),
      id: lastId,
      hasId: frameHasId,
    };
    data = [];
    event = '';
    frameHasId = false;
    if (hadData) handlers.onEvent(frame);
  }

  function line(text: string): void {
    if (text === '') {
      dispatch();
      return;
    }
    if (text.startsWith(':')) return; // a comment, such as a heartbeat
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    else if (field === 'id') {
      if (!value.includes('\0')) {
        lastId = value;
        frameHasId = true;
      }
    } else if (field === 'retry' && /^\d+$/.test(value)) handlers.onRetry?.(Number(value));
  }

  return {
    push(chunk) {
      let text = chunk;
      if (!started && text.length > 0) {
        started = true;
        if (text.startsWith('\uFEFF')) text = text.slice(1);
      }
      if (afterCr && text.startsWith('\n')) text = text.slice(1);
      afterCr = false;
      buffer += text;
      let start = 0;
      for (let i = 0; i < buffer.length; i++) {
        const char = buffer[i];
        if (char !== '\n' && char !== '\r') continue;
        line(buffer.slice(start, i));
        if (char === '\r') {
          if (i + 1 === buffer.length) afterCr = true;
          else if (buffer[i + 1] === '\n') i++;
        }
        start = i + 1;
      }
      buffer = buffer.slice(start);
    },
  };
}
