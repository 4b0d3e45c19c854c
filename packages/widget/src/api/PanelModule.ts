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
}

export interface Panel {
  show(target: OpenTarget): void;
  hide(): void;
  setLocale(locale: string): void;
  identify(user: unknown): void;
  destroy(): void;
}

/**
 * The lazily loaded chunk's export. `mountPanel` rejects only for a bad
 * option, with the option's path, so the widget can refuse to start.
 */
export interface PanelModule {
  mountPanel(context: PanelContext): Promise<Panel>;
}
