/**
 * Puts `css` into a shadow root without needing `style-src 'unsafe-inline'`:
 * a constructable stylesheet (not subject to CSP's inline-style checks), or,
 * where the browser lacks them, a `<style>` carrying the page's nonce.
 * Returns a function that replaces the CSS (theme changes) in place.
 */
export function applyStyles(root: ShadowRoot, css: string, nonce?: string): (next: string) => void {
  if (
    'adoptedStyleSheets' in root &&
    typeof CSSStyleSheet === 'function' &&
    'replaceSync' in CSSStyleSheet.prototype
  ) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return (next) => sheet.replaceSync(next);
  }
  const style = root.ownerDocument.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  root.appendChild(style);
  return (next) => {
    style.textContent = next;
  };
}
