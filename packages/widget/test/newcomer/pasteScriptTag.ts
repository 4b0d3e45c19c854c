/** What a site owner fills in when pasting the documented script tag. */
export interface OwnSite {
  /** Where the owner serves `destek.js` (the files of `dist/script/`). */
  scriptUrl: string;
  /** `destek.js`'s hash from `dist/script/sri.json`. */
  integrity: string;
  /** The reference server's address. */
  server: string;
  siteKey: string;
}

/** The attributes the owner changes, and which of `site`'s values goes in each. */
const FILLED: Array<[attribute: string, value: keyof OwnSite]> = [
  ['src', 'scriptUrl'],
  ['integrity', 'integrity'],
  ['data-server', 'server'],
  ['data-site-key', 'siteKey'],
];

/**
 * The script tag from docs/getting-started.md ("A script tag (site owners)"),
 * with the example addresses, hash and key replaced by the owner's own, as a
 * person pasting it would. Throws when the guide no longer shows such a tag, or
 * one of the attributes is gone.
 */
export function pasteScriptTag(guide: string, site: OwnSite): string {
  const section = /^## 1\. A script tag[^\n]*\n([\s\S]*?)(?=^## )/m.exec(guide)?.[1];
  const tag = section && /^```html\n(<script[\s\S]*?<\/script>)\n^```$/m.exec(section)?.[1];
  if (!tag) throw new Error('docs/getting-started.md shows no script tag under "1. A script tag"');
  let pasted = tag;
  for (const [attribute, key] of FILLED) {
    const pattern = new RegExp(`(\\s${attribute}=)"[^"]*"`);
    if (!pattern.test(pasted)) {
      throw new Error(`The documented script tag has no ${attribute} attribute:\n${tag}`);
    }
    // A function, so that `$` in a value is never read as a replacement pattern.
    pasted = pasted.replace(pattern, (_, name: string) => `${name}"${site[key]}"`);
  }
  return pasted;
}
