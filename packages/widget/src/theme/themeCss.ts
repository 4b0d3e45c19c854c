import type { ResolvedTheme } from './Theme.ts';

/**
 * The theme as CSS custom properties on the host: what the launcher needs.
 * The panel adds the light and dark palettes when it loads (`paletteCss`),
 * so the first script carries no colours it does not draw. Values come from
 * `resolveTheme`, which admits only hex colours, numbers and plain font
 * lists, so nothing here can break out of its declaration.
 */
export function themeCss(theme: ResolvedTheme): string {
  return `:host{--destek-accent:${theme.accent};--destek-on-accent:${theme.onAccent};--destek-radius:${theme.radius}px;--destek-font:${theme.font};--destek-z:${theme.zIndex}}`;
}
