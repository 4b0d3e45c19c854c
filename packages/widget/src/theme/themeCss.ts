import type { ResolvedTheme } from './Theme.ts';

/**
 * The theme as CSS custom properties on the host. Values come from
 * `resolveTheme`, which admits only hex colours, numbers and plain font
 * lists, so nothing here can break out of its declaration.
 * Light and dark palettes both meet WCAG AA for text (4.5:1).
 */
export function themeCss(theme: ResolvedTheme): string {
  const light =
    '--destek-bg:#ffffff;--destek-fg:#1b1b1f;--destek-muted:#4f5159;--destek-border:#c7c8cf;--destek-surface:#f3f4f7;--destek-focus:#0b57d0;--destek-danger:#b3261e;--destek-ok:#146c2e;';
  const dark =
    '--destek-bg:#1b1c20;--destek-fg:#e6e6ea;--destek-muted:#b4b6bf;--destek-border:#4a4c55;--destek-surface:#26272d;--destek-focus:#a8c7fa;--destek-danger:#f2b8b5;--destek-ok:#6dd58c;';
  const base = `--destek-accent:${theme.accent};--destek-on-accent:${theme.onAccent};--destek-radius:${theme.radius}px;--destek-font:${theme.font};--destek-z:${theme.zIndex};`;
  const palette =
    theme.mode === 'dark'
      ? `:host{${dark}}`
      : theme.mode === 'light'
        ? `:host{${light}}`
        : `:host{${light}}@media (prefers-color-scheme: dark){:host{${dark}}}`;
  return `:host{${base}}${palette}`;
}
