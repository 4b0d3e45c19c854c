// @vitest-environment happy-dom
import { BackendError, type IdbFactoryLike, memoryBackend } from '@destek/core';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fillReport } from './fillReport.ts';
import { renderPanel } from './renderPanel.tsx';

afterEach(cleanup);

/** An IndexedDB whose probe database opens and deletes fine. */
function workingIndexedDb(): IdbFactoryLike {
  const request = () => {
    const pending = { result: { close() {} } } as unknown as IDBOpenDBRequest;
    setTimeout(() => pending.onsuccess?.(new Event('success')));
    return pending;
  };
  return { open: request, deleteDatabase: request };
}

/** A device that is online with a supported browser; `clockAheadMs` sets its clock off the server's. */
function device(options: { cookies?: boolean; clockAheadMs?: number } = {}) {
  return {
    clock: () => Date.now() + (options.clockAheadMs ?? 0),
    platform: {
      navigator: { onLine: true, cookieEnabled: options.cookies ?? true },
      indexedDB: workingIndexedDb(),
      features: {
        fetch: true,
        promise: true,
        indexedDb: true,
        shadowDom: true,
        cssCustomProperties: true,
      },
    },
  };
}

const FOUR_MINUTES = 4 * 60_000 + 5000;

/** Each result's words, without its decorative mark. */
const results = () =>
  screen.getAllByRole('listitem').map((li) => li.lastElementChild?.textContent ?? '');

describe('Quick checks', () => {
  it('shows progress, then each result in words with its fix, problems first', async () => {
    const { announcer } = await renderPanel({
      start: { name: 'checks' },
      core: device({ cookies: false, clockAheadMs: FOUR_MINUTES }),
    });
    expect(screen.getByText('Checking your connection, clock and browser…')).toBeTruthy();
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(await screen.findByText('We found 2 problems.', { selector: 'p' })).toBeTruthy();
    const items = results();
    expect(items[0]).toBe(
      'Device clock: ProblemYour device clock is 4 minutes ahead, which breaks one-time codes.' +
        'Turn on automatic date and time in your device settings.',
    );
    expect(items[1]).toContain('Cookies: Problem');
    expect(items[1]).toContain('Allow cookies for this site in your browser settings.');
    expect(items.slice(2).every((text) => text.endsWith(': OK'))).toBe(true);
    expect(items.some((text) => text.startsWith('App version'))).toBe(false);
    expect(announcer.status.value).toBe('We found 2 problems.');
  });

  it('words the results in Turkish', async () => {
    await renderPanel({
      start: { name: 'checks' },
      locale: 'tr',
      core: device({ clockAheadMs: -FOUR_MINUTES }),
    });
    expect(await screen.findByText('1 sorun bulduk.', { selector: 'p' })).toBeTruthy();
    expect(
      screen.getByText(
        'Cihazınızın saati 4 dakika geri; bu yüzden tek kullanımlık kodlar çalışmaz.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Cihaz ayarlarınızda otomatik tarih ve saati açın.')).toBeTruthy();
  });

  it('runs again on request, and an outdated app is named with both versions', async () => {
    const backend = memoryBackend();
    backend.faults.failNext(1, {
      error: () => new BackendError('offline', 'no network'),
      methods: ['status'],
    });
    await renderPanel({
      start: { name: 'checks' },
      backend,
      core: { ...device(), app: { version: '4.11.0', latestVersion: '4.12.0' } },
    });
    expect(await screen.findByText('We found 2 problems.', { selector: 'p' })).toBeTruthy();
    expect(screen.getByText('We cannot reach our support service.')).toBeTruthy();
    expect(results()).toContain('Device clock: Could not check');
    expect(screen.getByText('You have version 4.11.0; version 4.12.0 is out.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Run again' }));
    expect(await screen.findByText('We found 1 problem.', { selector: 'p' })).toBeTruthy();
    expect(screen.queryByText('We cannot reach our support service.')).toBeNull();
  });

  it('says when everything is fine, and offers no report then', async () => {
    await renderPanel({ start: { name: 'checks' }, core: device() });
    expect(await screen.findByText('Everything looks fine.', { selector: 'p' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Report a problem' })).toBeNull();
  });

  it('offers a report when something failed, and the sent report carries the checks', async () => {
    const { backend, client, router } = await renderPanel({
      start: { name: 'checks' },
      core: device({ cookies: false }),
    });
    await screen.findByText('These results are attached to your report.');
    fireEvent.click(screen.getByRole('button', { name: 'Report a problem' }));
    expect(router.route.value).toEqual({ name: 'report', step: 1 });
    fillReport(client);
    const entry = await client.send();
    await waitFor(() => expect(entry.state.value.status).toBe('sent'), { timeout: 4000 });
    // The device's checks run again at send; the backend's come from the review step.
    const [ticket] = [...backend.world.tickets.values()];
    expect(ticket?.report?.diagnostics).toContainEqual(
      expect.objectContaining({ id: 'cookies', status: 'warn' }),
    );
  });
});
