/**
 * The chat's styles, added to the shadow root when the chat chunk loads (the
 * panel's first frame does not carry them). Colours only through the theme's
 * properties; the visitor's own bubbles use the accent behind on-accent text,
 * as everywhere else. Long words wrap anywhere: a 5,000-letter word from
 * either side must not push the panel sideways.
 */
export const chatCss = `
.chat-body { display: flex; flex-direction: column; gap: 10px; }
.chat-body > * { margin: 0; }
.chat-status { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; justify-content: space-between; }
.chat-status p { margin: 0; }
.link-state { padding: 6px 10px; border-radius: 8px; background: var(--destek-surface); border-inline-start: 4px solid var(--destek-focus); font-size: 14px; }
.link-state.down { border-color: var(--destek-danger); }
.thread { display: flex; flex-direction: column; gap: 10px; margin: 0; padding: 0; list-style: none; }
.msg { display: flex; flex-direction: column; align-items: flex-start; max-width: 88%; }
.msg.mine { align-self: flex-end; align-items: flex-end; }
.msg.system { align-self: center; align-items: center; max-width: 100%; text-align: center; }
.bubble {
  padding: 8px 12px; border-radius: 14px; background: var(--destek-surface); color: var(--destek-fg);
  white-space: pre-wrap; overflow-wrap: anywhere; word-break: break-word; max-width: 100%;
}
.mine .bubble { background: var(--destek-accent); color: var(--destek-on-accent); }
.system .bubble { background: none; border: 1px dashed var(--destek-border); font-size: 14px; }
.bubble a { color: inherit; text-decoration: underline; }
.msg-meta { font-size: 12px; color: var(--destek-muted); margin: 0 4px 2px; }
.msg-state { font-size: 13px; color: var(--destek-muted); margin: 2px 4px 0; }
.msg-state.error { color: var(--destek-danger); }
.msg-state .link-btn { margin-inline-start: 8px; }
.files { margin: 6px 0 0; padding: 0; list-style: none; font-size: 14px; }
.typing { font-size: 14px; color: var(--destek-muted); font-style: italic; }
.notice { padding: 10px 12px; border-radius: 8px; background: var(--destek-surface); border-inline-start: 4px solid var(--destek-focus); }
.notice p:last-child { margin-bottom: 0; }
.composer { display: flex; gap: 8px; align-items: flex-end; padding: 10px 12px; border-top: 1px solid var(--destek-border); background: var(--destek-bg); }
.composer .textarea { flex: 1; min-height: 44px; max-height: 132px; resize: none; }
.composer .btn { flex: none; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; }
.chat-mail { margin-top: 12px; align-items: flex-end; flex-wrap: wrap; }
.chat-mail .field { margin-bottom: 0; flex: 1 1 180px; }
.uploads { display: grid; gap: 6px; margin: 0; padding: 0; list-style: none; font-size: 14px; }
@media (max-width: 479.98px) {
  .composer { padding-bottom: max(10px, env(safe-area-inset-bottom)); }
}
.launcher-badge {
  position: absolute; top: -4px; inset-inline-end: -4px; box-sizing: border-box;
  min-width: 22px; height: 22px; padding: 0 6px; border-radius: 11px;
  background: #b3261e; color: #fff; box-shadow: 0 0 0 2px #fff;
  font: 700 12px/22px var(--destek-font); text-align: center;
}
.launcher-badge::after { content: attr(data-count); }
`;
