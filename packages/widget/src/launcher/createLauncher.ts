const SVG = 'http://www.w3.org/2000/svg';
// A speech bubble; drawn with DOM calls, never parsed from markup.
const ICON_PATH =
  'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H10l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z';

/** The round button that opens the panel. Plain DOM: no framework in the first script. */
export interface Launcher {
  button: HTMLButtonElement;
  setLabel(label: string): void;
  setExpanded(expanded: boolean): void;
}

/**
 * @param onIntent called when a click is likely to follow (a pointer or a
 *   finger arrives, keyboard focus lands): the panel starts loading then,
 *   ahead of the click.
 */
export function createLauncher(
  root: ShadowRoot,
  label: string,
  onClick: () => void,
  onIntent: () => void,
): Launcher {
  const doc = root.ownerDocument;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-label', label);
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = doc.createElementNS(SVG, 'path');
  path.setAttribute('d', ICON_PATH);
  svg.appendChild(path);
  button.append(svg);
  button.addEventListener('click', onClick);
  // A touch fires pointerenter too, just before pointerdown. Once each: offline,
  // every hover would otherwise try (and report) the load again; a click still does.
  button.addEventListener('pointerenter', onIntent, { once: true });
  button.addEventListener('focus', onIntent, { once: true });
  root.appendChild(button);
  return {
    button,
    setLabel: (next) => button.setAttribute('aria-label', next),
    setExpanded: (expanded) => button.setAttribute('aria-expanded', String(expanded)),
  };
}
