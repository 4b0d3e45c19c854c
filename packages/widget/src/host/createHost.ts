import { launcherCss } from '../styles/launcher.css.ts';
import type { ResolvedTheme } from '../theme/Theme.ts';
import { themeCss } from '../theme/themeCss.ts';
import { applyStyles } from './applyStyles.ts';

/** The widget's one element in the host page, and its shadow root. */
export interface Host {
  element: HTMLElement;
  root: ShadowRoot;
  /** Adds more CSS to the shadow root (the panel's, when it loads). */
  addStyles(css: string): void;
  setTheme(theme: ResolvedTheme): void;
  /** Removes every trace from the page. */
  remove(): void;
}

/**
 * Creates the host element at the end of `<body>` with an open shadow root.
 * Everything the widget draws lives in that root; the only thing in the host
 * page's DOM is this one element, removed again by `remove()`.
 */
export function createHost(doc: Document, theme: ResolvedTheme, nonce: string | undefined): Host {
  const element = doc.createElement('div');
  element.setAttribute('data-destek', '');
  element.setAttribute('data-position', theme.position);
  element.setAttribute('data-theme', theme.mode);
  const root = element.attachShadow({ mode: 'open' });
  const setThemeCss = applyStyles(root, themeCss(theme), nonce);
  applyStyles(root, launcherCss, nonce);
  (doc.body ?? doc.documentElement).appendChild(element);
  return {
    element,
    root,
    addStyles: (css) => {
      applyStyles(root, css, nonce);
    },
    setTheme: (next) => {
      element.setAttribute('data-position', next.position);
      element.setAttribute('data-theme', next.mode);
      setThemeCss(themeCss(next));
    },
    remove: () => element.remove(),
  };
}
