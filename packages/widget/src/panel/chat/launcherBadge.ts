const WORDS_ID = 'destek-unread';

/**
 * Shows `count` on the launcher (the first script's button, in the same
 * shadow root) and describes it to screen readers through
 * `aria-describedby`, leaving the button's own label alone. Drawn from the
 * chat chunk, so the first script stays within its budget. Zero removes it.
 */
export function drawLauncherBadge(root: ShadowRoot | null, count: number, words: string): void {
  const button = root?.querySelector<HTMLButtonElement>('button.launcher');
  if (!root || !button) return;
  let badge = button.querySelector('.launcher-badge');
  let description = root.getElementById(WORDS_ID);
  if (count <= 0) {
    badge?.remove();
    description?.remove();
    button.removeAttribute('aria-describedby');
    return;
  }
  const doc = root.ownerDocument;
  if (!badge || !description) {
    badge?.remove();
    description?.remove();
    badge = doc.createElement('span');
    badge.className = 'launcher-badge';
    badge.setAttribute('aria-hidden', 'true');
    // A hidden element still describes: screen readers read the words, not the digits.
    description = doc.createElement('span');
    description.id = WORDS_ID;
    description.hidden = true;
    button.append(badge, description);
  }
  // Drawn by CSS from an attribute: digits in the button's text would not match its label.
  badge.setAttribute('data-count', count > 99 ? '99+' : String(count));
  description.textContent = words;
  button.setAttribute('aria-describedby', WORDS_ID);
}
