import type { JSX } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { usePanel } from '../PanelServices.ts';
import { ChatConversation } from './ChatConversation.tsx';
import { ChatStartForm } from './ChatStartForm.tsx';
import { chatFor } from './chatFor.ts';

/**
 * The chat screen, its own chunk: the start form, or the conversation this
 * page (or an earlier one, still saved on the device) has going.
 */
export function ChatScreen(): JSX.Element {
  const services = usePanel();
  const chat = useMemo(() => chatFor(services), [services]);
  useEffect(() => {
    // An ended chat is not followed in the background; its screen shows it.
    if (chat.phase.value === 'idle') chat.resume();
  }, [chat]);
  const phase = chat.phase.value;
  return phase === 'idle' || (phase === 'starting' && chat.conversationId.value === null) ? (
    <ChatStartForm chat={chat} />
  ) : (
    <ChatConversation chat={chat} />
  );
}
