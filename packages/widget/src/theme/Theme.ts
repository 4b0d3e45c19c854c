/** How the widget looks. Every value is checked before it reaches CSS. */
export interface ThemeOptions {
  /** Accent colour as hex (`#0b57d0`, `#0b57d0cc`, `#06c`). @default '#0b57d0' */
  accent?: string;
  /** Corner radius of the panel and controls, in px (0–32). @default 12 */
  radius?: number;
  /** A CSS font-family list. @default system-ui stack */
  font?: string;
  /** Which corner the launcher and panel sit in. @default 'right' */
  position?: 'left' | 'right';
  /** Light, dark, or following the device. @default 'auto' */
  mode?: 'light' | 'dark' | 'auto';
  /** Stacking order over the host page. @default 2147483000 */
  zIndex?: number;
}

export interface ResolvedTheme {
  accent: string;
  onAccent: string;
  radius: number;
  font: string;
  position: 'left' | 'right';
  mode: 'light' | 'dark' | 'auto';
  zIndex: number;
}

export const DEFAULT_THEME: ResolvedTheme = {
  accent: '#0b57d0',
  onAccent: '#ffffff',
  radius: 12,
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  position: 'right',
  mode: 'auto',
  zIndex: 2147483000,
};
