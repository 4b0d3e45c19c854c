/**
 * The screenshot editor's styles, added to the shadow root when the editor's
 * chunk loads. Redaction boxes are opaque (the fill the image gets); boxes and
 * the stage's shape are placed through custom properties set in the CSSOM.
 * `data-capturing` on the host hides the whole widget while a tab capture
 * takes its frame (`!important` so the page's own CSS cannot show it).
 * The two box colours are `MASK_FILL` and `HIGHLIGHT_STROKE` of
 * `@destek/screenshot`, written out so the build can minify this text.
 */
export const screenshotEditorCss = `
:host([data-capturing]) { display: none !important; }
.shot { display: grid; gap: 12px; }
.shot h4 { margin: 0; }
.shot p { margin: 0; }
.shot-tools { display: flex; flex-wrap: wrap; gap: 8px; margin: 0; }
.shot-tools .btn { min-height: 40px; padding: 0 12px; font-size: 14px; }
.shot-tools .btn[aria-pressed="true"] { border-color: var(--destek-fg); box-shadow: inset 0 -3px 0 var(--destek-accent); }
.shot-tools .btn:disabled { opacity: 0.5; cursor: default; }
.shot-stage {
  position: relative; overflow: hidden; margin: 0 auto; touch-action: none; user-select: none;
  width: min(100%, calc(55vh * var(--shot-ratio, 1.6))); aspect-ratio: var(--shot-ratio, 1.6);
  background: var(--destek-surface); border: 1px solid var(--destek-border); cursor: crosshair;
}
.shot-canvas { position: absolute; inset: 0; width: 100%; height: 100%; display: block; }
.shot-box {
  all: unset; box-sizing: border-box; position: absolute; cursor: move; touch-action: none;
  left: var(--l); top: var(--t); width: var(--w); height: var(--h);
}
.shot-box.redact { background: #000000; }
.shot-box.highlight { border: 3px solid #ff2d55; }
.shot-box.crop { border: 2px dashed #fff; box-shadow: 0 0 0 1px #000, 0 0 0 100vmax rgb(0 0 0 / 0.55); }
.shot-box[aria-pressed="true"] { outline: 2px dashed var(--destek-focus); outline-offset: 2px; }
.shot-box:focus-visible { outline: 3px solid var(--destek-focus); outline-offset: 2px; }
.shot-handle {
  position: absolute; right: -9px; bottom: -9px; width: 18px; height: 18px; border-radius: 50%;
  background: var(--destek-bg); border: 2px solid var(--destek-focus); cursor: nwse-resize;
}
.shot-handle::before { content: ""; position: absolute; inset: -13px; }
.shot-box[aria-pressed="false"] .shot-handle { display: none; }
.shot-actions { display: flex; gap: 8px; justify-content: flex-end; flex-wrap: wrap; }
`;
