import { describe, expect, it } from 'vitest';
import { leaseLock, webLock } from '../../src/outbox/SendLock.ts';

describe('send locks in a real browser', () => {
  it('lets one holder of a Web Lock send while another is refused at once', async () => {
    const name = `destek-test-${crypto.randomUUID()}`;
    const tabA = webLock(navigator.locks, name);
    const tabB = webLock(navigator.locks, name);
    let refused: boolean | undefined;
    const ranA = await tabA.run(async () => {
      refused = !(await tabB.run(async () => {}));
    });
    expect(ranA).toBe(true);
    expect(refused).toBe(true);
    expect(await tabB.run(async () => {})).toBe(true);
  });

  it('falls back to a lease in the real localStorage', async () => {
    const name = `destek-lease-${crypto.randomUUID()}`;
    const tabA = leaseLock(localStorage, name, { owner: 'a' });
    const tabB = leaseLock(localStorage, name, { owner: 'b' });
    let inner: boolean | undefined;
    await tabA.run(async () => {
      expect(JSON.parse(localStorage.getItem(name) ?? '{}').owner).toBe('a');
      inner = await tabB.run(async () => {});
    });
    expect(inner).toBe(false);
    expect(localStorage.getItem(name)).toBeNull();
  });
});
