/**
 * The in-page half of the host-cost benchmark, added with `page.addInitScript`
 * so it runs before any page script: it records long tasks and layout shifts
 * (buffered observers), the time stamp of every click, and can wait, frame by
 * frame, until a widget screen is visible. Self-contained: Playwright sends
 * its source to the page.
 */

/**
 * Another widget the probe drives instead of Destek's (the peers benchmark):
 * CSS selectors of its shadow host, its launcher button and the form control
 * that makes its dialog usable, both inside the host's open shadow root.
 */
export interface PeerSelectors {
  host: string;
  launcher: string;
  ready: string;
}

/** What the page keeps for the benchmark, on `window.__bench`. */
export interface Probe {
  longTasks: Array<{ start: number; duration: number }>;
  shifts: Array<{ value: number; hadRecentInput: boolean }>;
  /** `timeStamp` of the last click (trusted input time, same clock as performance.now()). */
  lastClick: number;
  /**
   * Starts watching for `what` (`dialog`: the peer's ready control, visible
   * and enabled); `visible` then resolves with ms from the last click to the
   * first frame showing it.
   */
  arm(what: 'home' | 'step1' | 'dialog'): void;
  visible: Promise<number>;
  /** Centre of the launcher (the peer's, when there is one) or the "Report a problem" button, once drawn. */
  centre(what: 'launcher' | 'report'): Promise<{ x: number; y: number }>;
  /** Resolves once the page is settled: the panel mounted (when `panel`) and two idle periods. */
  settle(panel: boolean): Promise<void>;
}

/** What `installProbe` is given (Playwright serializes it into the page). */
export interface ProbeOptions {
  /** The cold case: `requestIdleCallback` never runs, so nothing is preloaded. */
  suppressIdle: boolean;
  /** Drive this widget instead of Destek's. */
  peer?: PeerSelectors;
}

export function installProbe(options: ProbeOptions): void {
  const win = window as unknown as Window & { __bench: Probe };
  const idle = window.requestIdleCallback.bind(window);
  if (options.suppressIdle) {
    // The cold case: the widget's idle-time preload never runs, so the first
    // click pays for loading and mounting the panel.
    window.requestIdleCallback = () => 0;
  }
  const { peer } = options;
  const shadow = () => document.querySelector(peer?.host ?? '[data-destek]')?.shadowRoot;
  const watch = (what: 'home' | 'step1' | 'dialog'): Promise<number> => {
    const started = performance.now();
    return new Promise((resolve) => {
      const check = () => {
        const root = shadow();
        let ready = false;
        if (root && what === 'dialog') {
          const control = peer ? root.querySelector(peer.ready) : null;
          ready =
            (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) &&
            control.checkVisibility() &&
            !control.matches(':disabled');
        } else if (root && what === 'home') {
          ready = [...root.querySelectorAll('button')].some(
            (b) => (b.textContent ?? '').includes('Report a problem') && b.checkVisibility(),
          );
        } else if (root) {
          const label = [...root.querySelectorAll('label')].find(
            (l) => (l.textContent ?? '').trim() === 'Summary',
          );
          const control = label?.control;
          ready =
            control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement
              ? control.checkVisibility() && !control.disabled
              : false;
        }
        if (ready) resolve(performance.now() - probe.lastClick);
        else if (performance.now() - started > 15_000) resolve(-1);
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  };
  const probe: Probe = {
    longTasks: [],
    shifts: [],
    lastClick: 0,
    visible: Promise.resolve(-1),
    arm(what) {
      probe.visible = watch(what);
    },
    centre(what) {
      const started = performance.now();
      return new Promise((resolve, reject) => {
        const check = () => {
          const root = shadow();
          const button =
            what === 'launcher'
              ? root?.querySelector(peer?.launcher ?? 'button.launcher')
              : [...(root?.querySelectorAll('button') ?? [])].find((b) =>
                  (b.textContent ?? '').includes('Report a problem'),
                );
          const box = button?.getBoundingClientRect();
          if (box && box.width > 0)
            resolve({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
          else if (performance.now() - started > 15_000) reject(new Error(`no ${what} button`));
          else setTimeout(check, 10);
        };
        check();
      });
    },
    settle(panel) {
      const twoIdle = () =>
        new Promise<void>((resolve) => idle(() => idle(() => resolve(), { timeout: 3000 })));
      if (!panel) return twoIdle();
      return new Promise<void>((resolve) => {
        const started = performance.now();
        const check = () => {
          const mounted = document
            .querySelector('[data-destek]')
            ?.shadowRoot?.querySelector('.panel');
          if (mounted || performance.now() - started > 15_000) void twoIdle().then(resolve);
          else setTimeout(check, 20);
        };
        check();
      });
    },
  };
  win.__bench = probe;
  document.addEventListener(
    'click',
    (event) => {
      probe.lastClick = event.timeStamp;
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // LayoutShift is not in TypeScript's DOM types yet.
      const shift = entry as PerformanceEntry & { value?: number; hadRecentInput?: boolean };
      probe.shifts.push({ value: shift.value ?? 0, hadRecentInput: shift.hadRecentInput ?? false });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}
