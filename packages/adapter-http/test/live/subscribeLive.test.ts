import type { ServerResponse } from 'node:http';
import type { LiveEvent } from '@destek/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import type { LinkState } from '../../src/coreImports.ts';
import { httpBackend } from '../../src/httpBackend.ts';
import {
  json,
  type Script,
  type ScriptedServer,
  startScriptedServer,
} from '../support/scriptedServer.ts';
import { message, SITE_KEY, sessionAnswer, snapshot, VISITOR } from '../support/wireFixtures.ts';

const CONVERSATION = '0b7d2c1e-3f4a-4b5c-8d6e-7f8091a2b3c4';
let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function frame(res: ServerResponse, event: LiveEvent): void {
  const id = event.type === 'message' ? `id: ${event.message.seq}\n` : '';
  res.write(`${id}event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
}

function openStream(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
}

async function subscribe(script: Script, stallMs = 2000, idleMs = 5000) {
  server = await startScriptedServer((req, res) => {
    if (req.path === '/v1/sessions') return json(res, 201, sessionAnswer('t1'));
    return script(req, res);
  });
  const backend = httpBackend({
    server: server.url,
    siteKey: SITE_KEY,
    streamStallMs: stallMs,
    streamIdleMs: idleMs,
    retryMinMs: 20,
    retryMaxMs: 100,
    longPollWaitSec: 1,
  });
  await backend.connect(VISITOR);
  const events: LiveEvent[] = [];
  const links: LinkState[] = [];
  const subscription = backend.subscribe(CONVERSATION, 0, {
    onEvent: (event) => events.push(event),
    onLink: (link) => links.push(link),
  });
  const seqs = () => events.flatMap((e) => (e.type === 'message' ? [e.message.seq] : []));
  return { backend, subscription, events, links, seqs, seen: server.seen };
}

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('subscribe', () => {
  it('resumes from the last seq after the server drops the stream, each message once and in order', async () => {
    let streams = 0;
    const live = await subscribe((req, res) => {
      streams++;
      openStream(res);
      frame(res, { type: 'state', snapshot: snapshot(CONVERSATION, 2) });
      if (streams === 1) {
        frame(res, { type: 'message', message: message(1) });
        frame(res, { type: 'typing', from: 'agent', active: true });
        frame(res, { type: 'message', message: message(2) });
        // Cut mid-frame, as a dying connection does.
        res.write('id: 3\nevent: message\ndata: {"type":"mess');
        setTimeout(() => res.socket?.destroy(), 50);
        return;
      }
      const after = Number(req.headers['last-event-id']);
      // A server replaying one too many must not show it twice.
      for (let seq = after; seq <= 4; seq++)
        if (seq > 0) frame(res, { type: 'message', message: message(seq) });
    });
    await until(() => live.seqs().length >= 4);
    expect(live.seqs()).toEqual([1, 2, 3, 4]);
    const streamsSeen = live.seen.filter((r) => r.path.endsWith('/events'));
    expect(streamsSeen.map((r) => [r.headers['last-event-id'], r.query.get('after')])).toEqual([
      ['0', '0'],
      ['2', '2'],
    ]);
    expect(streamsSeen[1]?.headers.authorization).toBe('Bearer t1');
    // The snapshot comes first on each connect.
    expect(live.events[0]?.type).toBe('state');
    expect(live.events.filter((e) => e.type === 'state')).toHaveLength(2);
    expect(live.links.map((l) => l.state)).toEqual([
      'connecting',
      'live',
      'retrying',
      'connecting',
      'live',
    ]);
    live.subscription.close();
  });

  it('hands the messages a snapshot carries on as message events, once, and drops their replay', async () => {
    const live = await subscribe((_req, res) => {
      openStream(res);
      frame(res, { type: 'state', snapshot: snapshot(CONVERSATION, 2, [message(1), message(2)]) });
      frame(res, { type: 'message', message: message(2) });
      frame(res, { type: 'message', message: message(3) });
    });
    await until(() => live.seqs().length >= 3);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const state = live.events[0];
    expect(state?.type === 'state' && state.snapshot.messages).toEqual([]);
    expect(live.seqs()).toEqual([1, 2, 3]);
    live.subscription.close();
  });

  it('falls back to long polling when no byte arrives (a buffering proxy)', async () => {
    let polls = 0;
    const live = await subscribe((req, res) => {
      if (req.headers.accept === 'text/event-stream') {
        openStream(res); // headers, then nothing: the proxy holds the body
        return;
      }
      polls++;
      const after = Number(req.query.get('after'));
      expect(req.query.get('wait')).toBe('1');
      if (polls === 1) return json(res, 200, snapshot(CONVERSATION, 1, [message(1)]));
      if (polls === 2) {
        expect(after).toBe(1);
        return json(res, 200, { ...snapshot(CONVERSATION, 2, [message(2)]), status: 'ended' });
      }
      setTimeout(() => json(res, 200, { ...snapshot(CONVERSATION, 2), status: 'ended' }), 200);
    }, 300);
    await until(() => live.events.some((e) => e.type === 'status'));
    expect(live.seqs()).toEqual([1, 2]);
    expect(live.events.map((e) => e.type)).toEqual(['state', 'message', 'message', 'status']);
    expect(live.links.map((l) => l.state)).toEqual(['connecting', 'live']);
    live.subscription.close();
  });

  it('polls when the server does not stream (an answer that is not text/event-stream)', async () => {
    const live = await subscribe((req, res) => {
      if (req.query.get('wait') === null) return json(res, 200, { hello: 'proxy' });
      const after = Number(req.query.get('after'));
      if (after === 0) return json(res, 200, snapshot(CONVERSATION, 2, [message(1), message(2)]));
      setTimeout(() => json(res, 200, snapshot(CONVERSATION, 2)), 100);
    });
    await until(() => live.events.length >= 3);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(live.events.map((e) => e.type)).toEqual(['state', 'message', 'message']);
    expect(live.seqs()).toEqual([1, 2]);
    live.subscription.close();
  });

  it('backs off and reports retrying while the server fails, then goes live', async () => {
    let calls = 0;
    const live = await subscribe((_req, res) => {
      calls++;
      if (calls <= 2) return json(res, 503, { error: { code: 'unavailable', message: 'Busy' } });
      openStream(res);
      frame(res, { type: 'state', snapshot: snapshot(CONVERSATION, 0) });
    });
    await until(() => live.events.length >= 1);
    const states = live.links.map((l) => l.state);
    expect(states).toEqual([
      'connecting',
      'retrying',
      'connecting',
      'retrying',
      'connecting',
      'live',
    ]);
    const waits = live.links.flatMap((l) => (l.state === 'retrying' ? [l.retryInMs] : []));
    expect(waits.every((ms) => ms >= 10 && ms <= 100)).toBe(true);
    live.subscription.close();
  });

  it('stops for good, showing offline, when the conversation is not the visitor’s', async () => {
    const live = await subscribe((_req, res) =>
      json(res, 404, { error: { code: 'not_found', message: 'No' } }),
    );
    await until(() => live.links.some((l) => l.state === 'offline'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(live.seen.filter((r) => r.path.endsWith('/events'))).toHaveLength(1);
  });

  it('replaces a stream that went silent, past heartbeats, from the last seq', async () => {
    let streams = 0;
    const live = await subscribe(
      (_req, res) => {
        streams++;
        openStream(res);
        frame(res, { type: 'state', snapshot: snapshot(CONVERSATION, streams) });
        frame(res, { type: 'message', message: message(streams) });
        // then silence, with the socket left open
      },
      2000,
      200,
    );
    await until(() => live.seqs().length >= 2);
    live.subscription.close();
    expect(live.seqs()).toEqual([1, 2]);
    const cursors = live.seen
      .filter((r) => r.path.endsWith('/events'))
      .map((r) => r.headers['last-event-id']);
    expect(cursors.slice(0, 2)).toEqual(['0', '1']);
  });

  it('calls no handler after close, and releases the connection', async () => {
    let response: ServerResponse | undefined;
    const live = await subscribe((_req, res) => {
      response = res;
      openStream(res);
      frame(res, { type: 'state', snapshot: snapshot(CONVERSATION, 0) });
    });
    await until(() => live.events.length === 1);
    live.subscription.close();
    const closed = new Promise<void>((resolve) => response?.on('close', () => resolve()));
    if (response && !response.writableEnded) {
      response.write(
        `id: 1\nevent: message\ndata: ${JSON.stringify({ type: 'message', message: message(1) })}\n\n`,
      );
    }
    await closed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(live.events).toHaveLength(1);
    expect(live.links.at(-1)?.state).toBe('live');
  });
});
