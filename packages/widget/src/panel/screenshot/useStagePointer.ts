import type { Rect } from '@destek/screenshot';
import type { RefObject, TargetedPointerEvent } from 'preact';
import { useRef } from 'preact/hooks';
import { type DragSession, dragRect, pointOnImage } from './dragRect.ts';
import type { EditorBox as Box } from './editGeometry.ts';
import type { EditorModel } from './useEditorModel.ts';

/** A drag shorter than this (CSS px) is a tap: it selects or deselects, it draws nothing. */
const TAP_PX = 8;

type Handler = (event: TargetedPointerEvent<HTMLElement>) => void;

/**
 * Pointer handling on the stage, for mouse, touch and pen alike: a drag on
 * the picture draws a box (or, while cropping, a new crop area); on a box it
 * moves the box; on its corner handle it resizes it. The stage captures the
 * pointer, so a drag may leave the picture. Nothing is committed until the
 * pointer is up: undo takes back a whole drag.
 */
export function useStagePointer(
  model: EditorModel,
  stage: RefObject<HTMLElement | null>,
  busy: () => boolean,
): {
  onPointerDown: Handler;
  onPointerMove: Handler;
  onPointerUp: Handler;
  onPointerCancel: () => void;
} {
  const drag = useRef<DragSession | null>(null);
  const minimum = () =>
    (TAP_PX / Math.max(1, stage.current?.clientWidth ?? 1)) * model.region().width;
  const tiny = (rect: Rect | null | undefined) =>
    !rect || rect.width < minimum() || rect.height < minimum();
  return {
    onPointerDown(event) {
      if (busy() || (event.pointerType === 'mouse' && event.button !== 0)) return;
      const target = event.target as Element;
      const attr = target.closest('[data-box]')?.getAttribute('data-box');
      const id = attr === 'crop' ? 'crop' : attr ? Number(attr) : null;
      drag.current = {
        mode: id === null ? 'draw' : target.hasAttribute('data-handle') ? 'resize' : 'move',
        id: id ?? (model.cropping.value ? 'crop' : null),
        pointerId: event.pointerId,
        start: pointOnImage(event.currentTarget, model.region(), event),
        origin: id === null ? model.cropping.value : model.rectOf(id),
      };
      if (id !== null) model.select(id);
      else event.preventDefault();
      event.currentTarget.setPointerCapture(event.pointerId);
    },
    onPointerMove(event) {
      const session = drag.current;
      if (!session || session.pointerId !== event.pointerId) return;
      const region = model.region();
      const point = pointOnImage(event.currentTarget, region, event);
      const rect = dragRect(session, point, region, minimum());
      const saved = model.saved();
      if (session.id === 'crop') model.cropping.value = rect;
      else if (session.id === null) {
        const drawn: Box = { id: model.peekId(), kind: model.tool.value, ...rect };
        model.live.value = { ...saved, boxes: [...saved.boxes, drawn] };
      } else model.live.value = model.withBox(session.id, rect);
    },
    onPointerUp(event) {
      const session = drag.current;
      if (!session || session.pointerId !== event.pointerId) return;
      drag.current = null;
      const made = model.live.value;
      const drawn = made?.boxes[made.boxes.length - 1];
      if (session.id === 'crop') {
        if (session.mode === 'draw' && tiny(model.cropping.value)) {
          model.cropping.value = session.origin;
        }
      } else if (session.id !== null) {
        if (made) model.commit(made);
      } else if (!made || tiny(drawn)) {
        model.live.value = null;
        model.select(null);
      } else {
        model.takeId();
        model.commit(made);
        model.select(drawn?.id ?? null, true);
      }
    },
    onPointerCancel() {
      drag.current = null;
      model.live.value = null;
    },
  };
}
