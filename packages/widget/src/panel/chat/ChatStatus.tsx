import type { Chat } from '@destek/core';
import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n/useT.ts';
import { usePanel } from '../PanelServices.ts';
import { ScreenHeading } from '../ScreenHeading.tsx';
import { useNow } from '../useNow.ts';
import { errorText } from '../words/reasonText.ts';

/**
 * Where the chat stands, as the heading (waiting, chatting with Aylin,
 * ended), the queue place and wait, the live link when it is not live
 * (connecting, retrying in N s, offline), and "End chat" with a confirmation.
 */
export function ChatStatus(props: { chat: Chat }): JSX.Element {
  const t = useT();
  const { announcer } = usePanel();
  const { chat } = props;
  const confirming = useSignal(false);
  const confirm = useRef<HTMLButtonElement>(null);
  // The "End chat" link gives way to the question: focus follows to its answer.
  useEffect(() => {
    if (confirming.value) confirm.current?.focus();
  }, [confirming.value]);
  const phase = chat.phase.value;
  const link = chat.link.value;
  const queue = chat.queue.value;
  const agent = chat.agent.value;
  const now = useNow(link.state === 'retrying');
  const open = phase === 'queued' || phase === 'active';

  const heading =
    phase === 'starting'
      ? t.t('chat.connecting')
      : phase === 'queued'
        ? t.t('chat.queued')
        : phase === 'active'
          ? t.t('chat.with', { name: agent?.name ?? t.t('chat.agent') })
          : chat.ticketReference.value
            ? t.t('chat.savedHeading')
            : t.t('chat.ended');

  let linkText = '';
  if (open && link.state === 'offline') linkText = t.t('chat.link.offline');
  else if (open && link.state === 'retrying') {
    const count = Math.ceil((link.since + link.retryInMs - now) / 1000);
    linkText = count > 0 ? t.t('chat.link.retrying', { count }) : t.t('chat.connecting');
  } else if (open && link.state === 'connecting') linkText = t.t('chat.connecting');

  const end = async () => {
    confirming.value = false;
    try {
      await chat.end();
    } catch (error) {
      announcer.alarm(errorText(t, error));
    }
  };

  return (
    <div>
      <div class="chat-status">
        <ScreenHeading>{heading}</ScreenHeading>
        {open && !confirming.value ? (
          <button type="button" class="link-btn" onClick={() => (confirming.value = true)}>
            {t.t('chat.end')}
          </button>
        ) : null}
      </div>
      {confirming.value && open ? (
        <div class="notice">
          <p>{t.t('chat.endConfirm')}</p>
          <div class="actions">
            <button ref={confirm} type="button" class="btn btn-primary" onClick={() => void end()}>
              {t.t('chat.endYes')}
            </button>
            <button
              type="button"
              class="btn btn-secondary"
              onClick={() => (confirming.value = false)}
            >
              {t.t('chat.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {phase === 'queued' && queue ? (
        <p class="muted">
          {t.t('chat.queue', {
            position: queue.position,
            wait: t.duration(Math.max(1, Math.round(queue.etaSec / 60))),
          })}
        </p>
      ) : null}
      {linkText ? (
        <p class={link.state === 'connecting' ? 'link-state' : 'link-state down'}>{linkText}</p>
      ) : null}
    </div>
  );
}
