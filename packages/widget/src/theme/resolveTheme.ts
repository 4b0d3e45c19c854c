import { DEFAULT_THEME, type ResolvedTheme, type ThemeOptions } from './Theme.ts';

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
// Font lists only: names, quotes, commas, spaces and hyphens. No `;`, `{`,
// `}` or `\`, so a value can never close the declaration it is put in.
const FONT = /^[\p{L}\p{N} ,'"_-]{1,200}$/u;

/** The problem with a theme option: its name and what was expected. */
export interface ThemeProblem {
  path: string;
  expected: string;
}

/** Relative luminance (WCAG 2) of a 6-digit hex colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function longHex(hex: string): string {
  if (hex.length === 4) return `#${[...hex.slice(1)].map((c) => c + c).join('')}`;
  return hex.slice(0, 7);
}

/** Text colour on the accent: white or near-black, whichever contrasts more. */
export function onAccentFor(accent: string): string {
  const l = luminance(longHex(accent));
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#111111' : '#ffffff';
}

/** Checks theme options and fills in defaults; returns the first problem instead when one is bad. */
export function resolveTheme(options: ThemeOptions | undefined): ResolvedTheme | ThemeProblem {
  const theme = { ...DEFAULT_THEME };
  if (options === undefined) return theme;
  if (typeof options !== 'object' || options === null) {
    return { path: 'theme', expected: 'an object' };
  }
  const { accent, radius, font, position, mode, zIndex } = options;
  if (accent !== undefined) {
    if (typeof accent !== 'string' || !HEX.test(accent)) {
      return { path: 'theme.accent', expected: 'a hex colour ("#0b57d0")' };
    }
    theme.accent = accent;
    theme.onAccent = onAccentFor(accent);
  }
  if (radius !== undefined) {
    if (typeof radius !== 'number' || !Number.isFinite(radius) || radius < 0 || radius > 32) {
      return { path: 'theme.radius', expected: 'a number from 0 to 32' };
    }
    theme.radius = radius;
  }
  if (font !== undefined) {
    if (typeof font !== 'string' || !FONT.test(font)) {
      return { path: 'theme.font', expected: 'a plain font-family list' };
    }
    theme.font = font;
  }
  if (position !== undefined) {
    if (position !== 'left' && position !== 'right') {
      return { path: 'theme.position', expected: '"left" or "right"' };
    }
    theme.position = position;
  }
  if (mode !== undefined) {
    if (mode !== 'light' && mode !== 'dark' && mode !== 'auto') {
      return { path: 'theme.mode', expected: '"light", "dark" or "auto"' };
    }
    theme.mode = mode;
  }
  if (zIndex !== undefined) {
    if (!Number.isInteger(zIndex) || zIndex < 0 || zIndex > 2147483647) {
      return { path: 'theme.zIndex', expected: 'a non-negative integer' };
    }
    theme.zIndex = zIndex;
  }
  return theme;
}
