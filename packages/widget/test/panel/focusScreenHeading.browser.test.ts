import { afterEach, describe, expect, it } from 'vitest';
import { focusScreenHeading } from '../../src/panel/focusScreenHeading.ts';

// Real Chromium: focus inside a shadow root, as the panel has it.
let host: HTMLElement | null = null;
afterEach(() => {
  host?.remove();
  host = null;
});

/** A dialog in a shadow root with a footer button and, optionally, a screen already drawn. */
function dialogWith(screen: string): { root: ShadowRoot; dialog: HTMLElement } {
  host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const dialog = document.createElement('div');
  dialog.tabIndex = -1;
  dialog.innerHTML = `${screen}<button type="button" id="next">Next</button>`;
  root.append(dialog);
  return { root, dialog };
}

const SCREEN =
  '<h3 data-screen-heading tabindex="-1">Step 5 of 5</h3><input id="email" type="email">';

describe('focusScreenHeading', () => {
  it('moves focus from the previous screen (the footer button) to the new heading', () => {
    const { root, dialog } = dialogWith(SCREEN);
    root.getElementById('next')?.focus();
    focusScreenHeading(dialog);
    expect(root.activeElement?.tagName).toBe('H3');
  });

  it('leaves focus in a field of the new screen the user is already typing in', () => {
    // The move runs after the frame is drawn; a user (or a busy machine) can be in a field by then,
    // and focus taken from it sends the next keystrokes nowhere.
    const { root, dialog } = dialogWith(SCREEN);
    const email = root.getElementById('email') as HTMLInputElement;
    email.focus();
    focusScreenHeading(dialog);
    expect(root.activeElement).toBe(email);
  });

  it('follows a heading drawn late, unless the user moved on meanwhile', async () => {
    const { root, dialog } = dialogWith('');
    focusScreenHeading(dialog);
    expect(root.activeElement).toBe(dialog);
    dialog.insertAdjacentHTML('afterbegin', SCREEN);
    await expect.poll(() => root.activeElement?.tagName).toBe('H3');
  });
});
