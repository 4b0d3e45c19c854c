// A build plugin: CSS lives in `*.css.ts` files as template literals, written
// readably; what ships is minified. Conservative on purpose: comments go,
// whitespace collapses, spaces next to `{ } ; ,` go, and so does the space
// after a declaration's colon. Selector colons are left alone (`a :hover` and
// `a:hover` differ).

/** Minifies one CSS text. */
export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/([{;])(-{0,2}[a-z][a-z-]*):\s+/g, '$1$2:')
    .replace(/\s+!important/g, '!important')
    .replace(/;}/g, '}')
    .trim();
}

/** Vite/Rolldown plugin minifying every template literal without `${` in `*.css.ts` modules. */
export function minifyCssStrings() {
  return {
    name: 'destek:minify-css-strings',
    transform(code, id) {
      if (!id.endsWith('.css.ts')) return null;
      return { code: code.replace(/`([^`$]*)`/g, (_, css) => `\`${minifyCss(css)}\``), map: null };
    },
  };
}
