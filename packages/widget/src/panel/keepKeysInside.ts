const KEY_EVENTS = ['keydown', 'keypress', 'keyup'] as const;

/**
 * Keeps the keys typed in the widget from reaching the host page's key
 * listeners. Outside a shadow root an event's target is the widget's host
 * element, not the field typed in, so a page's hotkeys ("/" to search, "?"
 * for help), which ignore keys typed in fields by looking at `event.target`,
 * would take the user's keystrokes. The widget's own handlers, inside the
 * root, have run by the time a key bubbles up to it. Returns a function that
 * stops it.
 */
export function keepKeysInside(root: ShadowRoot): () => void {
  const stop = (event: Event) => event.stopPropagation();
  for (const type of KEY_EVENTS) root.addEventListener(type, stop);
  return () => {
    for (const type of KEY_EVENTS) root.removeEventListener(type, stop);
  };
}
