import { type Chat, LIMITS } from '@destek/core';
import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { useT } from '../../i18n/useT.ts';
import type { FileRejection } from '../coreTypes.ts';
import { usePanel } from '../PanelServices.ts';
import { looksLikeImage } from '../screenshot/looksLikeImage.ts';
import type { ImageQueue } from '../screenshot/useImageQueue.ts';

/**
 * Writing a message: Enter sends (Shift+Enter for a new line), every
 * keystroke tells the agent (core throttles it). Files go through the same
 * checks as a report's before they upload with progress; images first through
 * the screenshot editor (`images`), so only the edited, compressed picture leaves.
 */
export function ChatComposer(props: {
  chat: Chat;
  images: ImageQueue;
  /** Shows and announces the files refused, each by name with the limit it broke. */
  refuse: (refused: readonly FileRejection[]) => void;
}): JSX.Element {
  const t = useT();
  const { client, announcer } = usePanel();
  const { chat, images, refuse } = props;
  const form = useRef<HTMLFormElement>(null);
  const text = useSignal('');
  const picker = useRef<HTMLInputElement>(null);
  const canAttach = client.backend.capabilities.attachments;

  const send = (event?: Event) => {
    event?.preventDefault();
    if (text.value.trim() === '') return;
    chat.send(text.value);
    text.value = '';
  };
  const attach = async (list: FileList | null) => {
    const chosen = list ? [...list] : [];
    const others = chosen.filter((file) => !looksLikeImage(file));
    const pictures = chosen.filter(looksLikeImage);
    const refused = others.length > 0 ? chat.attach(others) : [];
    if (pictures.length > 0) {
      // The chat counts its files when they are attached; here only the batch is bounded.
      const limit = client.config.limits.attachments;
      images.working.value = true;
      try {
        refused.push(...(await images.prepare(pictures, limit, limit, form.current)));
      } catch {
        announcer.alarm(t.t('panel.loadFailed'));
      } finally {
        images.working.value = false;
      }
    }
    refuse(refused);
  };

  return (
    <form ref={form} class="composer" onSubmit={send} aria-busy={images.working.value || undefined}>
      <label for="destek-chat-text" class="sr-only">
        {t.t('chat.message')}
      </label>
      <textarea
        id="destek-chat-text"
        class="textarea"
        rows={1}
        maxLength={LIMITS.messageChars}
        placeholder={t.t('chat.placeholder')}
        value={text.value}
        onInput={(event) => {
          text.value = event.currentTarget.value;
          chat.typing();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) send(event);
        }}
      />
      {canAttach ? (
        <>
          <input
            ref={picker}
            type="file"
            multiple
            hidden
            tabIndex={-1}
            aria-hidden="true"
            onChange={(event) => {
              void attach(event.currentTarget.files);
              event.currentTarget.value = '';
            }}
          />
          <button
            type="button"
            class="btn btn-secondary"
            aria-label={t.t('chat.attach')}
            title={t.t('chat.attach')}
            onClick={() => picker.current?.click()}
          >
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
              <path
                fill="currentColor"
                d="M16.5 6v11.5a4 4 0 0 1-8 0V5a2.5 2.5 0 0 1 5 0v10.5a1 1 0 0 1-2 0V6H10v9.5a2.5 2.5 0 0 0 5 0V5a4 4 0 0 0-8 0v12.5a5.5 5.5 0 0 0 11 0V6z"
              />
            </svg>
          </button>
        </>
      ) : null}
      <button type="submit" class="btn btn-primary">
        {t.t('chat.send')}
      </button>
    </form>
  );
}
