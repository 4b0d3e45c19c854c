export { createWidget } from './api/createWidget.ts';
export type { OpenTarget, Screen } from './api/PanelModule.ts';
export type { Widget } from './api/Widget.ts';
export type { WidgetEvents } from './api/WidgetEvents.ts';
export type { WidgetOptions } from './options/WidgetOptions.ts';
export type { ThemeOptions } from './theme/Theme.ts';
