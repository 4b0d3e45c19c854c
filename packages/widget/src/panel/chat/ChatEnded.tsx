import type { Chat } from '@destek/core';
import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useT } from '../../i18n/useT.ts';
import { usePanel } from '../PanelServices.ts';
import { errorText } from '../words/reasonText.ts';
import { chatTime } from './chatTime.ts';
import { downloadText } from './downloadText.ts';
import { MessageText } from './MessageText.tsx';

const SCORES = [1, 2, 3, 4, 5] as const;

/** 1–5 with an optional comment, sent together; thanks once stored. */
function RateChat(props: { chat: Chat }): JSX.Element {
  const t = useT();
  const { announcer } = usePanel();
  const score = useSignal(0);
  const comment = useSignal('');
  const rated = props.chat.rating.value;
  if (rated) return <p class="ok">{t.t('chat.rated')}</p>;
  const send = async (event: Event) => {
    event.preventDefault();
    if (score.value === 0) return;
    try {
      await props.chat.rate(score.value, comment.value);
      announcer.say(t.t('chat.rated'));
    } catch (error) {
      announcer.alarm(errorText(t, error));
    }
  };
  return (
    <form onSubmit={(event) => void send(event)}>
      <fieldset>
        <legend>{t.t('chat.rate')}</legend>
        <div class="stars">
          {SCORES.map((value) => (
            <label key={value} class="star-label">
              <input
                type="radio"
                name="destek-chat-rating"
                value={value}
                checked={score.value === value}
                aria-label={t.t('rating.value', { count: value })}
                onChange={() => (score.value = value)}
              />
              <span aria-hidden="true">{value}★</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field">
        <label for="destek-chat-comment">{t.t('chat.comment')}</label>
        <textarea
          id="destek-chat-comment"
          class="textarea"
          rows={2}
          maxLength={1000}
          value={comment.value}
          onInput={(event) => (comment.value = event.currentTarget.value)}
        />
      </div>
      <button
        type="submit"
        class="btn btn-primary"
        aria-disabled={score.value === 0 ? 'true' : undefined}
      >
        {t.t('chat.rateSend')}
      </button>
    </form>
  );
}

/** The transcript: downloaded as a text file, or e-mailed where the backend sends mail. */
function Transcript(props: { chat: Chat }): JSX.Element {
  const t = useT();
  const { client, announcer } = usePanel();
  const email = useSignal(client.config.user?.email ?? client.report.draft.value.contact.email);
  const sent = useSignal('');
  const download = (event: Event) => {
    const words = {
      visitor: t.t('chat.you'),
      agent: t.t('chat.agent'),
      system: t.t('chat.system'),
      time: (iso: string) => chatTime(t.locale, iso),
    };
    const doc = (event.currentTarget as HTMLElement).ownerDocument;
    const day = new Date().toISOString().slice(0, 10);
    downloadText(doc, props.chat.transcript(words), `chat-${day}.txt`);
  };
  const mail = async (event: Event) => {
    event.preventDefault();
    try {
      await props.chat.emailTranscript(email.value);
      sent.value = email.value.trim();
      announcer.say(t.t('chat.emailSent', { email: sent.value }));
    } catch (error) {
      announcer.alarm(errorText(t, error));
    }
  };
  return (
    <section aria-labelledby="destek-transcript">
      <h4 id="destek-transcript">{t.t('chat.transcriptTitle')}</h4>
      <button type="button" class="btn btn-secondary" onClick={download}>
        {t.t('chat.transcript')}
      </button>
      {client.backend.capabilities.email ? (
        <form class="row chat-mail" onSubmit={(event) => void mail(event)}>
          <div class="field">
            <label for="destek-chat-mail">{t.t('chat.emailTo')}</label>
            <input
              id="destek-chat-mail"
              class="input"
              type="email"
              autoComplete="email"
              required
              value={email.value}
              onInput={(event) => (email.value = event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="btn btn-secondary">
            {t.t('chat.emailSend')}
          </button>
        </form>
      ) : null}
      {sent.value ? <p class="ok">{t.t('chat.emailSent', { email: sent.value })}</p> : null}
    </section>
  );
}

/**
 * After the chat: the ticket it became (a left message), the agent's closing
 * note and next check, the rating, the transcript, and a new chat.
 */
export function ChatEnded(props: { chat: Chat }): JSX.Element {
  const t = useT();
  const { client } = usePanel();
  const { chat } = props;
  const reference = chat.ticketReference.value;
  const note = chat.closingNote.value;
  const agent = chat.agent.value;
  return (
    <div class="chat-end chat-body">
      {reference ? (
        <div class="notice">
          <p>{t.t('chat.savedAs')}</p>
          <p>
            <span class="reference">{reference}</span>
          </p>
          <p>{t.t('chat.savedReplies')}</p>
        </div>
      ) : null}
      {note ? (
        <section class="notice" aria-labelledby="destek-closing-note">
          <h4 id="destek-closing-note">
            {t.t('chat.note', { name: agent?.name ?? t.t('chat.agent') })}
          </h4>
          <p dir="auto">
            <MessageText text={note.text} />
          </p>
          {note.nextCheckAt ? (
            <p>{t.t('chat.nextCheck', { date: t.dateTime(Date.parse(note.nextCheckAt)) })}</p>
          ) : null}
        </section>
      ) : null}
      {agent && client.backend.capabilities.rating ? <RateChat chat={chat} /> : null}
      <Transcript chat={chat} />
      <p>
        <button type="button" class="btn btn-secondary" onClick={() => chat.reset()}>
          {t.t('chat.newChat')}
        </button>
      </p>
    </div>
  );
}
