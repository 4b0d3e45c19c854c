import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { limePixels, photo, whitePng } from './imageFiles.ts';
import { renderFilesStep } from './renderFilesStep.tsx';
import { button, pick } from './shadowControls.ts';

let view: Awaited<ReturnType<typeof renderFilesStep>> | null = null;
afterEach(() => {
  view?.remove();
  view = null;
  vi.unstubAllGlobals();
});

const MB = 1024 * 1024;

const editorOpen = (root: ShadowRoot) =>
  expect.poll(() => root.querySelector('#destek-shot-title')?.textContent, { timeout: 20_000 });

describe('report step 4: images', () => {
  it('opens a picked image in the editor and attaches only the edited, compressed result', async () => {
    view = await renderFilesStep();
    const original = await photo('checkout.png');
    expect(await limePixels(original)).toBe(100 * 100);
    pick(view.root, [original]);
    await editorOpen(view.root).toBe('Edit the screenshot');
    // The box added from the toolbar sits in the middle, over the lime square.
    await userEvent.click(button(view.root, 'Hide area'));
    await userEvent.click(button(view.root, 'Attach'));
    await expect.poll(() => view?.client.files.value.length, { timeout: 30_000 }).toBe(1);
    const [attached] = view.client.files.value;
    expect(attached?.name).toBe('checkout.webp');
    expect(attached?.type).toBe('image/webp');
    expect(attached?.blob).not.toBe(original);
    expect(await limePixels(attached?.blob as Blob)).toBe(0);
    // Back to the list, with focus on the way in.
    await expect.poll(() => view?.root.activeElement?.textContent).toBe('Choose files');
    expect(view.text()).toContain('checkout.webp');
  }, 60_000);

  it('refuses an HTML page named .png, a 50 MB image, a 20000×20000 PNG and a GIF, and keeps the rest', async () => {
    view = await renderFilesStep();
    const html = new File(['<!doctype html><h1>invoice</h1>'], 'invoice.png', {
      type: 'image/png',
    });
    const big = new File([await whitePng('x.png', 10, 10), new Uint8Array(50 * MB)], 'camera.png', {
      type: 'image/png',
    });
    const poster = await whitePng('poster.png', 20000, 20000);
    const gif = new File(
      [new TextEncoder().encode('GIF89a\x40\x01\xc8\x00'), new Uint8Array(64)],
      'loop.gif',
      {
        type: 'image/gif',
      },
    );
    const notes = new File(['steps: 1. open 2. pay'], 'notes.txt', { type: 'text/plain' });
    pick(view.root, [html, big, poster, gif, notes, await photo('good.png')]);
    await editorOpen(view.root).toBe('Edit the screenshot');
    await userEvent.click(button(view.root, 'Attach'));
    await expect.poll(() => view?.client.files.value.length, { timeout: 30_000 }).toBe(2);
    expect(view.client.files.value.map((f) => f.name)).toEqual(['notes.txt', 'good.webp']);
    const said = view.text();
    expect(said).toContain('invoice.png: this type of file cannot be attached.');
    expect(said).toContain('camera.png is larger than 25 MB.');
    expect(said).toContain('poster.png has too many pixels (more than 40,000,000).');
    expect(said).toContain('loop.gif: this type of file cannot be attached.');
  }, 60_000);

  it('walks through several images one at a time, and refuses those over the count', async () => {
    view = await renderFilesStep({ limits: { attachments: 2 } });
    pick(view.root, [
      await photo('a.png', 400, 300),
      await photo('b.png', 400, 300),
      await photo('c.png', 400, 300),
    ]);
    await editorOpen(view.root).toBe('Edit the screenshot');
    expect(view.text()).toContain('Image 1 of 2');
    await userEvent.click(button(view.root, 'Attach'));
    await expect.poll(() => view?.text().includes('Image 2 of 2'), { timeout: 30_000 }).toBe(true);
    await userEvent.click(button(view.root, 'Discard'));
    await expect.poll(() => view?.text().includes('Choose files')).toBe(true);
    expect(view.client.files.value.map((f) => f.name)).toEqual(['a.webp']);
    expect(view.text()).toContain('c.png was not added: at most 2 files.');
  }, 60_000);

  it('offers "Capture this tab" where the browser can, and no dead button where it cannot', async () => {
    view = await renderFilesStep();
    expect(() => button(view?.root as ShadowRoot, 'Capture this tab')).not.toThrow();
    view.remove();
    vi.stubGlobal('navigator', { ...navigator, mediaDevices: {} });
    view = await renderFilesStep();
    expect(() => button(view?.root as ShadowRoot, 'Capture this tab')).toThrow();
    expect(view.text()).toContain('Choose files');
  });
});
