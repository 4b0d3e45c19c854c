import type { Chat } from '@destek/core';
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n/useT.ts';
import { usePanel } from '../PanelServices.ts';
import { errorText } from '../words/reasonText.ts';
import { ChatComposer } from './ChatComposer.tsx';
import { ChatEnded } from './ChatEnded.tsx';
import { ChatStatus } from './ChatStatus.tsx';
import { ChatThread } from './ChatThread.tsx';
import { keepFocus } from './keepFocus.ts';

/** A long disconnection: offer to carry the conversation on as a request. */
function TicketOffer(props: { chat: Chat }): JSX.Element {
  const t = useT();
  const { announcer } = usePanel();
  const convert = async () => {
    try {
      const receipt = await props.chat.convertToTicket();
      announcer.say(t.t('chat.savedAnnounce', { reference: receipt.reference }));
    } catch (error) {
      announcer.alarm(errorText(t, error));
    }
  };
  return (
    <div class="notice">
      <p>{t.t('chat.offer')}</p>
      <button type="button" class="btn btn-primary" onClick={() => void convert()}>
        {t.t('chat.offerButton')}
      </button>
    </div>
  );
}

/**
 * A conversation under way or over: status, thread, and then either the
 * composer or what comes after the end. The thread stays scrolled to the
 * newest message unless the visitor scrolled up to read.
 */
export function ChatConversation(props: { chat: Chat }): JSX.Element {
  const { chat } = props;
  const body = useRef<HTMLDivElement>(null);
  const atEnd = useRef(true);
  const phase = chat.phase.value;
  const count = chat.items.value.length;
  const typing = chat.agentTyping.value;
  useEffect(() => {
    const element = body.current;
    if (element && atEnd.current) element.scrollTop = element.scrollHeight;
  }, [count, typing]);
  // At the end, what matters is what follows the thread: the note, the rating.
  useEffect(() => {
    const element = body.current;
    const end = element?.querySelector<HTMLElement>('.chat-end');
    // Set by hand: scrollIntoView could scroll the host page as well.
    if (element && end) element.scrollTop = end.offsetTop - element.offsetTop - 16;
    keepFocus(element);
  }, [phase]);
  const open = phase === 'queued' || phase === 'active';
  return (
    <>
      <div
        ref={body}
        class="body chat-body"
        onScroll={(event) => {
          const element = event.currentTarget;
          atEnd.current = element.scrollHeight - element.scrollTop - element.clientHeight < 48;
        }}
      >
        <ChatStatus chat={chat} />
        {chat.ticketOffer.value && open ? <TicketOffer chat={chat} /> : null}
        <ChatThread chat={chat} />
        {phase === 'ended' ? <ChatEnded chat={chat} /> : null}
      </div>
      {open ? <ChatComposer chat={chat} /> : null}
    </>
  );
}
