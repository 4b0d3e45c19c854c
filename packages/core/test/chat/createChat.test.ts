import { afterEach, describe, expect, it } from 'vitest';
import { offlineError } from '../../src/backend/memory/faultInjector.ts';
import { memoryBackend } from '../../src/backend/memoryBackend.ts';
import type { Chat, ChatItem } from '../../src/chat/Chat.ts';
import type { ChatOptions } from '../../src/chat/ChatOptions.ts';
import { createChat } from '../../src/chat/createChat.ts';
import { cuttableBackend, manualTime, memoryStore, VISITOR } from './chatRig.ts';

const START = { text: 'My deposit has not arrived', category: 'payment', locale: 'en' };
const chats: Chat[] = [];
afterEach(() => {
  for (const chat of chats.splice(0)) chat.dispose();
});

function chatOver(options: ChatOptions): Chat {
  const chat = createChat({ store: null, ...options });
  chats.push(chat);
  return chat;
}

async function connected(options: Parameters<typeof memoryBackend>[0] = {}) {
  const backend = memoryBackend(options);
  await backend.connect(VISITOR);
  return backend;
}

const texts = (chat: Chat) => chat.items.value.map((item) => item.text);
const idOf = (chat: Chat) => {
  const id = chat.conversationId.value;
  if (id === null) throw new Error('no conversation');
  return id;
};

describe('starting a chat', () => {
  it('opens with the summary, waits in the queue, then shows the agent who takes it', async () => {
    const backend = await connected({ agentName: 'Aylin' });
    const chat = chatOver({ backend });
    await chat.start(START);
    expect(chat.phase.value).toBe('queued');
    expect(chat.queue.value).toEqual({ position: 1, etaSec: 120 });
    expect(texts(chat)).toEqual(['My deposit has not arrived']);

    await backend.agent.claimConversation(idOf(chat));
    await expect.poll(() => chat.phase.value).toBe('active');
    expect(chat.agent.value?.name).toBe('Aylin');
    expect(chat.queue.value).toBeNull();
  });

  it('masks a card number before the first message leaves', async () => {
    const backend = await connected();
    const chat = chatOver({ backend });
    await chat.start({ ...START, text: 'Card 4111 1111 1111 1111 was charged twice' });
    const stored = backend.world.conversations.get(idOf(chat))?.messages[0]?.text;
    expect(stored).toBe('Card [card] was charged twice');
  });

  it('becomes a left message with a reference when nobody can answer', async () => {
    const backend = await connected({ agentsOnline: 0 });
    const chat = chatOver({ backend });
    await chat.start({ ...START, email: 'ayla@example.com' });
    expect(chat.phase.value).toBe('ended');
    expect(chat.ticketReference.value).toMatch(/^DT-[0-9A-Z]{6}$/);
    expect(backend.world.emails.map((mail) => mail.to)).toEqual(['ayla@example.com']);
  });

  it('makes one conversation when a failed start is tried again', async () => {
    const backend = await connected();
    backend.faults.failNext(1, {
      error: offlineError,
      methods: ['startConversation'],
      when: 'after',
    });
    const chat = chatOver({ backend });
    await expect(chat.start(START)).rejects.toMatchObject({ code: 'offline' });
    expect(chat.phase.value).toBe('idle');
    await chat.start(START);
    expect(backend.world.conversations.size).toBe(1);
  });
});

describe('messages', () => {
  it('shows a sent message at once and once only when the server echoes it', async () => {
    const backend = await connected();
    const chat = chatOver({ backend });
    await chat.start(START);
    chat.send('  The amount was 250 TRY  ');
    const [, mine] = chat.items.value;
    expect(mine).toMatchObject({ text: 'The amount was 250 TRY', state: 'sending', seq: null });
    await expect.poll(() => chat.items.value[1]?.state).toBe('sent');
    // Let the live echo arrive too.
    await backend.agent.replyToConversation(idOf(chat), 'Checking now');
    await expect.poll(() => chat.items.value.length).toBe(3);
    expect(chat.items.value.map((item) => [item.seq, item.text])).toEqual([
      [1, 'My deposit has not arrived'],
      [2, 'The amount was 250 TRY'],
      [3, 'Checking now'],
    ]);
    expect(chat.items.value[1]?.key).toBe(mine?.key);
  });

  it('sends in the order written, even when an earlier send is slow', async () => {
    const backend = await connected();
    const sendMessage = backend.sendMessage;
    let first = true;
    backend.sendMessage = async (id, message, options) => {
      if (first) {
        first = false;
        await new Promise((done) => setTimeout(done, 50));
      }
      return sendMessage(id, message, options);
    };
    const chat = chatOver({ backend });
    await chat.start(START);
    chat.send('one');
    chat.send('two');
    chat.send('three');
    await expect.poll(() => chat.items.value.every((item) => item.state === 'sent')).toBe(true);
    expect(backend.world.conversations.get(idOf(chat))?.messages.map((m) => m.text)).toEqual([
      'My deposit has not arrived',
      'one',
      'two',
      'three',
    ]);
  });

  it('keeps a failed message with a retry, which sends it once', async () => {
    const backend = await connected();
    const chat = chatOver({ backend });
    await chat.start(START);
    backend.faults.failNext(1, { error: offlineError, methods: ['sendMessage'] });
    chat.send('Still waiting');
    await expect.poll(() => chat.items.value[1]?.state).toBe('failed');
    const key = chat.items.value[1]?.key ?? '';
    chat.retry(key);
    await expect.poll(() => chat.items.value[1]?.state).toBe('sent');
    expect(backend.world.conversations.get(idOf(chat))?.messages).toHaveLength(2);
  });

  it('settles a message whose answer was lost but which the server stored, without a copy', async () => {
    const backend = await connected();
    const chat = chatOver({ backend });
    await chat.start(START);
    backend.faults.failNext(1, { error: offlineError, methods: ['sendMessage'], when: 'after' });
    chat.send('Hello?');
    // The stream brings the stored message: it replaces the optimistic one.
    await expect.poll(() => chat.items.value.map((item) => item.state)).toEqual(['sent', 'sent']);
    expect(texts(chat)).toEqual(['My deposit has not arrived', 'Hello?']);
  });

  it('drops a failed message on discard', async () => {
    const backend = await connected();
    const chat = chatOver({ backend });
    await chat.start(START);
    backend.faults.failNext(1, { error: offlineError, methods: ['sendMessage'] });
    chat.send('Never mind');
    await expect.poll(() => chat.items.value[1]?.state).toBe('failed');
    chat.discard(chat.items.value[1]?.key ?? '');
    expect(texts(chat)).toEqual(['My deposit has not arrived']);
  });

  it('uploads a file with progress and sends it as a message; refuses a wrong type', async () => {
    const backend = await connected();
    const chat = chatOver({ backend });
    await chat.start(START);
    const png = new File(
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])],
      'shot.png',
      { type: 'image/png' },
    );
    const exe = new File(['MZ'], 'tool.exe', { type: 'application/x-msdownload' });
    const progress: number[] = [];
    const stop = chat.uploads.subscribe((list) => {
      for (const upload of list) progress.push(upload.sent);
    });
    expect(chat.attach([png, exe])).toEqual([{ name: 'tool.exe', code: 'type' }]);
    await expect.poll(() => chat.items.value[1]?.state).toBe('sent');
    stop();
    expect(chat.items.value[1]?.attachments.map((a) => a.name)).toEqual(['shot.png']);
    expect(Math.max(...progress)).toBe(png.size);
    expect(chat.uploads.value).toEqual([]);
  });
});

describe('typing', () => {
  it('tells the agent at most once per 3 s, and stops after 5 quiet seconds', async () => {
    const time = manualTime();
    const backend = await connected();
    const said: boolean[] = [];
    const setTyping = backend.setTyping;
    backend.setTyping = (id, active) => {
      said.push(active);
      return setTyping(id, active);
    };
    const chat = chatOver({ backend, clock: time.clock, timers: time.timers });
    await chat.start(START);
    for (let i = 0; i < 10; i++) {
      chat.typing();
      time.advance(500);
    }
    expect(said).toEqual([true, true]);
    time.advance(5000);
    expect(said).toEqual([true, true, false]);
  });

  it("shows the agent's typing until their message arrives", async () => {
    const backend = await connected();
    const chat = chatOver({ backend });
    await chat.start(START);
    await backend.agent.claimConversation(idOf(chat));
    await backend.agent.setTyping(idOf(chat), true);
    await expect.poll(() => chat.agentTyping.value).toBe(true);
    await backend.agent.replyToConversation(idOf(chat), 'Found it');
    await expect.poll(() => chat.agentTyping.value).toBe(false);
  });
});

describe('a lost connection', () => {
  it('shows every message sent during a cut once, in order, with the new status', async () => {
    const rig = await cuttableBackend();
    const chat = chatOver({ backend: rig.backend });
    await chat.start(START);
    const id = idOf(chat);
    await rig.memory.agent.claimConversation(id);
    await expect.poll(() => chat.link.value.state).toBe('live');

    rig.cut();
    expect(chat.link.value).toMatchObject({ state: 'retrying', retryInMs: 4000 });
    for (const text of ['One', 'Two', 'Three'])
      await rig.memory.agent.replyToConversation(id, text);
    await rig.memory.agent.endConversation(id, 'Refunded; check again Friday');
    await new Promise((done) => setTimeout(done, 10));
    expect(texts(chat)).toEqual(['My deposit has not arrived']);

    await rig.restore(0);
    await expect.poll(() => chat.phase.value).toBe('ended');
    expect(texts(chat)).toEqual(['My deposit has not arrived', 'One', 'Two', 'Three']);
    expect(chat.items.value.map((item) => item.seq)).toEqual([1, 2, 3, 4]);
    expect(chat.closingNote.value?.text).toBe('Refunded; check again Friday');
    expect(chat.link.value.state).toBe('live');
  });

  it('drops the stream when the device goes offline and catches up when it is back', async () => {
    const backend = await connected();
    let tell: (online: boolean) => void = () => {};
    const chat = chatOver({
      backend,
      watchOnline: (change) => {
        tell = change;
        return () => {};
      },
    });
    await chat.start(START);
    const id = idOf(chat);
    await expect.poll(() => chat.link.value.state).toBe('live');
    tell(false);
    expect(chat.link.value.state).toBe('offline');
    await backend.agent.replyToConversation(id, 'While you were offline');
    await backend.agent.endConversation(id, 'Sorted');
    await new Promise((done) => setTimeout(done, 10));
    expect(texts(chat)).toEqual(['My deposit has not arrived']);
    tell(true);
    await expect.poll(() => chat.phase.value).toBe('ended');
    expect(texts(chat)).toEqual(['My deposit has not arrived', 'While you were offline']);
    expect(chat.link.value.state).toBe('live');
  });

  it('offers a ticket after the set time down, and turns the chat into one', async () => {
    const time = manualTime();
    const rig = await cuttableBackend();
    const chat = chatOver({
      backend: rig.backend,
      clock: time.clock,
      timers: time.timers,
      ticketOfferAfterMs: 30_000,
    });
    await chat.start(START);
    await expect.poll(() => chat.link.value.state).toBe('live');
    rig.cut();
    time.advance(29_000);
    expect(chat.ticketOffer.value).toBe(false);
    time.advance(1000);
    expect(chat.ticketOffer.value).toBe(true);

    const receipt = await chat.convertToTicket();
    expect(chat.ticketReference.value).toBe(receipt.reference);
    expect(chat.phase.value).toBe('ended');
    expect(chat.ticketOffer.value).toBe(false);
  });

  it('withdraws the offer when the link comes back first', async () => {
    const time = manualTime();
    const rig = await cuttableBackend();
    const chat = chatOver({ backend: rig.backend, clock: time.clock, timers: time.timers });
    await chat.start(START);
    await expect.poll(() => chat.link.value.state).toBe('live');
    rig.cut();
    time.advance(20_000);
    await rig.restore(1);
    time.advance(60_000);
    expect(chat.ticketOffer.value).toBe(false);
  });
});

describe('unread and new messages', () => {
  it('counts replies while hidden, tells each once, and marks them read when shown', async () => {
    const backend = await connected();
    const told: ChatItem[] = [];
    const chat = chatOver({ backend, onMessage: (message) => told.push(message) });
    await chat.start(START);
    const id = idOf(chat);
    await backend.agent.replyToConversation(id, 'Hello');
    await backend.agent.replyToConversation(id, 'Are you there?');
    await expect.poll(() => chat.unread.value).toBe(2);
    expect(told.map((message) => message.text)).toEqual(['Hello', 'Are you there?']);

    chat.setVisible(true);
    expect(chat.unread.value).toBe(0);
    await expect.poll(() => backend.world.conversations.get(id)?.lastReadSeq).toBe(3);
    await backend.agent.replyToConversation(id, 'Seen while open');
    await expect.poll(() => chat.items.value.length).toBe(4);
    expect(chat.unread.value).toBe(0);
    chat.setVisible(false);
    expect(chat.unread.value).toBe(0);
  });

  it('resumes after a reload with the history, the unread count, and only new messages told', async () => {
    const backend = await connected();
    const store = memoryStore();
    const first = chatOver({ backend, store });
    await first.start(START);
    const id = idOf(first);
    await backend.agent.replyToConversation(id, 'Seen before the reload');
    await expect.poll(() => first.items.value.length).toBe(2);
    first.dispose();
    await backend.agent.replyToConversation(id, 'Sent while the page was away');

    const told: string[] = [];
    const second = chatOver({ backend, store, onMessage: (message) => told.push(message.text) });
    expect(second.resume()).toBe(true);
    await expect.poll(() => second.items.value.length).toBe(3);
    expect(texts(second)).toEqual([
      'My deposit has not arrived',
      'Seen before the reload',
      'Sent while the page was away',
    ]);
    expect(told).toEqual(['Sent while the page was away']);
    expect(second.unread.value).toBe(2);
    expect(JSON.parse(store.map.get('destek:chat') ?? '{}')).toMatchObject({ id, seen: 3 });
  });

  it('forgets a saved conversation the backend no longer knows', async () => {
    const store = memoryStore();
    store.setItem(
      'destek:chat',
      JSON.stringify({ id: '0c7e1a52-3b5d-4f6e-8a9b-0c1d2e3f4a5b', seen: 4, read: 4 }),
    );
    const chat = chatOver({ backend: await connected(), store });
    expect(chat.resume()).toBe(true);
    await expect.poll(() => chat.phase.value).toBe('idle');
    expect(store.map.has('destek:chat')).toBe(false);
  });
});

describe('the end of a chat', () => {
  it("shows the agent's closing note, then stores a rating with its comment", async () => {
    const backend = await connected();
    const chat = chatOver({ backend });
    await chat.start(START);
    const id = idOf(chat);
    await backend.agent.claimConversation(id);
    await backend.agent.endConversation(id, 'Deposit credited', '2026-05-08T09:00:00.000Z');
    await expect.poll(() => chat.phase.value).toBe('ended');
    expect(chat.closingNote.value).toEqual({
      text: 'Deposit credited',
      nextCheckAt: '2026-05-08T09:00:00.000Z',
    });
    await chat.rate(5, '  Quick and kind  ');
    expect(chat.rating.value).toEqual({ score: 5, comment: 'Quick and kind' });
    expect(backend.world.conversations.get(id)).toMatchObject({
      rating: 5,
      ratingComment: 'Quick and kind',
    });
  });

  it('ends when the visitor ends it, and no longer sends', async () => {
    const backend = await connected();
    const chat = chatOver({ backend });
    await chat.start(START);
    await chat.end();
    expect(chat.phase.value).toBe('ended');
    chat.send('too late');
    expect(texts(chat)).toEqual(['My deposit has not arrived']);
  });

  it('writes the transcript as text and e-mails it', async () => {
    const backend = await connected({ agentName: 'Aylin' });
    const chat = chatOver({ backend });
    await chat.start(START);
    await backend.agent.replyToConversation(idOf(chat), 'Refund sent');
    await expect.poll(() => chat.items.value.length).toBe(2);
    expect(chat.transcript({ visitor: 'Siz', time: () => '10:00' })).toBe(
      '[10:00] Siz: My deposit has not arrived\n\n[10:00] Aylin: Refund sent\n',
    );
    await chat.emailTranscript(' ayla@example.com ');
    expect(backend.world.emails.at(-1)).toMatchObject({
      to: 'ayla@example.com',
      kind: 'transcript',
    });
  });

  it('starts afresh after reset, with nothing saved', async () => {
    const backend = await connected();
    const store = memoryStore();
    const chat = chatOver({ backend, store });
    await chat.start(START);
    await chat.end();
    chat.reset();
    expect(chat.phase.value).toBe('idle');
    expect(chat.items.value).toEqual([]);
    expect(store.map.size).toBe(0);
    await chat.start({ ...START, text: 'Another question' });
    expect(texts(chat)).toEqual(['Another question']);
  });
});
