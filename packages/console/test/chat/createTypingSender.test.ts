import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createTypingSender,
  TYPING_IDLE_MS,
  TYPING_RENEW_MS,
} from '../../src/chat/createTypingSender.ts';

describe('createTypingSender', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function sender() {
    const sent: boolean[] = [];
    const typing = createTypingSender(async (active) => {
      sent.push(active);
    }, Date.now);
    return { sent, typing };
  }

  it('says "typing" once per renewal period however fast the agent types', () => {
    const { sent, typing } = sender();
    for (let i = 0; i < 20; i++) {
      typing.input();
      vi.advanceTimersByTime(100);
    }
    expect(sent).toEqual([true]);
    vi.advanceTimersByTime(TYPING_RENEW_MS);
    typing.input();
    expect(sent).toEqual([true, true]);
  });

  it('says "stopped" after a pause, once, and starts again on the next key', () => {
    const { sent, typing } = sender();
    typing.input();
    vi.advanceTimersByTime(TYPING_IDLE_MS + 10);
    expect(sent).toEqual([true, false]);
    vi.advanceTimersByTime(TYPING_IDLE_MS * 3);
    expect(sent).toEqual([true, false]);
    typing.input();
    expect(sent).toEqual([true, false, true]);
  });

  it('says "stopped" at once on send, and nothing when the agent was not typing', () => {
    const { sent, typing } = sender();
    typing.stop();
    expect(sent).toEqual([]);
    typing.input();
    typing.stop();
    vi.advanceTimersByTime(TYPING_IDLE_MS * 2);
    expect(sent).toEqual([true, false]);
  });

  it('swallows a failed send: a lost indicator is not an error to show', async () => {
    const typing = createTypingSender(() => Promise.reject(new Error('offline')), Date.now);
    expect(() => typing.input()).not.toThrow();
    await vi.runAllTimersAsync();
  });
});
