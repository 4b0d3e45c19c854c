import type { Rect } from '@destek/screenshot';
import type { JSX } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

export interface EditorBoxProps {
  /** `crop` is the crop area in crop mode. */
  kind: 'redact' | 'highlight' | 'crop';
  /** `data-box` value: the box's id, or `crop`. */
  id: number | 'crop';
  rect: Rect;
  /** The part of the image the stage shows; the box is placed in percent of it. */
  region: Rect;
  label: string;
  selected: boolean;
  describedBy: string;
}

/**
 * One box over the picture, as a real button: focusable, labelled, moved by
 * the editor's pointer and key handlers (which find it by `data-box`). It is
 * placed with CSS custom properties set through the CSSOM, which a CSP
 * without `'unsafe-inline'` allows (only `style` attributes in markup are blocked).
 */
export function EditorBox(props: EditorBoxProps): JSX.Element {
  const element = useRef<HTMLButtonElement>(null);
  const { rect, region } = props;
  useLayoutEffect(() => {
    const style = element.current?.style;
    if (!style) return;
    const percent = (value: number, of: number) => `${(value / of) * 100}%`;
    style.setProperty('--l', percent(rect.x - region.x, region.width));
    style.setProperty('--t', percent(rect.y - region.y, region.height));
    style.setProperty('--w', percent(rect.width, region.width));
    style.setProperty('--h', percent(rect.height, region.height));
  }, [rect.x, rect.y, rect.width, rect.height, region.x, region.y, region.width, region.height]);
  return (
    <button
      ref={element}
      type="button"
      class={`shot-box ${props.kind}`}
      data-box={String(props.id)}
      aria-label={props.label}
      aria-pressed={props.selected ? 'true' : 'false'}
      aria-describedby={props.describedBy}
    >
      <span class="shot-handle" data-handle="" aria-hidden="true" />
    </button>
  );
}
