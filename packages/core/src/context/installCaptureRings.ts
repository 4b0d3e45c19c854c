import { DEFAULT_CLOCK, DEFAULT_LIMITS } from '../config/defaults.ts';
import { redactText } from '../redaction/redactText.ts';
import type { CaptureSnapshot, ConsoleEntry, ErrorEntry, RequestEntry } from './CapturedEntry.ts';
import { cleanUrl } from './cleanUrl.ts';
import { describeValue } from './describeValue.ts';
import { patchMethod } from './patchMethod.ts';
import { watchFetch } from './watchFetch.ts';
import { watchXhr } from './watchXhr.ts';

/** The globals the rings hook into; `globalThis` in a page, a plain object in tests. */
export interface CaptureTarget {
  console?: object;
  fetch?: unknown;
  XMLHttpRequest?: { prototype: object };
  addEventListener?(
    type: string,
    listener: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  removeEventListener?(
    type: string,
    listener: (event: Event) => void,
    options?: EventListenerOptions,
  ): void;
}

/** What `installCaptureRings` keeps, and how. Every ring is off unless switched on. */
export interface CaptureOptions {
  /** Keep `console.error` calls. @default false */
  console?: boolean;
  /** Keep uncaught exceptions and unhandled rejections. @default false */
  errors?: boolean;
  /** Keep failed fetch and XMLHttpRequest requests. @default false */
  network?: boolean;
  /** Entries per ring. @default 20 */
  size?: number;
  /**
   * Masks secrets in each entry's text before it is stored, so the rings never
   * hold a raw secret even in memory. Pass your own to apply the site's policy
   * (`(t) => redactText(t, { email: config.privacy.email }).text`).
   * @default redactText with its default policy (everything masked)
   */
  redact?: (text: string) => string;
  /** @default Date.now */
  clock?: () => number;
  /** @default globalThis */
  target?: CaptureTarget;
}

/** Installed rings: read them, or take every hook out again. */
export interface CaptureRings {
  snapshot(): CaptureSnapshot;
  /** Removes every patch and listener; safe to call twice. */
  uninstall(): void;
}

function ring<T>(size: number) {
  const items: T[] = [];
  return {
    push(item: T) {
      items.push(item);
      if (items.length > size) items.shift();
    },
    list: (): readonly T[] => [...items],
  };
}

/**
 * Starts keeping the last console errors, uncaught errors and failed requests
 * (each opt-in), redacted, for attaching to a report. The host sees no
 * difference: patched functions forward `this`, arguments, return values and
 * exceptions untouched, and window listeners never cancel or stop events.
 * See `patchMethod` for how removal leaves later patches by the host intact.
 */
export function installCaptureRings(options: CaptureOptions = {}): CaptureRings {
  const target: CaptureTarget = options.target ?? (globalThis as CaptureTarget);
  const clock = options.clock ?? DEFAULT_CLOCK;
  const redact = options.redact ?? ((text: string) => redactText(text).text);
  const size = options.size ?? DEFAULT_LIMITS.ringEntries;
  const consoleRing = ring<ConsoleEntry>(size);
  const errorRing = ring<ErrorEntry>(size);
  const requestRing = ring<RequestEntry>(size);
  const undo: Array<() => void> = [];
  // A redactor or a host hook that logs would otherwise feed itself forever.
  let busy = false;
  const guarded = (work: () => void) => {
    if (busy) return;
    busy = true;
    try {
      work();
    } catch {
      // Capture is best-effort: it never throws into the host.
    } finally {
      busy = false;
    }
  };

  if (options.console && target.console) {
    undo.push(
      patchMethod(
        target.console,
        'error',
        (original) =>
          function (this: unknown, ...args: unknown[]) {
            guarded(() =>
              consoleRing.push({
                kind: 'console',
                at: clock(),
                message: redact(args.map(describeValue).join(' ')),
              }),
            );
            return Reflect.apply(original, this, args);
          },
      ),
    );
  }

  if (options.errors && target.addEventListener && target.removeEventListener) {
    const onError = (event: Event) =>
      guarded(() => {
        // With capture on, failed <img>/<script> loads arrive here too; only script errors have a message.
        const e = event as Partial<ErrorEvent>;
        if (typeof e.message !== 'string' && e.error === undefined) return;
        const source = e.filename
          ? `${cleanUrl(e.filename)}:${e.lineno ?? 0}:${e.colno ?? 0}`
          : null;
        const message =
          e.error !== undefined && e.error !== null ? describeValue(e.error) : String(e.message);
        errorRing.push({
          kind: 'error',
          at: clock(),
          message: redact(message),
          source: source && redact(source),
        });
      });
    const onRejection = (event: Event) =>
      guarded(() => {
        const reason = (event as Partial<PromiseRejectionEvent>).reason;
        errorRing.push({
          kind: 'rejection',
          at: clock(),
          message: redact(describeValue(reason)),
          source: null,
        });
      });
    // Capture phase: the host stopping propagation in its own listeners does not hide errors from us.
    const listen = { capture: true } as const;
    target.addEventListener('error', onError, listen);
    target.addEventListener('unhandledrejection', onRejection, listen);
    undo.push(() => {
      target.removeEventListener?.('error', onError, listen);
      target.removeEventListener?.('unhandledrejection', onRejection, listen);
    });
  }

  if (options.network) {
    const sink = (entry: Omit<RequestEntry, 'kind'>) =>
      guarded(() =>
        requestRing.push({ kind: 'request', ...entry, url: redact(cleanUrl(entry.url)) }),
      );
    if (typeof target.fetch === 'function') undo.push(watchFetch(target, clock, sink));
    if (target.XMLHttpRequest) undo.push(watchXhr(target.XMLHttpRequest.prototype, clock, sink));
  }

  return {
    snapshot: () => ({
      console: consoleRing.list(),
      errors: errorRing.list(),
      requests: requestRing.list(),
    }),
    uninstall() {
      // Reverse order, so stacked patches of the same method unwind cleanly.
      for (const step of undo.splice(0).reverse()) step();
    },
  };
}
