import { isDestekError, LIMITS } from '@destek/core';
import { canCaptureTab } from '@destek/screenshot';
import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { useT } from '../../i18n/useT.ts';
import type { FileRejection } from '../coreTypes.ts';
import { fieldId } from '../fields/fieldId.ts';
import { usePanel } from '../PanelServices.ts';
import { ImageQueueEditor } from '../screenshot/ImageQueueEditor.tsx';
import { looksLikeImage } from '../screenshot/looksLikeImage.ts';
import { useImageQueue } from '../screenshot/useImageQueue.ts';
import { issueText } from '../words/issueText.ts';
import { RefusalList } from '../words/RefusalList.tsx';
import { rejectionText } from '../words/rejectionText.ts';
import type { StepProps } from './StepProps.ts';

/**
 * Step 4: screenshots and files. Other files (PDF, logs) go to the client as
 * they are; images (picked, pasted, dropped or captured from this tab) are
 * checked by their bytes, opened in the editor, and only the edited, masked,
 * compressed result is attached: the original never reaches the outbox.
 */
export function FilesStep({ issuesOf, holdFooter }: StepProps): JSX.Element {
  const t = useT();
  const { client, announcer } = usePanel();
  const input = useRef<HTMLInputElement>(null);
  const zone = useRef<HTMLElement>(null);
  const chooser = useRef<HTMLButtonElement>(null);
  const capturer = useRef<HTMLButtonElement>(null);
  const rejected = useSignal<readonly FileRejection[]>([]);
  const over = useSignal(false);
  const note = useSignal('');
  const images = useImageQueue();
  const working = images.working;
  const capturable = useMemo(() => canCaptureTab(), []);
  const files = client.files.value;
  const limit = client.config.limits.attachments;
  const editing = images.items.value.length > 0 && images.kit.value !== null;
  useEffect(() => {
    holdFooter?.(editing);
    return () => holdFooter?.(false);
  }, [editing]);

  const room = () => limit - client.files.value.length - images.items.value.length;
  /** Shows and announces refusals (added to those of the same batch) and what was added. */
  const tell = (refused: readonly FileRejection[], accepted: number, batchGoesOn = false) => {
    rejected.value = batchGoesOn ? [...rejected.value, ...refused] : refused;
    if (refused.length > 0) announcer.alarm(refused.map((r) => rejectionText(t, r)).join(' '));
    if (accepted > 0) announcer.say(t.t('files.added', { count: accepted }));
  };

  const add = async (list: FileList | null | undefined) => {
    const chosen = list ? [...list] : [];
    if (chosen.length === 0) return;
    note.value = '';
    const others = chosen.filter((file) => !looksLikeImage(file));
    const pictures = chosen.filter(looksLikeImage);
    const refused = others.length > 0 ? client.addFiles(others) : [];
    const accepted = others.length - refused.length;
    if (pictures.length === 0) return tell(refused, accepted);
    working.value = true;
    try {
      refused.push(...(await images.prepare(pictures, room(), limit, zone.current)));
    } catch {
      announcer.alarm(t.t('panel.loadFailed'));
    } finally {
      working.value = false;
    }
    tell(refused, accepted);
  };

  const capture = async () => {
    if (working.value) return;
    note.value = '';
    if (room() <= 0) return tell([{ name: t.t('files.capture'), code: 'too_many', limit }], 0);
    working.value = true;
    try {
      const { captureTab } = await images.getKit(zone.current);
      const host = (zone.current?.getRootNode() as ShadowRoot | undefined)?.host;
      const outcome = await captureTab({
        mask: client.config.mask,
        hide: () => {
          host?.setAttribute('data-capturing', '');
          return () => host?.removeAttribute('data-capturing');
        },
      });
      if (outcome.status === 'cancelled') {
        note.value = t.t('files.captureCancelled');
        announcer.say(note.value);
        capturer.current?.focus();
      } else {
        images.enqueue({ image: outcome.image, masked: outcome.masks.length, original: null });
      }
    } catch (error) {
      const wrong = isDestekError(error, 'capture_wrong_surface');
      note.value = t.t(wrong ? 'files.captureWrongSurface' : 'files.captureFailed');
      announcer.alarm(note.value);
      capturer.current?.focus();
    } finally {
      working.value = false;
    }
  };

  const refusals = <RefusalList refused={rejected.value} />;
  if (editing) {
    return (
      <section aria-label={t.t('field.attachments')} ref={zone}>
        {refusals}
        <ImageQueueEditor
          queue={images}
          attach={(file) => {
            const refused = client.addFiles([file]);
            tell(refused, 1 - refused.length, true);
          }}
          afterLast={() => chooser.current?.focus()}
        />
      </section>
    );
  }

  const issues = issuesOf('attachments');
  return (
    // Paste and drop land anywhere in the step; the buttons are the keyboard way in.
    <section
      ref={zone}
      aria-label={t.t('field.attachments')}
      aria-busy={working.value ? 'true' : undefined}
      class={over.value ? 'dropzone over' : 'dropzone'}
      onPaste={(event) => void add(event.clipboardData?.files)}
      onDragOver={(event) => {
        event.preventDefault();
        over.value = true;
      }}
      onDragLeave={() => {
        over.value = false;
      }}
      onDrop={(event) => {
        event.preventDefault();
        over.value = false;
        void add(event.dataTransfer?.files);
      }}
    >
      <p class="muted" id="destek-files-help">
        {t.t('files.help', {
          count: client.config.limits.attachments,
          size: t.bytes(LIMITS.attachmentBytes),
        })}
      </p>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          void add(event.currentTarget.files);
          event.currentTarget.value = '';
        }}
      />
      <button
        ref={chooser}
        type="button"
        id={fieldId('attachments')}
        class="btn btn-secondary"
        aria-describedby="destek-files-help"
        onClick={() => input.current?.click()}
      >
        {t.t('files.choose')}
      </button>{' '}
      {capturable ? (
        <button
          ref={capturer}
          type="button"
          class="btn btn-secondary"
          aria-disabled={working.value ? 'true' : undefined}
          onClick={capture}
        >
          {t.t('files.capture')}
        </button>
      ) : null}
      <p class="muted">{t.t('files.dropHint')}</p>
      {working.value ? <p class="muted">{t.t('files.preparing')}</p> : null}
      {note.value ? <p class="issue">{note.value}</p> : null}
      {refusals}
      {issues.map((issue) => (
        <p key={issue.code} class="issue">
          {issueText(t, issue)}
        </p>
      ))}
      {files.length === 0 ? (
        <p class="muted">{t.t('files.none')}</p>
      ) : (
        <ul class="list">
          {files.map((file) => (
            <li key={file.id} class="card row">
              <span class="card-title">
                {file.name} <span class="muted">({t.bytes(file.bytes)})</span>
              </span>
              <button
                type="button"
                class="btn btn-secondary"
                onClick={() => client.removeFile(file.id)}
              >
                <span aria-hidden="true">✕</span>
                <span class="sr-only">{t.t('files.remove', { name: file.name })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
