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
 * it. When the page already uses `window.Destek` for something else (it has
 * no snippet queue `q`), it is left alone and the widget answers at
 * `window.DestekWidget` instead, where the snippet queues in that case too.
 */
export function installCommandQueue(
  win: Window & { Destek?: unknown; DestekWidget?: unknown },
  create: (options: WidgetOptions) => Widget,
  autoInit: WidgetOptions | null,
  logError: (message: string) => void,
): void {
  const page = win.Destek as DestekCommand | undefined;
  const name = page && !page.q ? 'DestekWidget' : 'Destek';
  const existing = win[name] as DestekCommand | undefined;
  const queued: ArrayLike<unknown>[] = existing?.q ? [...existing.q] : [];
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

  if (name !== 'Destek') {
    logError('Destek: window.Destek is taken by this page; use window.DestekWidget.');
  }
  win[name] = command;
  const hasInit = queued.some((call) => call[0] === 'init');
  if (autoInit && !hasInit) command('init', autoInit);
  for (const call of queued) command(...(Array.from(call) as [string, ...unknown[]]));
}
