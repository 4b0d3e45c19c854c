import type { ComponentChildren, JSX } from 'preact';

/**
 * A screen's heading. The panel moves focus here when the screen changes
 * (`data-screen-heading`), so a screen reader reads where the user is.
 */
export function ScreenHeading(props: { children: ComponentChildren; id?: string }): JSX.Element {
  return (
    <h3 tabIndex={-1} data-screen-heading="" id={props.id}>
      {props.children}
    </h3>
  );
}
