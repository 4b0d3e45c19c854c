import { isDestekError, LIMITS } from '@destek/core';
import { canCaptureTab, type Edits } from '@destek/screenshot';
import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { useT } from '../../i18n/useT.ts';
import type { FileRejection } from '../coreTypes.ts';
import { fieldId } from '../fields/fieldId.ts';
import { usePanel } from '../PanelServices.ts';
import { finishedName } from '../screenshot/finishedName.ts';
import { looksLikeImage } from '../screenshot/looksLikeImage.ts';
import type { PreparedImage } from '../screenshot/prepareImage.ts';
import { issueText } from '../words/issueText.ts';
import { rejectionText } from '../words/rejectionText.ts';
import type { StepProps } from './StepProps.ts';

type Kit = typeof import('../screenshot/screenshotKit.ts');
/** The editor, checks, capture and compressor: fetched only when an image or a capture needs them. */
const loadKit = () => import('../screenshot/screenshotKit.ts');

/** An image waiting for the editor; `original` is null for a capture. */
interface Queued extends PreparedImage {
  readonly id: number;
  readonly original: string | null;
}

/** Frees a decoded image's memory; the editor shows the next one. */
function release(item: Queued): void {
  if ('close' in item.image) item.image.close();
  else item.image.width = 0;
}

/**
 * Step 4: screenshots and files. Other files (PDF, logs) go to the client as
 * they are; images (picked, pasted, dropped or captured from this tab) are
 * checked by their bytes, opened in the editor, and only the edited, masked,
 * compressed result is attached: the original never reaches the outbox.
 */
export function FilesStep({ issuesOf }: StepProps): JSX.Element {
  const t = useT();
  const { client, announcer, now } = usePanel();
  const input = useRef<HTMLInputElement>(null);
  const zone = useRef<HTMLElement>(null);
  const chooser = useRef<HTMLButtonElement>(null);
  const capturer = useRef<HTMLButtonElement>(null);
  const rejected = useSignal<readonly FileRejection[]>([]);
  const over = useSignal(false);
  const kit = useSignal<Kit | null>(null);
  const queue = useSignal<readonly Queued[]>([]);
  const batch = useSignal(0);
  const working = useSignal(false);
  const note = useSignal('');
  const nextId = useRef(1);
  const capturable = useMemo(() => canCaptureTab(), []);
  const files = client.files.value;

  useEffect(() => () => queue.peek().forEach(release), [queue]);

  const getKit = async (): Promise<Kit> => {
    const loaded = kit.value ?? (await loadKit());
    if (zone.current) loaded.adoptStyles(zone.current, loaded.screenshotEditorCss);
    kit.value = loaded;
    return loaded;
  };
  const room = () =>
    client.config.limits.attachments - client.files.value.length - queue.value.length;
  /** Shows and announces refusals (added to those of the same batch) and what was added. */
  const tell = (refused: readonly FileRejection[], accepted: number, batchGoesOn = false) => {
    rejected.value = batchGoesOn ? [...rejected.value, ...refused] : refused;
    if (refused.length > 0) announcer.alarm(refused.map((r) => rejectionText(t, r)).join(' '));
    if (accepted > 0) announcer.say(t.t('files.added', { count: accepted }));
  };
  const enqueue = (items: readonly Queued[]) => {
    if (queue.value.length === 0) batch.value = 0;
    batch.value += items.length;
    queue.value = [...queue.value, ...items];
  };
  const next = (item: Queued) => {
    release(item);
    queue.value = queue.value.filter((queued) => queued !== item);
    if (queue.value.length === 0) queueMicrotask(() => chooser.current?.focus());
  };

  const add = async (list: FileList | null | undefined) => {
    const chosen = list ? [...list] : [];
    if (chosen.length === 0) return;
    note.value = '';
    const others = chosen.filter((file) => !looksLikeImage(file));
    const images = chosen.filter(looksLikeImage);
    const refused = others.length > 0 ? client.addFiles(others) : [];
    const accepted = others.length - refused.length;
    if (images.length === 0) return tell(refused, accepted);
    working.value = true;
    try {
      const { prepareImage } = await getKit();
      const ready: Queued[] = [];
      for (const file of images) {
        const limit = client.config.limits.attachments;
        if (room() - ready.length <= 0) {
          refused.push({ name: file.name || 'image', code: 'too_many', limit });
          continue;
        }
        const result = await prepareImage(file);
        if ('rejection' in result) refused.push(result.rejection);
        else ready.push({ ...result.prepared, id: nextId.current++, original: file.name });
      }
      enqueue(ready);
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
    if (room() <= 0) {
      const limit = client.config.limits.attachments;
      return tell([{ name: t.t('files.capture'), code: 'too_many', limit }], 0);
    }
    working.value = true;
    try {
      const { captureTab } = await getKit();
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
        const { image, masks } = outcome;
        enqueue([{ image, masked: masks.length, id: nextId.current++, original: null }]);
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

  const finish = async (item: Queued, edits: Edits) => {
    const loaded = kit.value;
    if (!loaded) return;
    const blob = await loaded.compressEdits(item.image, edits);
    const name = finishedName(item.original, blob.type, now());
    const refused = client.addFiles([new File([blob], name, { type: blob.type })]);
    tell(refused, 1 - refused.length, true);
    next(item);
  };

  const refusals =
    rejected.value.length > 0 ? (
      <ul class="list">
        {rejected.value.map((r, i) => (
          <li key={`${r.name}-${i}`} class="issue">
            {rejectionText(t, r)}
          </li>
        ))}
      </ul>
    ) : null;
  const current = queue.value[0];
  const Editor = kit.value?.ScreenshotEditor;
  if (current && Editor) {
    const index = batch.value - queue.value.length + 1;
    return (
      <section aria-label={t.t('field.attachments')} ref={zone}>
        {refusals}
        <Editor
          key={current.id}
          image={current.image}
          masked={current.masked}
          position={batch.value > 1 ? { index, total: batch.value } : null}
          onAttach={(edits) => finish(current, edits)}
          onDiscard={() => next(current)}
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
