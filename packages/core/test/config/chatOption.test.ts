import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../../src/backend/memoryBackend.ts';
import { resolveConfig } from '../../src/config/resolveConfig.ts';

const backend = memoryBackend();

describe('the chat option', () => {
  it('offers a request after a minute without a connection by default', () => {
    expect(resolveConfig({ backend }).chat).toEqual({ offerTicketAfterSec: 60 });
  });

  it('keeps the time given', () => {
    expect(resolveConfig({ backend, chat: { offerTicketAfterSec: 20 } }).chat).toEqual({
      offerTicketAfterSec: 20,
    });
  });

  it.each([
    ['a time under 10 s', { offerTicketAfterSec: 5 }, 'chat.offerTicketAfterSec'],
    ['a fraction', { offerTicketAfterSec: 30.5 }, 'chat.offerTicketAfterSec'],
    ['a misspelt key', { offerAfter: 30 }, 'chat.offerAfter'],
    ['a number instead of an object', 30, 'chat'],
  ])('refuses %s, naming the option', (_, chat, path) => {
    expect(() => resolveConfig({ backend, chat } as never)).toThrowError(
      expect.objectContaining({ name: 'ConfigError', path }),
    );
  });
});
