import type { Page } from 'playwright-core';

/** What a textarea holds after `fill`: line breaks normalised, cut at its maxlength. */
export function typedValue(text: string, maxLength: number): string {
  return text.replace(/\r\n?/g, '\n').slice(0, maxLength);
}

/**
 * Writes each text in the chat's message box and presses Enter, in the page:
 * the composer's own input and keydown handlers run, without a round trip
 * per message to the test. The box is given the text as `fill` would, so its
 * maxlength cuts it as it cuts a paste.
 */
export function typeInComposer(page: Page, texts: string[]): Promise<void> {
  return page.evaluate((all) => {
    const root = document.querySelector('[data-destek]')?.shadowRoot;
    const box = root?.querySelector<HTMLTextAreaElement>('#destek-chat-text');
    if (!box) throw new Error('No message box');
    for (const text of all) {
      box.focus();
      box.select();
      document.execCommand('insertText', false, text);
      box.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
      );
    }
  }, texts);
}
