// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPanel } from './renderPanel.tsx';

afterEach(cleanup);

const png = (name: string, bytes: number) =>
  new File([new Uint8Array(bytes).fill(1)], name, { type: 'image/png' });

function pick(files: File[]): void {
  const input = document.querySelector('input[type="file"]');
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

describe('report step 4: attachments', () => {
  it('lists picked files and removes one', async () => {
    const { client } = await renderPanel({ start: { name: 'report', step: 4 } });
    pick([png('screen.png', 2048)]);
    expect(screen.getByText('screen.png')).toBeTruthy();
    expect(client.files.value.map((f) => f.name)).toEqual(['screen.png']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove screen.png' }));
    expect(client.files.value).toEqual([]);
    expect(screen.getByText('No files attached.')).toBeTruthy();
  });

  it('names each refused file with the reason and the limit', async () => {
    const { announcer } = await renderPanel({ start: { name: 'report', step: 4 } });
    pick([
      new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' }),
      png('huge.png', 10 * 1024 * 1024 + 1),
      new File([], 'empty.txt', { type: 'text/plain' }),
    ]);
    expect(screen.getByText('logo.svg: this type of file cannot be attached.')).toBeTruthy();
    expect(screen.getByText('huge.png is larger than 10 MB.')).toBeTruthy();
    expect(screen.getByText('empty.txt is empty.')).toBeTruthy();
    expect(announcer.alert.value).toContain('huge.png is larger than 10 MB.');
  });

  it('takes files from a paste', async () => {
    const { client } = await renderPanel({ start: { name: 'report', step: 4 } });
    const zone = document.querySelector('.dropzone');
    if (!zone) throw new Error('no drop zone');
    const event = new Event('paste', { bubbles: true });
    Object.defineProperty(event, 'clipboardData', { value: { files: [png('pasted.png', 100)] } });
    zone.dispatchEvent(event);
    expect(client.files.value.map((f) => f.name)).toEqual(['pasted.png']);
  });
});
