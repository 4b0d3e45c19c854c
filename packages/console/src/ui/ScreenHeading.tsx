import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A screen's `h1`. It takes focus when the screen opens, so keyboard and
 * screen-reader users land at the top of what changed, as after a page load.
 */
export function ScreenHeading(props: { children: ComponentChildren }): JSX.Element {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} class="screen-heading">
      {props.children}
    </h1>
  );
}
