/**
 * The panel's styles, added to the shadow root when the panel loads. Sizes
 * in px (the host page owns rem). Colours only through the theme's custom
 * properties, whose light and dark palettes meet WCAG AA; the accent is used
 * only behind `--destek-on-accent` text, never as text on the background.
 * Inputs are 16px so phones do not zoom on focus.
 */
export const panelCss = `
.panel {
  all: initial;
  box-sizing: border-box;
  position: fixed;
  z-index: 1;
  bottom: 88px;
  inset-inline-end: 20px;
  width: 400px;
  max-width: calc(var(--destek-vw, 100vw) - 40px);
  height: min(680px, calc(var(--destek-vh, 100vh) - 108px));
  display: flex;
  flex-direction: column;
  background: var(--destek-bg);
  color: var(--destek-fg);
  font: 400 15px/1.45 var(--destek-font);
  border: 1px solid var(--destek-border);
  border-radius: var(--destek-radius);
  box-shadow: 0 12px 40px rgb(0 0 0 / 0.28);
  overflow: hidden;
  animation: destek-in 160ms ease-out;
}
:host([data-position="left"]) .panel { inset-inline-end: auto; inset-inline-start: 20px; }
.panel[hidden] { display: none; }
.panel *, .panel *::before, .panel *::after { box-sizing: border-box; }
.panel .btn, .panel .menu-item, .panel .chip, .panel .icon-btn, .panel .link-btn { box-sizing: border-box; }
@keyframes destek-in { from { opacity: 0; transform: translateY(8px); } to { opacity: 1; transform: none; } }
.header {
  display: flex; align-items: center; gap: 8px;
  padding: 10px 12px; border-bottom: 1px solid var(--destek-border); background: var(--destek-surface);
}
.header h2 { flex: 1; margin: 0; font: 600 17px/1.3 var(--destek-font); color: var(--destek-fg); }
.icon-btn {
  all: unset; display: grid; place-items: center; width: 40px; height: 40px; border-radius: 8px;
  color: var(--destek-fg); cursor: pointer;
}
.icon-btn:hover { background: var(--destek-bg); }
.icon-btn svg { width: 22px; height: 22px; fill: currentColor; }
.body { flex: 1; overflow-y: auto; padding: 16px; overscroll-behavior: contain; }
.footer {
  display: flex; gap: 8px; justify-content: space-between; align-items: center;
  padding: 12px 16px; border-top: 1px solid var(--destek-border); background: var(--destek-bg);
}
.panel :focus-visible { outline: 3px solid var(--destek-focus); outline-offset: 2px; }
.panel h3 { margin: 0 0 12px; font: 600 16px/1.35 var(--destek-font); color: var(--destek-fg); }
.panel h3:focus { outline: none; }
.panel h4 { margin: 16px 0 8px; font: 600 15px/1.35 var(--destek-font); color: var(--destek-fg); }
.panel p { margin: 0 0 12px; }
.muted { color: var(--destek-muted); font-size: 14px; }
.sr-only {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.btn {
  all: unset; display: inline-flex; align-items: center; justify-content: center; gap: 6px;
  min-height: 44px; padding: 0 16px; border-radius: calc(var(--destek-radius) * 0.75);
  font: 600 15px/1.2 var(--destek-font); cursor: pointer; text-align: center;
}
.btn-primary { background: var(--destek-accent); color: var(--destek-on-accent); }
.btn-primary:hover { filter: brightness(1.08); }
.btn-secondary { background: var(--destek-surface); color: var(--destek-fg); border: 1px solid var(--destek-border); }
.btn[aria-disabled="true"], .btn:disabled { opacity: 0.7; cursor: default; }
.link-btn { all: unset; color: var(--destek-fg); text-decoration: underline; cursor: pointer; font: inherit; }
.menu { display: grid; gap: 10px; margin: 0; padding: 0; list-style: none; }
.menu-item {
  all: unset; display: block; width: 100%; padding: 14px 16px; cursor: pointer;
  border: 1px solid var(--destek-border); border-radius: var(--destek-radius); background: var(--destek-surface);
}
.menu-item:hover { border-color: var(--destek-fg); }
.menu-item strong { display: block; font: 600 16px/1.3 var(--destek-font); color: var(--destek-fg); }
.menu-item span { display: block; margin-top: 2px; color: var(--destek-muted); font-size: 14px; }
.field { margin-bottom: 16px; }
.field label, .label { display: block; margin-bottom: 4px; font: 600 14px/1.3 var(--destek-font); color: var(--destek-fg); }
.field .help { margin: 0 0 6px; color: var(--destek-muted); font-size: 14px; }
.input, .textarea, .select {
  display: block; width: 100%; padding: 10px 12px; margin: 0;
  font: 400 16px/1.4 var(--destek-font); color: var(--destek-fg); background: var(--destek-bg);
  border: 1px solid var(--destek-muted); border-radius: calc(var(--destek-radius) * 0.6);
}
.textarea { min-height: 88px; resize: vertical; }
.input[aria-invalid="true"], .textarea[aria-invalid="true"], .select[aria-invalid="true"] {
  border-color: var(--destek-danger); border-width: 2px;
}
.issue { margin: 6px 0 0; color: var(--destek-danger); font-size: 14px; }
.issue.warning { color: var(--destek-muted); }
.hint {
  margin: 8px 0 0; padding: 10px 12px; border-radius: 8px; background: var(--destek-surface);
  border-inline-start: 4px solid var(--destek-focus); color: var(--destek-fg); font-size: 14px;
}
.hint .link-btn { margin-inline-start: 6px; }
.chips { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 12px; padding: 0; list-style: none; }
.chip {
  all: unset; padding: 8px 12px; border-radius: 999px; cursor: pointer; font-size: 14px;
  border: 1px solid var(--destek-border); background: var(--destek-surface); color: var(--destek-fg);
}
.chip[aria-pressed="true"] { background: var(--destek-accent); color: var(--destek-on-accent); border-color: var(--destek-accent); }
.row { display: flex; gap: 8px; align-items: flex-start; }
.row > :first-child { flex: 1; }
.list { margin: 0 0 12px; padding: 0; list-style: none; display: grid; gap: 8px; }
.card { padding: 12px; border: 1px solid var(--destek-border); border-radius: calc(var(--destek-radius) * 0.75); background: var(--destek-bg); }
.card-title { font-weight: 600; color: var(--destek-fg); overflow-wrap: anywhere; }
.dropzone { padding: 16px; border: 2px dashed var(--destek-border); border-radius: var(--destek-radius); text-align: center; }
.dropzone .list { text-align: start; }
.dropzone > .btn { margin: 4px; }
.card.row { align-items: center; }
.dropzone.over { border-color: var(--destek-focus); background: var(--destek-surface); }
.file-input { position: absolute; width: 1px; height: 1px; opacity: 0; }
.preview { white-space: pre-wrap; overflow-wrap: anywhere; }
.preview dt { font-weight: 600; margin-top: 8px; }
.preview dd { margin: 2px 0 0; }
.facts { margin: 0; padding: 0; list-style: none; }
.facts li { display: flex; gap: 8px; align-items: center; padding: 6px 0; border-bottom: 1px solid var(--destek-border); }
.facts .fact { flex: 1; overflow-wrap: anywhere; font-size: 14px; }
.facts .removed .fact { text-decoration: line-through; color: var(--destek-muted); }
.facts .btn { min-height: 36px; padding: 0 10px; font-size: 14px; }
fieldset { margin: 16px 0; padding: 0; border: 0; min-width: 0; }
.panel form { margin-bottom: 16px; }
legend { padding: 0; margin-bottom: 6px; font: 600 14px/1.3 var(--destek-font); color: var(--destek-fg); }
.choice { display: flex; gap: 10px; align-items: flex-start; padding: 8px 0; }
.choice input { flex: none; width: 20px; height: 20px; margin: 2px 0 0; accent-color: var(--destek-accent); }
.stars { display: flex; gap: 4px; }
.star-label { display: grid; place-items: center; width: 44px; height: 44px; border: 1px solid var(--destek-border); border-radius: 8px; cursor: pointer; }
.star-label:has(input:checked) { background: var(--destek-accent); color: var(--destek-on-accent); }
.star-label:has(input:focus-visible) { outline: 3px solid var(--destek-focus); outline-offset: 2px; }
.stars input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.reference {
  display: inline-block; padding: 8px 12px; margin-inline-end: 8px; border-radius: 8px;
  background: var(--destek-surface); font: 700 22px/1.2 ui-monospace, SFMono-Regular, Menlo, monospace; letter-spacing: 1px;
  color: var(--destek-fg); user-select: all;
}
.status { display: inline-block; padding: 2px 8px; border-radius: 6px; font-size: 13px; border: 1px solid var(--destek-border); color: var(--destek-fg); }
.status.attention { border-color: var(--destek-danger); color: var(--destek-danger); }
.ok { color: var(--destek-ok); }
.error { color: var(--destek-danger); }
progress { width: 100%; height: 10px; accent-color: var(--destek-accent); }
.entry { padding: 10px 12px; border-radius: 10px; background: var(--destek-surface); white-space: pre-wrap; overflow-wrap: anywhere; }
.entry.visitor { background: var(--destek-bg); border: 1px solid var(--destek-border); }
.entry-meta { display: block; font-size: 13px; color: var(--destek-muted); margin-bottom: 4px; }
.menu-item .clamp { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.prose { white-space: pre-line; overflow-wrap: anywhere; }
.steps { margin: 0 0 12px; padding-inline-start: 24px; }
.steps li { margin-bottom: 6px; }
.feedback { margin-top: 16px; }
.feedback p, .feedback legend { margin: 0 0 10px; }
.feedback fieldset { margin: 0; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; }
.check { display: flex; gap: 10px; align-items: flex-start; }
.check p { margin: 0 0 4px; }
.check.problem { border-color: var(--destek-danger); }
.mark { flex: none; display: grid; place-items: center; width: 24px; height: 24px; border: 2px solid; border-radius: 50%; font: 700 13px/1 var(--destek-font); }
.check.ok .mark { color: var(--destek-ok); }
.check.problem .mark { color: var(--destek-danger); }
.check.unknown .mark { color: var(--destek-muted); }
@media (max-width: 479.98px) {
  .panel {
    inset: 0; width: 100%; max-width: none; height: var(--destek-vvh, 100dvh); border-radius: 0; border: 0;
    padding: env(safe-area-inset-top) env(safe-area-inset-right) env(safe-area-inset-bottom) env(safe-area-inset-left);
  }
  :host([data-position="left"]) .panel { inset: 0; }
  .footer { padding-bottom: max(12px, env(safe-area-inset-bottom)); }
}
@media (prefers-reduced-motion: reduce) {
  .panel { animation: none; }
  .panel * { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
}
`;
