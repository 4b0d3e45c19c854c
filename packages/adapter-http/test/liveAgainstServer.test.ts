import type { LiveEvent } from '@destek/protocol';
import { newId } from '@destek/protocol';
import { afterEach, expect, it } from 'vitest';
import type { LinkState } from '../src/coreImports.ts';
import { httpBackend } from '../src/httpBackend.ts';
import { agentOnline, httpAgentDriver } from './support/httpAgentDriver.ts';
import {
  AGENT_TOKEN,
  SERVER_SITE_KEY,
  type ServerProcess,
  startServerProcess,
} from './support/serverProcess.ts';

const servers: ServerProcess[] = [];
afterEach(async () => {
  for (const server of servers.splice(0).reverse()) await server.stop();
});

async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

it('keeps the live stream across a server crash and restart: every message once, in order', async () => {
  const first = await startServerProcess();
  servers.push(first);
  const backend = httpBackend({
    server: first.url,
    siteKey: SERVER_SITE_KEY,
    retryMinMs: 100,
    retryMaxMs: 400,
  });
  await backend.connect({ anonId: 'adapter_http_restart_visitor' });
  await agentOnline(first.url, AGENT_TOKEN);
  const started = await backend.startConversation({
    clientId: newId(),
    text: 'Yatırımım görünmüyor',
    category: 'payments',
    locale: 'tr',
    attachments: [],
    context: [],
  });
  const events: LiveEvent[] = [];
  const links: LinkState[] = [];
  const subscription = backend.subscribe(started.id, 0, {
    onEvent: (event) => events.push(event),
    onLink: (link) => links.push(link),
  });
  const seqs = () => events.flatMap((e) => (e.type === 'message' ? [e.message.seq] : []));
  const agent = httpAgentDriver(first.url, AGENT_TOKEN);
  await until(() => links.some((l) => l.state === 'live'));
  await agent.claimConversation(started.id);
  await agent.replyToConversation(started.id, 'before the crash');
  await until(() => seqs().includes(started.lastSeq + 1));

  await first.kill('SIGKILL');
  await until(() => links.at(-1)?.state === 'retrying' || links.at(-1)?.state === 'connecting');
  const second = await startServerProcess({ port: first.port, dataDir: first.dataDir });
  servers.push(second);
  await agent.replyToConversation(started.id, 'after the restart');
  await agent.replyToConversation(started.id, 'and once more');
  await until(() => seqs().length >= started.lastSeq + 3);
  await new Promise((resolve) => setTimeout(resolve, 200));
  subscription.close();
  backend.dispose();

  const expected = Array.from({ length: started.lastSeq + 3 }, (_, i) => i + 1);
  expect(seqs()).toEqual(expected);
  const texts = events.flatMap((e) =>
    e.type === 'message' && e.message.from === 'agent' ? [e.message.text] : [],
  );
  expect(texts).toEqual(['before the crash', 'after the restart', 'and once more']);
  expect(events.filter((e) => e.type === 'state').length).toBeGreaterThanOrEqual(2);
  expect(links.map((l) => l.state)).toContain('retrying');
  expect(links.at(-1)?.state).toBe('live');
}, 40_000);

it('long-polls the real server when streams do not get through, with the same events', async () => {
  const server = await startServerProcess();
  servers.push(server);
  // A proxy that will not pass event streams: it answers them with a JSON
  // page. Everything else, the long polls included, reaches the real server.
  const noStreams: typeof fetch = async (input, init) => {
    const accept = new Headers(init?.headers).get('accept');
    if (accept === 'text/event-stream') return Response.json({ proxy: 'no streaming here' });
    return fetch(input, init);
  };
  const backend = httpBackend({
    server: server.url,
    siteKey: SERVER_SITE_KEY,
    fetch: noStreams,
    longPollWaitSec: 2,
  });
  await backend.connect({ anonId: 'adapter_http_poll_visitor' });
  await agentOnline(server.url, AGENT_TOKEN);
  const started = await backend.startConversation({
    clientId: newId(),
    text: '2FA kodu gelmiyor',
    category: 'security',
    locale: 'tr',
    attachments: [],
    context: [],
  });
  const events: LiveEvent[] = [];
  const subscription = backend.subscribe(started.id, 0, { onEvent: (event) => events.push(event) });
  const seqs = () => events.flatMap((e) => (e.type === 'message' ? [e.message.seq] : []));
  await until(() => events.length > 0);
  const agent = httpAgentDriver(server.url, AGENT_TOKEN);
  await agent.claimConversation(started.id);
  await agent.replyToConversation(started.id, 'Saatiniz otomatik mi?');
  await agent.endConversation(started.id, 'Saat düzeltildi, kod geldi');
  await until(() => events.some((e) => e.type === 'status' && e.status === 'ended'));
  subscription.close();
  backend.dispose();

  expect(events[0]?.type).toBe('state');
  expect(seqs()).toEqual(Array.from({ length: seqs().length }, (_, i) => i + 1));
  const agentTexts = events.flatMap((e) =>
    e.type === 'message' && e.message.from === 'agent' ? [e.message.text] : [],
  );
  expect(agentTexts).toEqual(['Saatiniz otomatik mi?']);
  expect(events.some((e) => e.type === 'agent' && e.agent?.name === 'Aylin')).toBe(true);
  const ended = events.find((e) => e.type === 'status' && e.status === 'ended');
  expect(ended?.type === 'status' && ended.closingNote?.text).toBe('Saat düzeltildi, kod geldi');
}, 40_000);
