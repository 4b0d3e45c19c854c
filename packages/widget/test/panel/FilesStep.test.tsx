// @vitest-environment happy-dom
import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderFilesStep } from './renderFilesStep.tsx';

let view: Awaited<ReturnType<typeof renderFilesStep>> | null = null;
afterEach(() => {
  view?.remove();
  view = null;
});

const log = (name: string, bytes: number) =>
  new File([new Uint8Array(bytes).fill(65)], name, { type: 'text/plain' });

function pick(root: ShadowRoot, files: File[]): void {
  const input = root.querySelector('input[type="file"]');
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

const button = (root: ShadowRoot, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);

// Files that are not images go to the client as they are, without loading
// the screenshot chunk; images are covered by FilesStep.browser.test.tsx.
describe('report step 4: other files', () => {
  it('lists picked files and removes one', async () => {
    view = await renderFilesStep();
    pick(view.root, [log('console.log', 2048)]);
    expect(view.text()).toContain('console.log');
    expect(view.client.files.value.map((f) => f.name)).toEqual(['console.log']);
    const remove = button(view.root, '✕Remove console.log');
    if (!remove) throw new Error('no remove button');
    fireEvent.click(remove);
    expect(view.client.files.value).toEqual([]);
    expect(view.text()).toContain('No files attached.');
  });

  it('names each refused file with the reason and the limit', async () => {
    view = await renderFilesStep();
    pick(view.root, [
      new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' }),
      log('huge.log', 10 * 1024 * 1024 + 1),
      new File([], 'empty.txt', { type: 'text/plain' }),
    ]);
    expect(view.text()).toContain('logo.svg: this type of file cannot be attached.');
    expect(view.text()).toContain('huge.log is larger than 10 MB.');
    expect(view.text()).toContain('empty.txt is empty.');
    expect(view.announcer.alert.value).toContain('huge.log is larger than 10 MB.');
  });

  it('takes files from a paste', async () => {
    view = await renderFilesStep();
    const zone = view.root.querySelector('.dropzone');
    if (!zone) throw new Error('no drop zone');
    const event = new Event('paste', { bubbles: true });
    Object.defineProperty(event, 'clipboardData', { value: { files: [log('pasted.txt', 100)] } });
    fireEvent(zone, event);
    expect(view.client.files.value.map((f) => f.name)).toEqual(['pasted.txt']);
  });
});
