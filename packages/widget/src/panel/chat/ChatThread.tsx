import type { Chat, ChatItem } from '@destek/core';
import type { JSX } from 'preact';
import type { Translator } from '../../i18n/createTranslator.ts';
import { useT } from '../../i18n/useT.ts';
import { chatTime } from './chatTime.ts';
import { MessageText } from './MessageText.tsx';

function nameOf(t: Translator, item: ChatItem): string {
  if (item.from === 'visitor') return t.t('chat.you');
  if (item.from === 'system') return t.t('chat.system');
  return item.author ?? t.t('chat.agent');
}

/** One message: who and when, the words (as text), its files, and ours' sending state. */
function Message(props: { item: ChatItem; chat: Chat }): JSX.Element {
  const t = useT();
  const { item, chat } = props;
  const kind = item.from === 'visitor' ? 'mine' : item.from === 'system' ? 'system' : 'theirs';
  return (
    <li class={`msg ${kind}`}>
      <span class="msg-meta">
        {nameOf(t, item)} · {chatTime(t.locale, item.at)}
      </span>
      <div class="bubble" dir="auto">
        {item.text ? <MessageText text={item.text} /> : null}
        {item.attachments.length > 0 ? (
          <ul class="files">
            {item.attachments.map((file) => (
              <li key={file.id}>
                {t.t('chat.file', { name: file.name, size: t.bytes(file.bytes) })}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {item.state === 'sending' ? <span class="msg-state">{t.t('chat.sending')}</span> : null}
      {item.state === 'failed' ? (
        <span class="msg-state error">
          {t.t('chat.failed')}
          {chat.phase.value === 'ended' ? null : (
            <button type="button" class="link-btn" onClick={() => chat.retry(item.key)}>
              {t.t('chat.retry')}
            </button>
          )}
          <button type="button" class="link-btn" onClick={() => chat.discard(item.key)}>
            {t.t('chat.remove')}
          </button>
        </span>
      ) : null}
    </li>
  );
}

/**
 * The conversation in server order, then ours on their way, then files
 * uploading and the agent's typing. Announcing new replies is the live
 * region's job (see chatFor), so the list itself is not live.
 */
export function ChatThread(props: { chat: Chat }): JSX.Element {
  const t = useT();
  const { chat } = props;
  const uploads = chat.uploads.value;
  const typing = chat.agentTyping.value;
  return (
    <>
      <ol class="thread" aria-label={t.t('chat.thread')}>
        {chat.items.value.map((item) => (
          <Message key={item.key} item={item} chat={chat} />
        ))}
      </ol>
      {uploads.length > 0 ? (
        <ul class="uploads">
          {uploads.map((upload) =>
            upload.state === 'failed' ? (
              <li key={upload.id} class="msg-state error">
                {t.t('chat.uploadFailed', { name: upload.name })}
                <button type="button" class="link-btn" onClick={() => chat.retry(upload.id)}>
                  {t.t('chat.retry')}
                </button>
                <button type="button" class="link-btn" onClick={() => chat.discard(upload.id)}>
                  {t.t('chat.remove')}
                </button>
              </li>
            ) : (
              <li key={upload.id}>
                <label>
                  {t.t('chat.uploading', { name: upload.name })}
                  <progress max={upload.bytes || 1} value={upload.sent} />
                </label>
              </li>
            ),
          )}
        </ul>
      ) : null}
      {typing ? (
        <p class="typing">
          {t.t('chat.typing', { name: chat.agent.value?.name ?? t.t('chat.agent') })}
        </p>
      ) : null}
    </>
  );
}
