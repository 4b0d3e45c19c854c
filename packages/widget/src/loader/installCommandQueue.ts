import type { Widget } from '../api/Widget.ts';
import type { WidgetOptions } from '../options/WidgetOptions.ts';

/** The `window.Destek(...)` function, with the queue the loader snippet fills before we arrive. */
export interface DestekCommand {
  (command: string, ...args: unknown[]): void;
  q?: ArrayLike<unknown>[];
}

const COMMANDS = new Set([
  'open',
  'close',
  'toggle',
  'identify',
  'setLocale',
  'on',
  'off',
  'destroy',
]);

/**
 * Defines `window.Destek(command, ...args)` and replays the calls queued
 * before this script arrived, in order. Calls made before `init` wait for
 * it. When the page already uses `window.Destek` for something else, it is
 * left alone and the widget answers at `window.DestekWidget` instead.
 */
export function installCommandQueue(
  win: Window & { Destek?: unknown; DestekWidget?: unknown },
  create: (options: WidgetOptions) => Widget,
  autoInit: WidgetOptions | null,
  logError: (message: string) => void,
): void {
  const existing = win.Destek as DestekCommand | undefined;
  const ours =
    existing === undefined || (typeof existing === 'function' && Array.isArray(existing.q));
  const queued: ArrayLike<unknown>[] = ours && existing?.q ? [...existing.q] : [];
  let widget: Widget | null = null;
  let waiting: unknown[][] = [];

  const command: DestekCommand = (name: string, ...args: unknown[]) => {
    try {
      if (name === 'init') {
        if (widget) {
          logError('Destek: "init" was called twice; call "destroy" first.');
          return;
        }
        widget = create((args[0] ?? {}) as WidgetOptions);
        const pending = waiting;
        waiting = [];
        for (const call of pending) command(...(call as [string, ...unknown[]]));
        return;
      }
      if (!COMMANDS.has(name)) {
        logError(`Destek: unknown command "${String(name)}".`);
        return;
      }
      if (!widget) {
        waiting.push([name, ...args]);
        return;
      }
      const target = widget;
      if (name === 'destroy') widget = null;
      (target[name as keyof Widget] as (...a: unknown[]) => void)(...args);
    } catch (error) {
      logError(`Destek: command "${String(name)}" failed: ${String(error)}`);
    }
  };

  if (ours) win.Destek = command;
  else {
    logError('Destek: window.Destek is taken by this page; use window.DestekWidget.');
    win.DestekWidget = command;
  }
  const hasInit = queued.some((call) => call[0] === 'init');
  if (autoInit && !hasInit) command('init', autoInit);
  for (const call of queued) command(...(Array.from(call) as [string, ...unknown[]]));
}
