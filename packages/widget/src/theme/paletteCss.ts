import type { ResolvedTheme } from './Theme.ts';

// Both palettes meet WCAG AA (4.5:1) for text on their backgrounds.
const LIGHT =
  '--destek-bg:#ffffff;--destek-fg:#1b1b1f;--destek-muted:#4f5159;--destek-border:#c7c8cf;--destek-surface:#f3f4f7;--destek-focus:#0b57d0;--destek-danger:#b3261e;--destek-ok:#146c2e;';
const DARK =
  '--destek-bg:#1b1c20;--destek-fg:#e6e6ea;--destek-muted:#b4b6bf;--destek-border:#4a4c55;--destek-surface:#26272d;--destek-focus:#a8c7fa;--destek-danger:#f2b8b5;--destek-ok:#6dd58c;';

/** The panel's colours for a theme mode; `auto` follows the device. Added by the panel when it mounts. */
export function paletteCss(mode: ResolvedTheme['mode']): string {
  if (mode === 'dark') return `:host{${DARK}}`;
  if (mode === 'light') return `:host{${LIGHT}}`;
  return `:host{${LIGHT}}@media (prefers-color-scheme: dark){:host{${DARK}}}`;
}
