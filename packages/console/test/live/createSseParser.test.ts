import { describe, expect, it } from 'vitest';
import { createSseParser, type SseFrame } from '../../src/live/createSseParser.ts';

function parse(chunks: string[]): SseFrame[] {
  const frames: SseFrame[] = [];
  const push = createSseParser((frame) => frames.push(frame));
  for (const chunk of chunks) push(chunk);
  return frames;
}

const STREAM =
  'retry: 3000\n\nevent: state\ndata: {"a":1}\n\n: ping\n\nid: 2\nevent: message\ndata: {"b":\ndata: 2}\n\n';

describe('createSseParser', () => {
  it('reads events, joins multi-line data and skips comments and retry-only frames', () => {
    expect(parse([STREAM])).toEqual([
      { event: 'state', data: '{"a":1}' },
      { event: 'message', data: '{"b":\n2}' },
    ]);
  });

  it('gives the same frames however the stream is cut, one character at a time included', () => {
    expect(parse([...STREAM])).toEqual(parse([STREAM]));
    const crlf = STREAM.replaceAll('\n', '\r\n');
    expect(parse([...crlf])).toEqual(parse([STREAM]));
  });

  it('holds back a frame until its blank line arrives', () => {
    expect(parse(['event: typing\ndata: {}\n'])).toEqual([]);
  });
});
