import { LIMITS } from '@destek/core';
import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { useT } from '../../i18n/useT.ts';
import type { FileRejection } from '../coreTypes.ts';
import { fieldId } from '../fields/fieldId.ts';
import { usePanel } from '../PanelServices.ts';
import { issueText } from '../words/issueText.ts';
import { rejectionText } from '../words/rejectionText.ts';
import type { StepProps } from './StepProps.ts';

/**
 * Step 4: files from the picker, a paste or a drop. The client checks each
 * (type by its bytes, size, count); a refused one is named with the limit.
 */
export function FilesStep({ issuesOf }: StepProps): JSX.Element {
  const t = useT();
  const { client, announcer } = usePanel();
  const input = useRef<HTMLInputElement>(null);
  const rejected = useSignal<readonly FileRejection[]>([]);
  const over = useSignal(false);
  const files = client.files.value;

  const add = (list: FileList | null | undefined) => {
    const chosen = list ? [...list] : [];
    if (chosen.length === 0) return;
    const refused = client.addFiles(chosen);
    rejected.value = refused;
    const accepted = chosen.length - refused.length;
    if (refused.length > 0) announcer.alarm(refused.map((r) => rejectionText(t, r)).join(' '));
    if (accepted > 0) announcer.say(t.t('files.added', { count: accepted }));
  };
  const issues = issuesOf('attachments');
  return (
    // Paste and drop land anywhere in the step; the picker button is the keyboard way in.
    <section
      aria-label={t.t('field.attachments')}
      class={over.value ? 'dropzone over' : 'dropzone'}
      onPaste={(event) => add(event.clipboardData?.files)}
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
        add(event.dataTransfer?.files);
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
          add(event.currentTarget.files);
          event.currentTarget.value = '';
        }}
      />
      <button
        type="button"
        id={fieldId('attachments')}
        class="btn btn-secondary"
        aria-describedby="destek-files-help"
        onClick={() => input.current?.click()}
      >
        {t.t('files.choose')}
      </button>
      <p class="muted">{t.t('files.dropHint')}</p>
      {rejected.value.length > 0 ? (
        <ul class="list">
          {rejected.value.map((r, i) => (
            <li key={`${r.name}-${i}`} class="issue">
              {rejectionText(t, r)}
            </li>
          ))}
        </ul>
      ) : null}
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
