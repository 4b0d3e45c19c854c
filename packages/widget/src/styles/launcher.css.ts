/**
 * The host element and the launcher. Sizes are in px, never rem: rem follows
 * the host page's root font size, which pages set to anything.
 * `!important` on :host matters: a host page's `* { all: unset !important }`
 * reaches our host element, and for important rules the shadow tree wins.
 */
export const launcherCss = `
:host {
  all: initial !important;
  position: fixed !important;
  z-index: var(--destek-z, 2147483000) !important;
  bottom: 20px !important;
  inset-inline-end: 20px !important;
  display: block !important;
  font: 400 15px/1.4 var(--destek-font) !important;
  color-scheme: light dark;
}
:host([data-position="left"]) {
  inset-inline-end: auto !important;
  inset-inline-start: 20px !important;
}
:host([hidden]) { display: none !important; }
.launcher {
  all: unset;
  box-sizing: border-box;
  display: grid;
  place-items: center;
  position: relative;
  width: 56px;
  height: 56px;
  border-radius: 50%;
  background: var(--destek-accent);
  color: var(--destek-on-accent);
  box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
  cursor: pointer;
  transition: transform 120ms ease;
}
.launcher:hover { transform: scale(1.05); }
.launcher:focus-visible { outline: 3px solid var(--destek-focus, var(--destek-accent)); outline-offset: 3px; }
.launcher svg { width: 26px; height: 26px; fill: currentColor; }
@media (prefers-reduced-motion: reduce) {
  .launcher { transition: none; }
  .launcher:hover { transform: none; }
}
`;
