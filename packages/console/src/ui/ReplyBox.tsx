import { newId } from '@destek/protocol';
import { useSignal } from '@preact/signals';
import type { ComponentChildren, JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { errorText } from '../api/errorText.ts';
import { CannedPicker } from './CannedPicker.tsx';

export interface ReplyBoxProps {
  /** Prefix of element ids, unique on the page. */
  idPrefix: string;
  label: string;
  sendLabel: string;
  /**
   * Sends the text. The client id stays the same across retries of one
   * draft, so a retry after a lost answer cannot post the reply twice.
   */
  onSend: (text: string, clientId: string) => Promise<void>;
  /** Every keystroke (for the typing indicator). */
  onType?: () => void;
  /** Focus left the box, or the text was sent. */
  onIdle?: () => void;
  /** Enter sends and Shift+Enter starts a new line, as in chat apps. @default false */
  enterSends?: boolean;
  /** The conversation's language, to offer canned answers in it first. */
  locale?: string | undefined;
  /** Extra controls shown before the send button (a status to set, say). */
  children?: ComponentChildren;
}

/** A labelled reply box with canned answers, send, and the reason when a send fails. */
export function ReplyBox(props: ReplyBoxProps): JSX.Element {
  const text = useSignal('');
  const busy = useSignal(false);
  const problem = useSignal<string | null>(null);
  const clientId = useRef(newId());
  const area = useRef<HTMLTextAreaElement>(null);
  const areaId = `${props.idPrefix}-text`;
  const problemId = `${props.idPrefix}-problem`;

  const send = async () => {
    const value = text.value.trim();
    if (value === '' || busy.value) {
      if (value === '') problem.value = 'Write a reply first.';
      return;
    }
    busy.value = true;
    problem.value = null;
    props.onIdle?.();
    try {
      await props.onSend(value, clientId.current);
      text.value = '';
      clientId.current = newId();
      area.current?.focus();
    } catch (error) {
      problem.value = `Not sent: ${errorText(error)} Your text is kept; send again to retry.`;
    } finally {
      busy.value = false;
    }
  };

  const insert = (snippet: string) => {
    const box = area.current;
    const start = box?.selectionStart ?? text.value.length;
    const end = box?.selectionEnd ?? text.value.length;
    text.value = text.value.slice(0, start) + snippet + text.value.slice(end);
    problem.value = null;
    requestAnimationFrame(() => {
      box?.focus();
      box?.setSelectionRange(start + snippet.length, start + snippet.length);
    });
  };

  return (
    <form
      class="reply"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <label for={areaId}>{props.label}</label>
      <textarea
        id={areaId}
        ref={area}
        rows={3}
        value={text.value}
        aria-invalid={problem.value ? 'true' : undefined}
        aria-describedby={problem.value ? problemId : undefined}
        onInput={(event) => {
          text.value = event.currentTarget.value;
          if (problem.value === 'Write a reply first.') problem.value = null;
          props.onType?.();
        }}
        onKeyDown={(event) => {
          if (props.enterSends && event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            void send();
          }
        }}
        onBlur={() => props.onIdle?.()}
      />
      {props.enterSends ? <p class="hint">Enter sends; Shift+Enter starts a new line.</p> : null}
      {problem.value ? (
        <p id={problemId} class="error" role="alert">
          {problem.value}
        </p>
      ) : null}
      <div class="reply-tools">
        <CannedPicker idPrefix={props.idPrefix} locale={props.locale} onInsert={insert} />
        <div class="reply-send">
          {props.children}
          <button type="submit" class="btn btn-primary" disabled={busy.value}>
            {busy.value ? 'Sending…' : props.sendLabel}
          </button>
        </div>
      </div>
    </form>
  );
}
