import type { Rect } from '@destek/screenshot';
import { type Signal, useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { type EditorBox as Box, centredRect, type EditorState } from './editGeometry.ts';

const START: EditorState = { crop: null, boxes: [] };

/** The editor's state and every action on it; the views only read and call. */
export interface EditorModel {
  /** The picture's own size. */
  readonly full: Rect;
  /** Every committed step; the last is the current one. Undo drops the last. */
  readonly history: Signal<readonly EditorState[]>;
  /** The state while a pointer drag is under way, shown but not yet committed. */
  readonly live: Signal<EditorState | null>;
  /** The crop area being chosen; null outside crop mode. */
  readonly cropping: Signal<Rect | null>;
  readonly selected: Signal<number | 'crop' | null>;
  /** The kind of box a drag on the picture draws. */
  readonly tool: Signal<Box['kind']>;
  /** A box to move focus to after the next render. */
  readonly focusBox: Signal<string | null>;
  saved(): EditorState;
  /** The part of the picture the stage shows: all of it while cropping, else the crop. */
  region(): Rect;
  commit(next: EditorState): void;
  withBox(id: number, rect: Rect): EditorState;
  rectOf(id: number | 'crop'): Rect | null;
  select(id: number | 'crop' | null, focus?: boolean): void;
  /** The id the next box will get. */
  peekId(): number;
  takeId(): number;
  add(kind: Box['kind']): void;
  /** Removes a box; focus goes to the previous one, or `onEmpty` when none is left. */
  remove(id: number, onEmpty: () => void): void;
  undo(): void;
  startCrop(): void;
  endCrop(apply: boolean): void;
}

/** The editor's model for a picture of `full` size. */
export function useEditorModel(full: Rect): EditorModel {
  const history = useSignal<readonly EditorState[]>([START]);
  const live = useSignal<EditorState | null>(null);
  const cropping = useSignal<Rect | null>(null);
  const selected = useSignal<number | 'crop' | null>(null);
  const tool = useSignal<Box['kind']>('redact');
  const focusBox = useSignal<string | null>(null);
  const ids = useRef(1);
  const saved = () => history.value[history.value.length - 1] ?? START;
  const region = () => (cropping.value ? full : (saved().crop ?? full));
  const model: EditorModel = {
    full,
    history,
    live,
    cropping,
    selected,
    tool,
    focusBox,
    saved,
    region,
    commit(next) {
      history.value = [...history.value, next];
      live.value = null;
    },
    withBox: (id, rect) => ({
      ...saved(),
      boxes: saved().boxes.map((box) => (box.id === id ? { ...box, ...rect } : box)),
    }),
    rectOf: (id) =>
      id === 'crop' ? cropping.value : (saved().boxes.find((box) => box.id === id) ?? null),
    select(id, focus = false) {
      selected.value = id;
      if (focus && id !== null) focusBox.value = String(id);
    },
    peekId: () => ids.current,
    takeId: () => ids.current++,
    add(kind) {
      tool.value = kind;
      const box: Box = { id: model.takeId(), kind, ...centredRect(region(), 0.4) };
      model.commit({ ...saved(), boxes: [...saved().boxes, box] });
      model.select(box.id, true);
    },
    remove(id, onEmpty) {
      const rest = saved().boxes.filter((box) => box.id !== id);
      model.commit({ ...saved(), boxes: rest });
      const previous = rest[rest.length - 1];
      model.select(previous ? previous.id : null, previous !== undefined);
      if (!previous) onEmpty();
    },
    undo() {
      if (history.value.length < 2) return;
      history.value = history.value.slice(0, -1);
      if (!saved().boxes.some((box) => box.id === selected.value)) selected.value = null;
    },
    startCrop() {
      // A tenth in from each edge: the dimmed margin shows what a crop does, and leaves room to draw another.
      const inset = Math.round(Math.min(full.width, full.height) * 0.1);
      cropping.value = saved().crop ?? {
        x: inset,
        y: inset,
        width: full.width - 2 * inset,
        height: full.height - 2 * inset,
      };
      model.select('crop', true);
    },
    endCrop(apply) {
      if (apply && cropping.value) model.commit({ ...saved(), crop: cropping.value });
      cropping.value = null;
      model.select(null);
    },
  };
  return model;
}
