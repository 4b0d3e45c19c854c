import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../../src/backend/memoryBackend.ts';
import { createSupportClient } from '../../src/client/createSupportClient.ts';

// Real IndexedDB in Chromium: the default storage of drafts and the visitor id.
describe('a report’s files across a reload (IndexedDB)', () => {
  it('keeps the attached files, bytes and all, until the report is saved', async () => {
    const storage = { outbox: null };
    const first = await createSupportClient({ backend: memoryBackend() }, storage);
    // Another test's draft would read as this one's.
    for (const file of first.files.value) first.removeFile(file.id);
    const shot = new File([new Uint8Array([1, 2, 3, 250])], 'checkout.webp', {
      type: 'image/webp',
    });
    const log = new File(['GET /pay 502\n'], 'network.log', { type: 'text/plain' });
    expect(first.addFiles([shot, log])).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 700)); // past the autosave debounce
    const firstVisitor = localStorage.getItem('destek:visitor');
    first.destroy();

    // localStorage lost (as after a crash): the visitor id comes back from IndexedDB.
    localStorage.removeItem('destek:visitor');
    const second = await createSupportClient({ backend: memoryBackend() }, storage);
    expect(localStorage.getItem('destek:visitor')).toBe(firstVisitor);
    expect(second.files.value.map((file) => [file.name, file.type, file.bytes])).toEqual([
      ['checkout.webp', 'image/webp', 4],
      ['network.log', 'text/plain', 13],
    ]);
    const [shotBack] = second.files.value;
    if (!shotBack) throw new Error('the screenshot did not come back');
    expect([...new Uint8Array(await shotBack.blob.arrayBuffer())]).toEqual([1, 2, 3, 250]);
    for (const file of second.files.value) second.removeFile(file.id);
    await new Promise((resolve) => setTimeout(resolve, 700));
    second.destroy();

    const third = await createSupportClient({ backend: memoryBackend() }, storage);
    expect(third.files.value).toEqual([]);
    third.destroy();
  });
});
