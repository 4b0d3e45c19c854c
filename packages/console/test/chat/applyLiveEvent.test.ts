import type { ChatMessage, ConversationSnapshot, LiveEvent } from '@destek/protocol';
import { describe, expect, it } from 'vitest';
import { applyLiveEvent } from '../../src/chat/applyLiveEvent.ts';
import { cursorOf, viewOf } from '../../src/chat/ChatView.ts';

const at = '2026-11-25T10:00:00.000Z';
const message = (seq: number, from: ChatMessage['from'] = 'visitor'): ChatMessage => ({
  id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
  seq,
  from,
  text: `message ${seq}`,
  attachments: [],
  at,
});
const snapshot = (messages: ChatMessage[], extra: Partial<ConversationSnapshot> = {}) =>
  ({
    id: '11111111-1111-4111-8111-111111111111',
    status: 'active',
    agent: null,
    queue: null,
    lastSeq: messages.at(-1)?.seq ?? 0,
    messages,
    closingNote: null,
    rating: null,
    ticketReference: null,
    ...extra,
  }) satisfies ConversationSnapshot;
const apply = (events: LiveEvent[], start = viewOf(snapshot([]))) =>
  events.reduce(applyLiveEvent, start);

describe('applyLiveEvent', () => {
  it('shows every message once, in seq order, whatever order and repeats they arrive in', () => {
    const view = apply([
      { type: 'message', message: message(2) },
      { type: 'message', message: message(1) },
      { type: 'message', message: message(2) },
      { type: 'state', snapshot: snapshot([message(2), message(3)]) },
    ]);
    expect(view.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(cursorOf(view)).toBe(3);
  });

  it('keeps the messages already shown when a reconnect snapshot holds only the newer ones', () => {
    const view = apply(
      [{ type: 'state', snapshot: snapshot([message(3)], { status: 'ended' }) }],
      viewOf(snapshot([message(1), message(2)])),
    );
    expect(view.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(view.status).toBe('ended');
  });

  it('shows the visitor typing until they stop or their message arrives', () => {
    const typing = apply([{ type: 'typing', from: 'visitor', active: true }]);
    expect(typing.visitorTyping).toBe(true);
    expect(apply([{ type: 'message', message: message(1) }], typing).visitorTyping).toBe(false);
    expect(apply([{ type: 'typing', from: 'visitor', active: false }], typing).visitorTyping).toBe(
      false,
    );
    // The agent's own typing, echoed back, is not the visitor's.
    expect(apply([{ type: 'typing', from: 'agent', active: true }]).visitorTyping).toBe(false);
    // An agent's message does not end the visitor's typing.
    expect(apply([{ type: 'message', message: message(1, 'agent') }], typing).visitorTyping).toBe(
      true,
    );
  });

  it('takes the closing note with the ended status, and drops the queue place once claimed', () => {
    const queued = viewOf(snapshot([], { status: 'queued', queue: { position: 2, etaSec: 60 } }));
    const active = apply([{ type: 'status', status: 'active' }], queued);
    expect(active.queue).toBeNull();
    const ended = apply(
      [{ type: 'status', status: 'ended', closingNote: { text: 'Credited.' } }],
      active,
    );
    expect(ended).toMatchObject({ status: 'ended', closingNote: { text: 'Credited.' } });
  });

  it('leaves the view alone on reset (the caller fetches the conversation again)', () => {
    const before = viewOf(snapshot([message(1)]));
    expect(applyLiveEvent(before, { type: 'reset', reason: 'pruned' })).toBe(before);
  });
});
