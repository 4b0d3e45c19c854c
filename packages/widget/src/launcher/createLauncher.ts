const SVG = 'http://www.w3.org/2000/svg';
// A speech bubble with a question mark; drawn with DOM calls, never parsed from markup.
const ICON_PATH =
  'M12 2C6.5 2 2 5.9 2 10.7c0 2.6 1.3 4.9 3.4 6.5L4.6 22l4.9-2.7c.8.2 1.6.3 2.5.3 5.5 0 10-3.9 10-8.8S17.5 2 12 2zm.9 14h-2v-2h2v2zm1.6-5.6-.9.9c-.6.6-.7 1-.7 1.7h-2v-.5c0-1 .4-1.8 1-2.4l1.2-1.2c.4-.3.6-.8.6-1.3 0-1-.8-1.7-1.7-1.7s-1.7.7-1.7 1.7H8.3a3.7 3.7 0 0 1 7.4 0c0 1.1-.5 2-1.2 2.8z';

/** The round button that opens the panel, with an unread badge. Plain DOM: no framework in the first script. */
export interface Launcher {
  button: HTMLButtonElement;
  setLabel(label: string): void;
  setExpanded(expanded: boolean): void;
  /** Shows `count` unread replies; 0 hides the badge. */
  setUnread(count: number, label: string): void;
}

export function createLauncher(root: ShadowRoot, label: string, onClick: () => void): Launcher {
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
  const badge = doc.createElement('span');
  badge.className = 'badge';
  badge.hidden = true;
  button.append(svg, badge);
  button.addEventListener('click', onClick);
  root.appendChild(button);
  let baseLabel = label;
  let unreadLabel = '';
  const applyLabel = () =>
    button.setAttribute('aria-label', unreadLabel ? `${baseLabel}, ${unreadLabel}` : baseLabel);
  return {
    button,
    setLabel: (next) => {
      baseLabel = next;
      applyLabel();
    },
    setExpanded: (expanded) => button.setAttribute('aria-expanded', String(expanded)),
    setUnread: (count, label) => {
      badge.hidden = count <= 0;
      badge.textContent = count > 99 ? '99+' : String(count);
      unreadLabel = count > 0 ? label : '';
      applyLabel();
    },
  };
}
