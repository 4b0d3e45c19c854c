import type { Host } from '../host/createHost.ts';
import type { FirstScriptOptions } from '../options/checkWidgetOptions.ts';
import type { WidgetOptions } from '../options/WidgetOptions.ts';
import type { WidgetEvents } from './WidgetEvents.ts';

/** Where `open` may start. */
export type Screen = 'home' | 'report' | 'requests' | 'chat' | 'help' | 'checks';

export interface OpenTarget {
  screen?: Screen;
  /** A category to preselect in the report (`payment`). */
  category?: string;
}

/**
 * What the first script hands the lazily loaded panel. The panel never
 * imports the first script's modules (that would load them twice): all it
 * needs comes through here.
 */
export interface PanelContext {
  host: Host;
  options: WidgetOptions;
  resolved: FirstScriptOptions;
  emit: <K extends keyof WidgetEvents>(event: K, payload: WidgetEvents[K]) => void;
  /** The panel asks to be closed (Escape, the close button). */
  requestClose: () => void;
  /** Where focus returns when the panel closes. */
  returnFocusTo: () => HTMLElement | null;
  /**
   * Core refused an option after the panel was drawn (an error with the
   * option's `path`): the widget stops, as when `mountPanel` rejects.
   */
  fail: (error: unknown) => void;
}

export interface Panel {
  show(target: OpenTarget): void;
  hide(): void;
  setLocale(locale: string): void;
  identify(user: unknown): void;
  destroy(): void;
}

/**
 * The lazily loaded chunk's export. `mountPanel` resolves once the panel is
 * drawn (hidden), before core has checked the options: a bad option then
 * comes through `PanelContext.fail`. It rejects when the panel itself could
 * not load (the next open tries again).
 */
export interface PanelModule {
  mountPanel(context: PanelContext): Promise<Panel>;
}
