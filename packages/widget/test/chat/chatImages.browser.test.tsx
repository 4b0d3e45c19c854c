import { memoryBackend } from '@destek/core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { limePixels, photo } from '../panel/imageFiles.ts';
import { mountInShadow } from '../panel/mountInShadow.ts';
import { button, pick } from '../panel/shadowControls.ts';

/**
 * Pictures sent in a chat take the report's path: checked by their bytes,
 * edited in the screenshot editor, compressed; only the result is uploaded.
 */
/** The chat's own file input (the panel has no other while the chat is shown, but be exact). */
const COMPOSER_INPUT = '.composer input[type="file"]';

let mounted: Awaited<ReturnType<typeof mountInShadow>> | null = null;
afterEach(() => {
  mounted?.remove();
  mounted = null;
});

async function startChat(width = 1280, height = 800) {
  await page.viewport(width, height);
  const backend = memoryBackend({ agentName: 'Aylin' });
  mounted = await mountInShadow({ backend });
  const { root, panel } = mounted;
  panel.show({ screen: 'chat' });
  await expect.poll(() => root.querySelector('#destek-summary') !== null).toBe(true);
  await userEvent.fill(root.querySelector('#destek-summary') as HTMLElement, 'Card declined');
  await userEvent.selectOptions(root.querySelector('#destek-category') as HTMLElement, 'payment');
  root.querySelector<HTMLButtonElement>('form.body .btn-primary')?.click();
  await expect.poll(() => root.querySelector('#destek-chat-text') !== null).toBe(true);
  return { backend, root };
}

describe('images in the chat', () => {
  it.each([
    [1280, 800],
    [390, 844],
  ])(
    'opens a picked picture in the editor at %i×%i and uploads only the masked, compressed result',
    async (width, height) => {
      const { backend, root } = await startChat(width, height);
      const original = await photo('declined.png');
      pick(root, [original], COMPOSER_INPUT);
      await expect
        .poll(() => root.querySelector('#destek-shot-title')?.textContent, { timeout: 20_000 })
        .toBe('Edit the screenshot');
      // While editing, the thread and composer give way to the editor.
      expect(root.querySelector('#destek-chat-text')).toBeNull();
      await userEvent.click(button(root, 'Hide area'));
      // For people to look at (git-ignored), as the chat's other screens.
      await page.screenshot({ path: `__screenshots__/chat-image-editor-${width}x${height}.png` });
      await userEvent.click(button(root, 'Attach'));

      await expect.poll(() => backend.world.attachments.size, { timeout: 30_000 }).toBe(1);
      const [stored] = [...backend.world.attachments.values()];
      expect(stored?.meta.name).toBe('declined.webp');
      expect(stored?.blob.type).toBe('image/webp');
      expect(await limePixels(stored?.blob as Blob)).toBe(0);
      // Sent as a message, and back to writing.
      await expect
        .poll(() => root.querySelector('.thread')?.textContent ?? '', { timeout: 15_000 })
        .toContain('declined.webp');
      await expect.poll(() => root.activeElement?.id).toBe('destek-chat-text');
    },
    90_000,
  );

  it('refuses an HTML page named .png by name, sends nothing, and keeps the chat', async () => {
    const { backend, root } = await startChat();
    const html = new File(['<!doctype html><h1>invoice</h1>'], 'invoice.png', {
      type: 'image/png',
    });
    pick(root, [html], COMPOSER_INPUT);
    // Said aloud and shown beside the thread, naming the file.
    await expect
      .poll(() => root.querySelector('[role="alert"]')?.textContent ?? '', { timeout: 20_000 })
      .toContain('invoice.png');
    expect(root.querySelector('.chat-body .issue')?.textContent).toContain('invoice.png');
    await page.screenshot({ path: '__screenshots__/chat-image-refused-1280x800.png' });
    expect(root.querySelector('#destek-shot-title')).toBeNull();
    expect(root.querySelector('#destek-chat-text')).not.toBeNull();
    expect(backend.world.attachments.size).toBe(0);
  }, 60_000);

  it('lets the user discard the picture, uploading nothing', async () => {
    const { backend, root } = await startChat();
    pick(root, [await photo('private.png')], COMPOSER_INPUT);
    await expect
      .poll(() => root.querySelector('#destek-shot-title') !== null, { timeout: 20_000 })
      .toBe(true);
    await userEvent.click(button(root, 'Discard'));
    await expect.poll(() => root.activeElement?.id).toBe('destek-chat-text');
    expect(backend.world.attachments.size).toBe(0);
  }, 60_000);
});
