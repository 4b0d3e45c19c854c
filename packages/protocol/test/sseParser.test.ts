import { describe, expect, it } from 'vitest';
import { createSseParser, type SseEvent } from '../src/sseParser.ts';

function parse(chunks: string[]) {
  const events: SseEvent[] = [];
  const retries: number[] = [];
  const parser = createSseParser({
    onEvent: (e) => events.push(e),
    onRetry: (ms) => retries.push(ms),
  });
  for (const chunk of chunks) parser.push(chunk);
  return { events, retries };
}

const STREAM =
  ': welcome\n' +
  'retry: 3000\n\n' +
  'event: state\ndata: {"a":1}\n\n' +
  'id: 7\nevent: message\ndata: line one\ndata: line two\n\n' +
  ': ping\n\n' +
  'event: typing\ndata:{"b":2}\n\n';

describe('createSseParser', () => {
  it('reads ids, event names, multi-line data, comments and retry advice', () => {
    const { events, retries } = parse([STREAM]);
    expect(retries).toEqual([3000]);
    expect(events).toEqual([
      { event: 'state', data: '{"a":1}', id: undefined, hasId: false },
      { event: 'message', data: 'line one\nline two', id: '7', hasId: true },
      // The id persists to later frames, but this frame did not carry one.
      { event: 'typing', data: '{"b":2}', id: '7', hasId: false },
    ]);
  });

  it('gives the same events whatever the chunk boundaries', () => {
    const whole = parse([STREAM]).events;
    for (let size = 1; size <= 7; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < STREAM.length; i += size) chunks.push(STREAM.slice(i, i + size));
      expect(parse(chunks).events).toEqual(whole);
    }
    for (let cut = 0; cut <= STREAM.length; cut++) {
      expect(parse([STREAM.slice(0, cut), STREAM.slice(cut)]).events).toEqual(whole);
    }
  });

  it('accepts CRLF and lone CR line ends, even with CR and LF in different chunks', () => {
    const crlf = STREAM.replaceAll('\n', '\r\n');
    const cr = STREAM.replaceAll('\n', '\r');
    const whole = parse([STREAM]).events;
    expect(parse([crlf]).events).toEqual(whole);
    expect(parse([cr]).events).toEqual(whole);
    const split: string[] = [];
    for (let i = 0; i < crlf.length; i++) split.push(crlf.charAt(i));
    expect(parse(split).events).toEqual(whole);
  });

  it('waits for the blank line before dispatching, and drops frames without data', () => {
    const { events } = parse(['event: state\ndata: x\n', 'id: 3\n\n', 'event: lonely\n\n']);
    expect(events).toEqual([{ event: 'state', data: 'x', id: '3', hasId: true }]);
    expect(parse(['data: unfinished']).events).toEqual([]);
  });

  it('strips one leading space only, and a leading byte-order mark', () => {
    const { events } = parse(['\uFEFFdata:  two spaces\ndata\n\n']);
    expect(events).toEqual([
      { event: 'message', data: ' two spaces\n', id: undefined, hasId: false },
    ]);
  });

  it('ignores unknown fields, ids with NUL and non-numeric retry', () => {
    const { events, retries } = parse(['foo: bar\nretry: soon\nid: a\0b\ndata: ok\n\n']);
    expect(retries).toEqual([]);
    expect(events).toEqual([{ event: 'message', data: 'ok', id: undefined, hasId: false }]);
  });
});
