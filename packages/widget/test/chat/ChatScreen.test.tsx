// @vitest-environment happy-dom
import { BackendError, type MemoryBackend, memoryBackend } from '@destek/core';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ChatDock, disposeChatDock } from '../../src/panel/chat/ChatDock.ts';
import { renderPanel } from '../panel/renderPanel.tsx';

const docks: ChatDock[] = [];
afterEach(() => {
  cleanup();
  for (const dock of docks.splice(0)) disposeChatDock(dock);
  localStorage.clear();
  vi.useRealTimers();
});

async function chatPanel(options: Parameters<typeof renderPanel>[0] = {}) {
  const panel = await renderPanel(options);
  docks.push(panel.chat);
  return panel;
}

/** From Home into the chat, with the report template's summary and category filled. */
async function startChat(summary = 'My deposit has not arrived') {
  const panel = await chatPanel({ backend: memoryBackend({ agentName: 'Aylin' }) });
  fireEvent.click(await screen.findByRole('button', { name: /Chat with us/ }));
  fireEvent.input(await screen.findByLabelText('Summary', { exact: false }), {
    target: { value: summary },
  });
  fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'payment' } });
  fireEvent.click(screen.getByRole('button', { name: 'Start chat' }));
  await screen.findByRole('heading', { name: 'Waiting for an agent' });
  return panel;
}

function conversationOf(backend: MemoryBackend) {
  const [conversation] = backend.world.conversations.values();
  if (!conversation) throw new Error('no conversation');
  return conversation;
}

function send(text: string) {
  const box = screen.getByLabelText('Message');
  fireEvent.input(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: 'Enter' });
}

describe('the chat entry on Home', () => {
  it('is offered when the backend has live chat, and not otherwise', async () => {
    await chatPanel();
    expect(await screen.findByRole('button', { name: /Chat with us/ })).toBeTruthy();
    cleanup();
    await chatPanel({ backend: memoryBackend({ capabilities: { liveChat: false } }) });
    await screen.findByRole('button', { name: /Report a problem/ });
    expect(screen.queryByRole('button', { name: /Chat with us/ })).toBeNull();
  });
});

describe('starting a chat', () => {
  it('starts from the summary and category, shows the queue place, then the agent', async () => {
    const { backend, client } = await startChat();
    // The start button went with the form: focus follows to the new view's heading.
    await expect.poll(() => document.activeElement?.textContent).toBe('Waiting for an agent');
    expect(screen.getByText('Your place in the queue: 1. Estimated wait: 2 minutes.')).toBeTruthy();
    expect(screen.getByText('My deposit has not arrived')).toBeTruthy();
    expect(conversationOf(backend)).toMatchObject({ category: 'payment' });
    // The draft held only what the chat took: nothing is left to "continue".
    expect(client.report.draft.value.summary).toBe('');
    await backend.agent.claimConversation(conversationOf(backend).id);
    expect(await screen.findByRole('heading', { name: 'Chatting with Aylin' })).toBeTruthy();
  });

  it('asks for the summary first, in place, and starts nothing', async () => {
    const { backend, announcer } = await chatPanel();
    fireEvent.click(await screen.findByRole('button', { name: /Chat with us/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Start chat' }));
    expect(await screen.findAllByText('This is needed.')).toHaveLength(2);
    expect(announcer.alert.value).toBe('Please fix 2 fields before continuing.');
    expect(backend.world.conversations.size).toBe(0);
  });

  it('asks an anonymous visitor for an optional address, and an identified one for none', async () => {
    await chatPanel();
    fireEvent.click(await screen.findByRole('button', { name: /Chat with us/ }));
    expect(await screen.findByLabelText('Your e-mail (optional)', { exact: false })).toBeTruthy();
    cleanup();
    await chatPanel({ core: { user: { id: 'user-7', email: 'ayla@example.com' } } });
    fireEvent.click(await screen.findByRole('button', { name: /Chat with us/ }));
    await screen.findByRole('button', { name: 'Start chat' });
    expect(screen.queryByLabelText('Your e-mail (optional)', { exact: false })).toBeNull();
  });

  it('leaves a message with a reference when nobody can answer', async () => {
    const backend = memoryBackend({ agentsOnline: 0 });
    await chatPanel({ backend });
    fireEvent.click(await screen.findByRole('button', { name: /Chat with us/ }));
    expect(await screen.findByRole('heading', { name: 'Leave a message' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Summary', { exact: false }), {
      target: { value: 'Withdrawal pending for three days' },
    });
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'payment' } });
    fireEvent.input(screen.getByLabelText('Your e-mail (optional)', { exact: false }), {
      target: { value: 'ayla@example.com' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
    expect(await screen.findByRole('heading', { name: 'Message saved' })).toBeTruthy();
    const reference = conversationOf(backend).ticketReference ?? 'none';
    expect(screen.getByText(reference).className).toBe('reference');
    expect(backend.world.emails[0]?.to).toBe('ayla@example.com');
  });
});

describe('messages', () => {
  it('sends on Enter, shows it at once, and shows and announces the reply', async () => {
    const { backend, announcer } = await startChat();
    send('The amount was 250 TRY');
    expect(screen.getByText('Sending…')).toBeTruthy();
    await expect.poll(() => screen.queryByText('Sending…')).toBeNull();
    await backend.agent.replyToConversation(conversationOf(backend).id, 'Checking it now');
    expect(await screen.findByText('Checking it now')).toBeTruthy();
    expect(announcer.status.value).toBe('Aylin: Checking it now');
    const thread = screen.getByRole('list', { name: 'Conversation' });
    expect(
      within(thread)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining('My deposit has not arrived'),
      expect.stringContaining('The amount was 250 TRY'),
      expect.stringContaining('Checking it now'),
    ]);
  });

  it('keeps a failed message with Retry, which sends it once', async () => {
    const { backend } = await startChat();
    backend.faults.failNext(1, {
      error: () => new BackendError('offline', 'The network dropped'),
      methods: ['sendMessage'],
    });
    send('Are you there?');
    expect(await screen.findByText('Not sent.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await expect.poll(() => screen.queryByText('Not sent.')).toBeNull();
    expect(conversationOf(backend).messages.map((m) => m.text)).toEqual([
      'My deposit has not arrived',
      'Are you there?',
    ]);
  });

  it('shows when the agent is typing', async () => {
    const { backend } = await startChat();
    await backend.agent.setTyping(conversationOf(backend).id, true);
    expect(await screen.findByText('Support is typing…')).toBeTruthy();
  });

  it('renders hostile words as text, and links only http, https and mailto', async () => {
    const { backend } = await startChat();
    const hostile =
      '<script>window.pwned=1</script><img src=x onerror="window.pwned=1"> ' +
      'javascript:alert(1) data:text/html,<b>x</b> https://example.com/a?b=1. mailto:help@example.com';
    await backend.agent.replyToConversation(conversationOf(backend).id, hostile);
    const thread = screen.getByRole('list', { name: 'Conversation' });
    const bubble = (await within(thread).findByText(/window\.pwned=1<\/script>/)).closest(
      '.bubble',
    );
    if (!bubble) throw new Error('no bubble');
    expect(bubble.querySelector('script, img, b')).toBeNull();
    const links = [...bubble.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/a?b=1',
      'mailto:help@example.com',
    ]);
    for (const link of links) {
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('target')).toBe('_blank');
    }
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
});

describe('the end of a chat', () => {
  it("ends on the visitor's confirmed wish, then takes a rating with a comment", async () => {
    const { backend } = await startChat();
    const id = conversationOf(backend).id;
    await backend.agent.claimConversation(id);
    await screen.findByRole('heading', { name: 'Chatting with Aylin' });
    fireEvent.click(screen.getByRole('button', { name: 'End chat' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, end it' }));
    expect(await screen.findByRole('heading', { name: 'Chat ended' })).toBeTruthy();
    expect(screen.queryByLabelText('Message')).toBeNull();

    fireEvent.click(screen.getByRole('radio', { name: '4 stars out of 5' }));
    fireEvent.input(screen.getByLabelText('Comment (optional)'), {
      target: { value: 'Quick answer' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send rating' }));
    expect(await screen.findByText('Thank you for your rating.')).toBeTruthy();
    expect(conversationOf(backend)).toMatchObject({ rating: 4, ratingComment: 'Quick answer' });
  });

  it("shows the agent's closing note and next check, and e-mails the transcript", async () => {
    const { backend } = await startChat();
    const id = conversationOf(backend).id;
    await backend.agent.claimConversation(id);
    await backend.agent.endConversation(id, 'Refund sent to your card', '2026-05-08T09:00:00Z');
    expect(await screen.findByRole('heading', { name: 'Note from Aylin' })).toBeTruthy();
    expect(screen.getByText('Refund sent to your card')).toBeTruthy();
    expect(screen.getByText(/We will check again on/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Send it to'), {
      target: { value: 'ayla@example.com' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'E-mail it' }));
    const sent = await screen.findAllByText('The transcript is on its way to ayla@example.com.');
    expect(sent.map((element) => element.className)).toContain('ok');
    expect(backend.world.emails.at(-1)).toMatchObject({ kind: 'transcript', about: id });
  });

  it('starts a new chat from the start form', async () => {
    const { backend } = await startChat();
    await backend.agent.endConversation(conversationOf(backend).id, 'Done');
    fireEvent.click(await screen.findByRole('button', { name: 'Start a new chat' }));
    expect(await screen.findByRole('button', { name: 'Start chat' })).toBeTruthy();
  });
});

describe('a long loss of connection', () => {
  it('offers to save the chat as a request, and shows its reference', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const backend = memoryBackend();
    // The live stream drops for good after it first connects.
    const subscribe = backend.subscribe;
    backend.subscribe = (id, after, handlers) =>
      subscribe(id, after, {
        ...handlers,
        onLink: (link) =>
          link.state === 'live'
            ? handlers.onLink?.({ state: 'retrying', retryInMs: 8000 })
            : handlers.onLink?.(link),
      });
    await chatPanel({ backend });
    fireEvent.click(await screen.findByRole('button', { name: /Chat with us/ }));
    fireEvent.input(await screen.findByLabelText('Summary', { exact: false }), {
      target: { value: 'Cannot log in' },
    });
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'login' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start chat' }));
    expect(await screen.findByText(/Connection lost\. Retrying in \d+ seconds?\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save as a request' })).toBeNull();
    vi.advanceTimersByTime(60_000);
    fireEvent.click(await screen.findByRole('button', { name: 'Save as a request' }));
    expect(await screen.findByRole('heading', { name: 'Message saved' })).toBeTruthy();
    const [conversation] = backend.world.conversations.values();
    expect(screen.getByText(conversation?.ticketReference ?? 'none')).toBeTruthy();
  });
});
