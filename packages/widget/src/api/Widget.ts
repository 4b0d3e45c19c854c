import type { OpenTarget, Screen } from './PanelModule.ts';
import type { WidgetEvents } from './WidgetEvents.ts';

/** The widget's public operations, the same for `createWidget` and `window.Destek(...)`. */
export interface Widget {
  /** Opens the panel, at a screen (`'report'`) or a category (`{ screen: 'report', category: 'payment' }`). */
  open(target?: OpenTarget | Screen): void;
  close(): void;
  toggle(): void;
  /** Tells the widget who the signed-in user is (`{ id, email?, name?, signature? }`). */
  identify(user: unknown): void;
  setLocale(locale: string): void;
  on<K extends keyof WidgetEvents>(event: K, listener: (payload: WidgetEvents[K]) => void): void;
  off<K extends keyof WidgetEvents>(event: K, listener: (payload: WidgetEvents[K]) => void): void;
  /** Removes the widget and every trace of it from the page. */
  destroy(): void;
}
