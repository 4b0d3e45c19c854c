import type { WidgetOptions } from '../options/WidgetOptions.ts';
import { createWidgetWith } from './createWidgetWith.ts';
import type { Widget } from './Widget.ts';

/**
 * Creates the support widget in this page: the launcher appears at once, the
 * panel loads when the user opens it or the browser is idle. A bad option
 * logs one console error naming it, and the widget does not start; no
 * method ever throws into the caller's code.
 *
 * ```ts
 * const widget = createWidget({ server: 'https://support.example.com', siteKey: 'pk_live_12ab34cd' });
 * widget.open('report');
 * ```
 */
export function createWidget(options: WidgetOptions): Widget {
  return createWidgetWith(options, { loadPanel: () => import('../panel/mountPanel.tsx') });
}
