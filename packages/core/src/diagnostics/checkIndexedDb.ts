import type { IdbFactoryLike } from '../config/Platform.ts';
import type { DiagnosticCheck } from './DiagnosticCheck.ts';

const PROBE = 'destek-probe';

/**
 * Opens (then deletes) a throwaway database: the only honest test, since
 * `indexedDB` exists in modes where opening fails (Firefox private windows,
 * some embedded webviews, a full disk). Without it reports still work, in
 * memory, so a failure is a warning.
 */
export function checkIndexedDb(factory: IdbFactoryLike | undefined): Promise<DiagnosticCheck> {
  const unavailable = (value: string): DiagnosticCheck => ({
    id: 'indexeddb',
    severity: 'warn',
    fix: 'enable_storage',
    value,
  });
  if (!factory) return Promise.resolve(unavailable('missing'));
  return new Promise((resolve) => {
    try {
      const request = factory.open(PROBE);
      request.onsuccess = () => {
        request.result.close();
        const ok = () =>
          resolve({ id: 'indexeddb', severity: 'ok', fix: null, value: 'available' });
        try {
          // Answer once the probe is gone, so a check leaves nothing behind.
          const removal = factory.deleteDatabase(PROBE);
          removal.onsuccess = ok;
          removal.onerror = ok;
          removal.onblocked = ok;
        } catch {
          // Leaving an empty probe database behind is harmless.
          ok();
        }
      };
      request.onerror = (event) => {
        // Handled here: keep the failure from reaching the host's error handlers.
        event.preventDefault();
        resolve(unavailable(request.error?.name ?? 'error'));
      };
      request.onblocked = () => resolve(unavailable('blocked'));
    } catch (error) {
      resolve(unavailable(error instanceof Error ? error.name : 'error'));
    }
  });
}
