import type { Edits } from '@destek/screenshot';
import { useSignal } from '@preact/signals';
import type { JSX, TargetedKeyboardEvent } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { useT } from '../../i18n/useT.ts';
import { EditorBox } from './EditorBox.tsx';
import { moveRect, resizeRect } from './editGeometry.ts';
import { useEditorModel } from './useEditorModel.ts';
import { useStageCanvas } from './useStageCanvas.ts';
import { useStagePointer } from './useStagePointer.ts';

export interface ScreenshotEditorProps {
  /** The picture to edit; a capture arrives with its automatic masks already burned in. */
  image: CanvasImageSource & { readonly width: number; readonly height: number };
  /** How many areas were masked automatically (said to the user). */
  masked: number;
  /** Which of several queued images this is; null for one. */
  position: { index: number; total: number } | null;
  /** Finishes the image with these edits; a rejection shows the failure and keeps the edits. */
  onAttach: (edits: Edits) => Promise<void>;
  onDiscard: () => void;
}

const ARROWS: Record<string, readonly [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The screenshot editor: redaction boxes (opaque) and highlight boxes
 * (outlined) added from the toolbar or drawn by dragging, moved and resized
 * by pointer (mouse, touch, pen) or keys (arrows move the focused box, Shift
 * with arrows resizes it, Delete removes it), a crop, and undo of every step
 * (also Ctrl/⌘+Z). Boxes are buttons over a canvas showing the picture; the
 * edits go to `onAttach` in the picture's own pixels, burned in at full quality.
 */
export function ScreenshotEditor(props: ScreenshotEditorProps): JSX.Element {
  const t = useT();
  const { image } = props;
  const full = useMemo(() => ({ x: 0, y: 0, width: image.width, height: image.height }), [image]);
  const model = useEditorModel(full);
  const busy = useSignal(false);
  const failed = useSignal(false);
  const stage = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const pointer = useStagePointer(model, stage, () => busy.value);
  const saved = model.saved();
  const state = model.live.value ?? saved;
  const region = model.region();
  const cropping = model.cropping.value;
  const canvas = useStageCanvas(stage, image, region);
  // One key press moves or resizes by 1% of the picture's longer side.
  const step = Math.max(1, Math.round(Math.max(region.width, region.height) / 100));

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (model.focusBox.value === null) return;
    stage.current?.querySelector<HTMLElement>(`[data-box="${model.focusBox.value}"]`)?.focus();
    model.focusBox.value = null;
  }, [model.focusBox.value]);

  const onStageKey = (event: TargetedKeyboardEvent<HTMLElement>) => {
    const attr = (event.target as Element).closest('[data-box]')?.getAttribute('data-box');
    const id = attr === 'crop' ? 'crop' : Number(attr);
    const rect = attr && !busy.value ? model.rectOf(id) : null;
    if (!rect) return;
    const arrow = ARROWS[event.key];
    if (arrow) {
      const [dx, dy] = [arrow[0] * step, arrow[1] * step];
      const next = event.shiftKey
        ? resizeRect(rect, dx, dy, region, step)
        : moveRect(rect, dx, dy, region);
      if (id === 'crop') model.cropping.value = next;
      else model.commit(model.withBox(id, next));
      model.select(id);
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && id !== 'crop') {
      model.remove(id, () => heading.current?.focus());
    } else return;
    event.preventDefault();
  };
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      model.undo();
    }
  };
  const endCrop = (apply: boolean) => {
    model.endCrop(apply);
    heading.current?.focus();
  };
  const attach = async () => {
    if (busy.value) return;
    busy.value = true;
    failed.value = false;
    try {
      await props.onAttach({
        crop: saved.crop,
        boxes: saved.boxes.map(({ kind, x, y, width, height }) => ({ kind, x, y, width, height })),
      });
    } catch {
      failed.value = true;
    } finally {
      busy.value = false;
    }
  };

  const tool = (kind: 'redact' | 'highlight') => (
    <button
      type="button"
      class="btn btn-secondary"
      aria-pressed={model.tool.value === kind ? 'true' : 'false'}
      onClick={() => model.add(kind)}
    >
      {t.t(`editor.${kind}`)}
    </button>
  );
  const selected = model.selected.value;
  const numbers = { redact: 0, highlight: 0 };
  return (
    <section class="shot" aria-labelledby="destek-shot-title" onKeyDown={onKeyDown}>
      <h4 id="destek-shot-title" ref={heading} tabIndex={-1}>
        {t.t('editor.title')}
      </h4>
      {props.position ? <p class="muted">{t.t('editor.position', props.position)}</p> : null}
      {props.masked > 0 ? (
        <p class="muted">{t.t('editor.masked', { count: props.masked })}</p>
      ) : null}
      <fieldset class="shot-tools">
        <legend class="sr-only">{t.t('editor.tools')}</legend>
        {cropping ? (
          <>
            <button type="button" class="btn btn-primary" onClick={() => endCrop(true)}>
              {t.t('editor.applyCrop')}
            </button>
            <button type="button" class="btn btn-secondary" onClick={() => endCrop(false)}>
              {t.t('editor.cancelCrop')}
            </button>
          </>
        ) : (
          <>
            {tool('redact')}
            {tool('highlight')}
            <button type="button" class="btn btn-secondary" onClick={model.startCrop}>
              {t.t('editor.crop')}
            </button>
            <button
              type="button"
              class="btn btn-secondary"
              disabled={model.history.value.length < 2}
              onClick={model.undo}
            >
              {t.t('editor.undo')}
            </button>
            <button
              type="button"
              class="btn btn-secondary"
              disabled={typeof selected !== 'number'}
              onClick={() =>
                typeof selected === 'number' &&
                model.remove(selected, () => heading.current?.focus())
              }
            >
              {t.t('editor.delete')}
            </button>
          </>
        )}
      </fieldset>
      <figure
        ref={stage}
        class="shot-stage"
        aria-label={t.t('editor.picture')}
        onKeyDown={onStageKey}
        {...pointer}
      >
        <canvas ref={canvas} class="shot-canvas" />
        {cropping ? (
          <EditorBox
            kind="crop"
            id="crop"
            rect={cropping}
            region={region}
            label={t.t('editor.box.crop')}
            selected
            describedBy="destek-shot-help"
          />
        ) : (
          state.boxes.map((box) => (
            <EditorBox
              key={box.id}
              kind={box.kind}
              id={box.id}
              rect={box}
              region={region}
              label={t.t(`editor.box.${box.kind}`, { number: ++numbers[box.kind] })}
              selected={selected === box.id}
              describedBy="destek-shot-help"
            />
          ))
        )}
      </figure>
      <div class="shot-actions">
        <button
          type="button"
          class="btn btn-secondary"
          disabled={busy.value}
          onClick={props.onDiscard}
        >
          {t.t('editor.discard')}
        </button>
        <button
          type="button"
          class="btn btn-primary"
          aria-disabled={busy.value ? 'true' : undefined}
          onClick={attach}
        >
          {busy.value ? t.t('editor.working') : t.t('editor.attach')}
        </button>
      </div>
      {failed.value ? (
        <p class="issue" role="alert">
          {t.t('editor.failed')}
        </p>
      ) : null}
      <p class="muted" id="destek-shot-help">
        {t.t('editor.help')}
      </p>
    </section>
  );
}
