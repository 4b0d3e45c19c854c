import type { ClosingNote } from '@destek/protocol';
import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import type { AgentApi } from '../../api/createAgentApi.ts';
import { errorText } from '../../api/errorText.ts';
import { mergeMessages } from '../../chat/ChatView.ts';
import { createTypingSender } from '../../chat/createTypingSender.ts';
import { useConversation } from '../../chat/useConversation.ts';
import { announce } from '../../state/announcer.ts';
import { myChats, refreshMyChats } from '../../state/myChats.ts';
import { queue, refreshQueue } from '../../state/queue.ts';
import { api, me } from '../../state/session.ts';
import { ReplyBox } from '../ReplyBox.tsx';
import { ScreenHeading } from '../ScreenHeading.tsx';
import { ChatDetails } from './ChatDetails.tsx';
import { CloseChatForm } from './CloseChatForm.tsx';
import { LinkStatus } from './LinkStatus.tsx';
import { Transcript } from './Transcript.tsx';

/** One conversation: transcript, reply with typing, claim, close with a note. */
export function ChatScreen(props: { id: string }): JSX.Element {
  const client = api.value;
  if (!client) return <p>Signed out.</p>;
  return <ChatWith api={client} id={props.id} />;
}

function ChatWith(props: { api: AgentApi; id: string }): JSX.Element {
  const { api: client, id } = props;
  const { view, link, problem } = useConversation(client, id);
  const actionProblem = useSignal<string | null>(null);
  const typing = useMemo(
    () => createTypingSender((active) => client.typing(id, active)),
    [client, id],
  );
  useEffect(() => () => typing.stop(), [typing]);

  const current = view.value;
  const agent = current?.agent ?? null;
  const mine = agent !== null && agent.id === me.value?.id;
  // "Me" unknown until `GET /v1/agent/me` answers: let the server decide (409 if taken).
  const takenByOther = agent !== null && me.value !== null && !mine;
  const locale =
    myChats.value?.find((chat) => chat.id === id)?.locale ??
    queue.value?.find((item) => item.id === id)?.locale;

  const claim = async () => {
    actionProblem.value = null;
    try {
      await client.claim(id);
      announce('Chat claimed.');
      void refreshQueue(client);
      void refreshMyChats(client);
    } catch (error) {
      actionProblem.value = errorText(error);
    }
  };

  const send = async (text: string, clientId: string) => {
    const wasQueued = view.value?.status === 'queued';
    const message = await client.sendMessage(id, clientId, text);
    // The stream brings it too; merging by seq shows it once, whichever comes first.
    if (view.value)
      view.value = { ...view.value, messages: mergeMessages(view.value.messages, [message]) };
    // Replying to a waiting chat claims it on the server.
    if (wasQueued) void refreshMyChats(client);
    announce('Reply sent.');
  };

  const close = async (note: ClosingNote) => {
    const snapshot = await client.close(id, note);
    if (view.value)
      view.value = { ...view.value, status: snapshot.status, closingNote: snapshot.closingNote };
    void refreshMyChats(client);
    announce('Chat closed.');
  };

  return (
    <div class="screen chat-screen">
      <div class="screen-head">
        <ScreenHeading>Chat</ScreenHeading>
        <LinkStatus state={link.value} />
      </div>
      {problem.value ? (
        <p class="error" role="alert">
          {problem.value}
        </p>
      ) : null}
      {current === null ? (
        <p class="muted">Loading the conversation…</p>
      ) : (
        <div class="chat-layout">
          <section class="chat-main" aria-label="Conversation">
            <Transcript messages={current.messages} />
            <p class="typing" aria-live="polite">
              {current.visitorTyping ? 'The visitor is typing…' : ''}
            </p>
            {current.status === 'ended' ? (
              <p class="notice">This chat has ended; replies are closed.</p>
            ) : takenByOther ? (
              <p class="notice">Another agent ({agent?.name}) has this chat.</p>
            ) : (
              <ReplyBox
                idPrefix="chat-reply"
                label="Your reply"
                sendLabel="Send"
                enterSends
                locale={locale}
                onSend={send}
                onType={() => typing.input()}
                onIdle={() => typing.stop()}
              />
            )}
          </section>
          <aside class="chat-side" aria-label="About this chat">
            <ChatDetails view={current} mine={mine} />
            {actionProblem.value ? (
              <p class="error" role="alert">
                {actionProblem.value}
              </p>
            ) : null}
            {current.status === 'queued' ? (
              <button type="button" class="btn btn-primary" onClick={() => void claim()}>
                Claim this chat
              </button>
            ) : null}
            {current.status !== 'ended' && !takenByOther ? <CloseChatForm onClose={close} /> : null}
          </aside>
        </div>
      )}
    </div>
  );
}
