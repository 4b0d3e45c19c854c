import { createHost, type Host } from '../host/createHost.ts';
import { createLauncher, type Launcher } from '../launcher/createLauncher.ts';
import { launcherLabel } from '../launcher/launcherLabel.ts';
import { checkWidgetOptions } from '../options/checkWidgetOptions.ts';
import type { WidgetOptions } from '../options/WidgetOptions.ts';
import { createEmitter } from './createEmitter.ts';
import type { OpenTarget, Panel, PanelModule, Screen } from './PanelModule.ts';
import type { Widget } from './Widget.ts';
import type { WidgetEvents } from './WidgetEvents.ts';

export interface WidgetDeps {
  /** Loads the panel chunk; called at most once at a time, again after a failure. */
  loadPanel: () => Promise<PanelModule>;
  document?: Document;
  /** Where problems are told; the host page's console by default. */
  logError?: (message: string, detail?: unknown) => void;
}

const INERT: Widget = {
  open() {},
  close() {},
  toggle() {},
  identify() {},
  setLocale() {},
  on() {},
  off() {},
  destroy() {},
};

function defaultLogError(message: string, detail?: unknown): void {
  if (detail === undefined) console.error(message);
  else console.error(message, detail);
}

/** The path of a bad option, when an error names one (core's ConfigError does). */
function optionPath(error: unknown): string | null {
  if (
    typeof error === 'object' &&
    error !== null &&
    'path' in error &&
    typeof error.path === 'string'
  ) {
    return error.path;
  }
  return null;
}

/**
 * Builds the widget: checks the options, draws the launcher (plain DOM), and
 * loads the panel when the user opens it or the browser is idle. Every public
 * method is guarded: nothing ever throws into host code.
 */
export function createWidgetWith(options: WidgetOptions, deps: WidgetDeps): Widget {
  const logError = deps.logError ?? defaultLogError;
  const doc = deps.document ?? globalThis.document;
  const checked = checkWidgetOptions(options, doc?.defaultView?.navigator.language ?? 'en');
  if ('path' in checked) {
    logError(
      `Destek: option "${checked.path}" should be ${checked.expected}. The widget did not start.`,
    );
    return INERT;
  }
  const resolved = checked;
  const events = createEmitter<WidgetEvents>((error) =>
    logError('Destek: an "on" listener threw', error),
  );
  let host: Host | null = createHost(doc, resolved.theme, resolved.nonce);
  let launcher: Launcher | null = null;
  let panel: Panel | null = null;
  let loading: Promise<Panel | null> | null = null;
  let isOpen = false;
  let lastFocus: HTMLElement | null = null;
  let cancelIdle = () => {};

  /** Runs `fn`, telling the console instead of throwing into the host's code. */
  const safely = (name: string, fn: () => void): void => {
    try {
      fn();
    } catch (error) {
      logError(`Destek: ${name} failed`, error);
    }
  };

  function destroy(): void {
    cancelIdle();
    panel?.destroy();
    panel = null;
    host?.remove();
    host = null;
    launcher = null;
    events.clear();
  }

  function ensurePanel(): Promise<Panel | null> {
    if (panel) return Promise.resolve(panel);
    if (loading) return loading;
    const currentHost = host;
    if (!currentHost) return Promise.resolve(null);
    // A refusal: the mount rejected, or core refused an option after the panel was drawn.
    const fail = (error: unknown): null => {
      loading = null;
      const path = optionPath(error);
      if (path) {
        logError(`Destek: option "${path}" is not valid. The widget did not start.`, error);
        destroy();
      } else {
        // Most likely the network: the next open tries again.
        logError('Destek: the support panel could not be loaded', error);
        events.emit('error', { code: 'panel_load_failed', message: String(error) });
      }
      return null;
    };
    loading = deps
      .loadPanel()
      .then((module) =>
        module.mountPanel({
          host: currentHost,
          options,
          resolved,
          // `emit` and `close` use no `this`: passed as they are (bytes count in this script).
          emit: events.emit,
          requestClose: close,
          returnFocusTo: () => lastFocus,
          fail,
        }),
      )
      .then((mounted) => {
        if (!host) {
          mounted.destroy();
          return null;
        }
        panel = mounted;
        events.emit('ready', undefined);
        return mounted;
      }, fail);
    return loading;
  }

  function open(target: OpenTarget = {}): void {
    if (!host) return;
    const active = doc.activeElement;
    lastFocus =
      active instanceof HTMLElement && active !== host.element
        ? active
        : (launcher?.button ?? null);
    isOpen = true;
    launcher?.setExpanded(true);
    void ensurePanel().then((mounted) => {
      if (!mounted || !isOpen) return;
      mounted.show(target);
      events.emit('open', undefined);
    });
  }

  function close(): void {
    if (!isOpen) return;
    isOpen = false;
    launcher?.setExpanded(false);
    panel?.hide();
    events.emit('close', undefined);
  }

  const preload = () => void ensurePanel();
  if (resolved.launcher) {
    launcher = createLauncher(
      host.root,
      launcherLabel(resolved.locale),
      () => (isOpen ? close() : open()),
      preload,
    );
  }

  // Load the panel when the browser has nothing better to do, so the first
  // open is instant; never during start-up work. Each timer is cancelled by
  // its own kind: an idle callback's id given to clearTimeout could stop one
  // of the page's timers.
  const view = doc.defaultView;
  if (view && typeof view.requestIdleCallback === 'function') {
    const handle = view.requestIdleCallback(preload, { timeout: 5000 });
    cancelIdle = () => view.cancelIdleCallback(handle);
  } else if (view) {
    const handle = view.setTimeout(preload, 2000);
    cancelIdle = () => view.clearTimeout(handle);
  }

  const parseTarget = (target: unknown): OpenTarget =>
    typeof target === 'string'
      ? { screen: target as Screen }
      : typeof target === 'object' && target !== null
        ? (target as OpenTarget)
        : {};

  return {
    open: (target) => safely('open', () => open(parseTarget(target))),
    close: () => safely('close', close),
    toggle: () => safely('toggle', () => (isOpen ? close() : open())),
    identify: (user) =>
      safely('identify', () => {
        void ensurePanel().then((mounted) => mounted?.identify(user));
      }),
    setLocale: (locale) =>
      safely('setLocale', () => {
        if (typeof locale !== 'string') return;
        launcher?.setLabel(launcherLabel(locale));
        void ensurePanel().then((mounted) => mounted?.setLocale(locale));
      }),
    on: (event, listener) => safely('on', () => events.on(event, listener)),
    off: (event, listener) => safely('off', () => events.off(event, listener)),
    destroy: () => safely('destroy', destroy),
  };
}
