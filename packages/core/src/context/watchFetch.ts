import type { RequestEntry } from './CapturedEntry.ts';
import { patchMethod } from './patchMethod.ts';

/** Where a watcher reports a failed request; it cleans and redacts the URL itself. */
export type RequestSink = (entry: Omit<RequestEntry, 'kind'>) => void;

function describeRequest(args: readonly unknown[]): { method: string; url: string } {
  const [input, init] = args;
  const initMethod =
    typeof init === 'object' && init !== null ? (init as { method?: unknown }).method : undefined;
  if (typeof input === 'object' && input !== null && 'url' in input) {
    // A Request object carries its own method; init still overrides it.
    const request = input as { url: unknown; method?: unknown };
    return {
      method: String(initMethod ?? request.method ?? 'GET').toUpperCase(),
      url: String(request.url),
    };
  }
  return { method: String(initMethod ?? 'GET').toUpperCase(), url: String(input) };
}

/**
 * Watches `owner.fetch` for failed requests. The caller gets the very promise
 * fetch returned (same resolution, same rejection, same timing); we observe it
 * on a side branch whose own outcome is always handled.
 */
export function watchFetch(owner: object, clock: () => number, sink: RequestSink): () => void {
  return patchMethod(
    owner,
    'fetch',
    (original) =>
      function (this: unknown, ...args: unknown[]) {
        const started = clock();
        const result = Reflect.apply(original, this, args);
        try {
          const { method, url } = describeRequest(args);
          if (
            typeof result === 'object' &&
            result !== null &&
            typeof (result as Promise<unknown>).then === 'function'
          ) {
            (result as Promise<{ ok?: boolean; status?: number; type?: string }>).then(
              (response) => {
                // Opaque (no-cors) answers report 0 and are not failures the page can see.
                if (
                  response.ok === false &&
                  response.type !== 'opaque' &&
                  typeof response.status === 'number'
                ) {
                  sink({
                    at: started,
                    method,
                    url,
                    status: response.status,
                    error: null,
                    durationMs: clock() - started,
                  });
                }
              },
              (error: unknown) => {
                const name =
                  typeof error === 'object' && error !== null
                    ? String((error as Error).name)
                    : 'Error';
                // An abort is the page's own decision, not a failure worth reporting.
                if (name === 'AbortError') return;
                sink({
                  at: started,
                  method,
                  url,
                  status: null,
                  error: name,
                  durationMs: clock() - started,
                });
              },
            );
          }
        } catch {
          // Watching must never change what the host sees.
        }
        return result;
      },
  );
}
