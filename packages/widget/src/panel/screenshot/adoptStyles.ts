const adopted = new WeakMap<ShadowRoot, Set<string>>();

/**
 * Adds `css` to the shadow root `node` lives in, once per root, the way the
 * host adds the panel's: a constructable stylesheet (outside CSP's
 * inline-style rules), else a `<style>` carrying the nonce of the panel's own
 * `<style>` elements, which the host created with the page's nonce.
 */
export function adoptStyles(node: Node, css: string): void {
  const root = node.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  const done = adopted.get(root) ?? new Set<string>();
  if (done.has(css)) return;
  done.add(css);
  adopted.set(root, done);
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = root.ownerDocument.createElement('style');
  const nonce = root.querySelector('style')?.nonce;
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  root.appendChild(style);
}
