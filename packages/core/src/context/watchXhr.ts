import { patchMethod } from './patchMethod.ts';
import type { RequestSink } from './watchFetch.ts';

interface XhrLike {
  readonly status: number;
  addEventListener(type: string, listener: (event: { type: string }) => void): void;
}

/**
 * Watches `XMLHttpRequest.prototype.open`/`send` for failed requests. `open`
 * notes the method and URL, `send` adds a `loadend` listener to that one
 * request. Both forward to the originals with the same `this` and arguments.
 */
export function watchXhr(prototype: object, clock: () => number, sink: RequestSink): () => void {
  const opened = new WeakMap<object, { method: string; url: string }>();
  const undoOpen = patchMethod(
    prototype,
    'open',
    (original) =>
      function (this: unknown, ...args: unknown[]) {
        try {
          if (typeof this === 'object' && this !== null) {
            opened.set(this, {
              method: String(args[0] ?? 'GET').toUpperCase(),
              url: String(args[1] ?? ''),
            });
          }
        } catch {
          // Never let bookkeeping break the host's request.
        }
        return Reflect.apply(original, this, args);
      },
  );
  const undoSend = patchMethod(
    prototype,
    'send',
    (original) =>
      function (this: unknown, ...args: unknown[]) {
        try {
          const request = typeof this === 'object' && this !== null ? opened.get(this) : undefined;
          if (request) {
            const xhr = this as XhrLike;
            const started = clock();
            let failure: string | null = null;
            for (const type of ['error', 'abort', 'timeout']) {
              xhr.addEventListener(type, (event) => {
                failure = event.type;
              });
            }
            xhr.addEventListener('loadend', () => {
              const status = xhr.status;
              // An abort is the page's own decision, not a failure worth reporting.
              if (failure === 'abort' || (failure === null && status > 0 && status < 400)) return;
              sink({
                at: started,
                ...request,
                status: status > 0 ? status : null,
                error: status > 0 ? null : (failure ?? 'error'),
                durationMs: clock() - started,
              });
            });
          }
        } catch {
          // As above: observation is best-effort.
        }
        return Reflect.apply(original, this, args);
      },
  );
  return () => {
    undoSend();
    undoOpen();
  };
}
