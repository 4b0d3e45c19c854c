import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../../src/backend/memoryBackend.ts';
import { keepSession } from '../../src/client/keepSession.ts';
import { BackendError } from '../../src/errors/BackendError.ts';

const visitor = { anonId: 'a1b2c3d4e5f6a7b8c9d0' };

describe('keepSession', () => {
  it('opens the session on the first call that needs it', async () => {
    const backend = memoryBackend();
    const kept = keepSession(backend, visitor);
    await expect(kept.listTickets()).resolves.toEqual([]);
  });

  it('retries a session that failed to open (offline at start) before the next call', async () => {
    const backend = memoryBackend();
    backend.faults.failNext(1, {
      error: () => new BackendError('offline', 'down'),
      methods: ['connect'],
    });
    const kept = keepSession(backend, visitor);
    await expect(kept.connect(visitor)).rejects.toMatchObject({ code: 'offline' });
    await expect(kept.listTickets()).resolves.toEqual([]);
  });

  it('reopens an expired session once and repeats the call', async () => {
    const backend = memoryBackend();
    const kept = keepSession(backend, visitor);
    await kept.listTickets();
    backend.faults.failNext(1, {
      error: () => new BackendError('unauthorized', 'expired'),
      methods: ['listTickets'],
    });
    await expect(kept.listTickets()).resolves.toEqual([]);
  });

  it('gives up after one reopen, so a refused identity is not retried forever', async () => {
    const backend = memoryBackend();
    const kept = keepSession(backend, visitor);
    backend.faults.failNext(2, {
      error: () => new BackendError('unauthorized', 'refused'),
      methods: ['listTickets'],
    });
    await expect(kept.listTickets()).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('passes other errors through unchanged', async () => {
    const backend = memoryBackend();
    const kept = keepSession(backend, visitor);
    backend.faults.failNext(1, {
      error: () => new BackendError('rate_limited', 'slow down', { retryAfterMs: 5000 }),
      methods: ['listTickets'],
    });
    await expect(kept.listTickets()).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 5000,
    });
  });

  it('says the session is open once the backend accepted it', async () => {
    const kept = keepSession(memoryBackend(), visitor);
    expect(kept.session.value).toEqual({ status: 'closed' });
    await kept.listTickets();
    expect(kept.session.value).toEqual({ status: 'open' });
  });

  it('says the site was refused when the backend does not know it, instead of an expired session', async () => {
    const backend = memoryBackend();
    backend.faults.failNext(1, {
      methods: ['connect'],
      error: () =>
        new BackendError('unauthorized', 'Unknown site key', {
          status: 401,
          wireCode: 'unknown_site',
        }),
    });
    const kept = keepSession(backend, visitor);
    await expect(kept.listTickets()).rejects.toMatchObject({ wireCode: 'unknown_site' });
    expect(kept.session.value).toEqual({ status: 'refused', reason: 'unknown_site' });
  });

  it('does not call a network failure a refusal', async () => {
    const backend = memoryBackend();
    backend.faults.failNext(1, {
      methods: ['connect'],
      error: () => new BackendError('offline', 'down'),
    });
    const kept = keepSession(backend, visitor);
    await expect(kept.listTickets()).rejects.toMatchObject({ code: 'offline' });
    expect(kept.session.value).toEqual({ status: 'closed' });
  });
});
