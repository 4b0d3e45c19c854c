import type { Chat } from '@destek/core';
import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n/useT.ts';
import type { FileRejection } from '../coreTypes.ts';
import { usePanel } from '../PanelServices.ts';
import { ImageQueueEditor } from '../screenshot/ImageQueueEditor.tsx';
import { useImageQueue } from '../screenshot/useImageQueue.ts';
import { RefusalList } from '../words/RefusalList.tsx';
import { errorText } from '../words/reasonText.ts';
import { rejectionText } from '../words/rejectionText.ts';
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

/** Back to writing once the last picture is attached or discarded. */
function focusComposer(inside: Element | null): void {
  const root = inside?.getRootNode();
  if (root instanceof ShadowRoot || root instanceof Document) {
    root.getElementById('destek-chat-text')?.focus();
  }
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
  const images = useImageQueue();
  const refusals = useSignal<readonly FileRejection[]>([]);
  const { announcer } = usePanel();
  const t = useT();
  const refuse = (refused: readonly FileRejection[]) => {
    refusals.value = refused;
    if (refused.length > 0) announcer.alarm(refused.map((r) => rejectionText(t, r)).join(' '));
  };
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
  // An image being edited takes the conversation's place until it is attached or discarded.
  if (open && images.items.value.length > 0 && images.kit.value) {
    return (
      <div class="body chat-body">
        <ImageQueueEditor
          queue={images}
          attach={(file) => refuse(chat.attach([file]))}
          afterLast={() => focusComposer(body.current)}
        />
      </div>
    );
  }
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
        {open ? <RefusalList refused={refusals.value} /> : null}
        {phase === 'ended' ? <ChatEnded chat={chat} /> : null}
      </div>
      {open ? <ChatComposer chat={chat} images={images} refuse={refuse} /> : null}
    </>
  );
}
