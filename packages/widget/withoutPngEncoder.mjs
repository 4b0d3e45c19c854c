// A build plugin for the script-tag build. browser-image-compression carries
// a whole PNG encoder (UPNG with the UZIP deflate library, about 14 KB of its
// 20 KB gzip) that it calls only when asked for PNG output. The widget never
// is: it hands the library a BMP and asks for WebP or JPEG. So the encoder is
// cut from the screenshot chunks; asking for PNG would throw, never send PNG
// silently unencoded. The build fails when the library's code changes shape,
// so a new version cannot slip past this half-applied.

const LIBRARY = /[\\/]browser-image-compression[\\/]dist[\\/]browser-image-compression\.mjs$/;
// From the CommonJS shim that wraps UZIP to the end of the IIFE that adds
// UPNG.encode; what follows is the BMP encoder the widget does use.
const START =
  'var e={},t={get exports(){return e},set exports(t){e=t}};!function(e){var r,i,UZIP={};';
const END = 'UPNG.quantize.getNearest=getNearest}();';
const STUB =
  'const UPNG={encode(){throw new Error("Destek: PNG output is not built into the widget")}};';

/** Vite/Rolldown plugin: browser-image-compression without its PNG encoder. */
export function withoutPngEncoder() {
  return {
    name: 'destek:without-png-encoder',
    transform(code, id) {
      if (!LIBRARY.test(id)) return null;
      const start = code.indexOf(START);
      const end = code.indexOf(END);
      const rest = end === -1 ? '' : code.slice(end + END.length);
      if (
        start === -1 ||
        end < start ||
        code.indexOf(START, start + 1) !== -1 ||
        /\bUZIP\b/.test(rest) ||
        (rest.match(/\bUPNG\./g) ?? []).length !== 1
      ) {
        throw new Error(
          `withoutPngEncoder: browser-image-compression no longer matches (${id}); update the plugin or drop it`,
        );
      }
      return { code: code.slice(0, start) + STUB + rest, map: null };
    },
  };
}
