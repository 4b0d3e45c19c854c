/** One complete Server-Sent Events frame. */
export interface SseFrame {
  event: string;
  data: string;
}

/**
 * A minimal `text/event-stream` parser (WHATWG HTML §9.2.6) for a stream read
 * with fetch: EventSource cannot send the Authorization header. Chunks may
 * split anywhere, even between the CR and LF of one line end. Ids and `retry:`
 * are not needed here: the console resumes from the last message's seq, which
 * it reads from the message itself.
 */
export function createSseParser(onFrame: (frame: SseFrame) => void): (chunk: string) => void {
  let buffer = '';
  let afterCr = false;
  let data: string[] = [];
  let event = '';

  const line = (text: string) => {
    if (text === '') {
      if (data.length > 0) onFrame({ event: event || 'message', data: data.join('\n') });
      data = [];
      event = '';
      return;
    }
    if (text.startsWith(':')) return; // a heartbeat comment
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
  };

  return (chunk) => {
    let text = chunk;
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
  };
}
