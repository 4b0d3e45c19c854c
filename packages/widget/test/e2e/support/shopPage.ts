import { SITE_KEY } from './startReferenceServer.ts';

export interface StrictCspOptions {
  /** Added to `script-src` after the nonce, e.g. ` 'strict-dynamic'`. */
  scriptSrc?: string;
  /** Further directives, e.g. `worker-src 'self'`. */
  extra?: readonly string[];
}

/**
 * The policy a bank would send: scripts by nonce only, no inline styles, and
 * connections to the page's origin and the support server alone. The widget
 * needs nothing looser.
 */
export function strictCsp(
  serverUrl: string,
  nonce: string,
  options: StrictCspOptions = {},
): string {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}'${options.scriptSrc ?? ''}`,
    "style-src 'self'",
    `connect-src 'self' ${serverUrl}`,
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'none'",
    ...(options.extra ?? []),
  ].join('; ');
}

export interface ShopPageOptions {
  /** The site key in the script tag. @default SITE_KEY */
  siteKey?: string;
  /** The script tag's nonce, for pages sent with a strict CSP. */
  nonce?: string;
  /** Host markup before the script tag, e.g. a stub queueing `Destek(...)` calls. */
  before?: string;
}

/** A plain shop page that adds the built widget by its script tag, as the README says. */
export function shopPage(serverUrl: string, options: ShopPageOptions = {}): string {
  const nonce = options.nonce === undefined ? '' : ` nonce="${options.nonce}"`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>
<body><h1>Shop</h1>
${options.before ?? ''}<script async${nonce} src="/widget/destek.js" data-server="${serverUrl}" data-site-key="${options.siteKey ?? SITE_KEY}"></script>
</body></html>`;
}
