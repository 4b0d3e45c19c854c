/**
 * The in-page half of the chat-latency benchmark: notes when each agent
 * message reaches the visitor's screen. A MutationObserver on the widget's
 * shadow root (document-level observers do not see into it) looks for
 * message tokens in added nodes and changed text; the time it first sees a
 * token is `dom`. `screen` is the first frame after that: a
 * requestAnimationFrame callback, then a message posted from it, which runs
 * once that frame's style, layout and paint are done. Times are epoch ms
 * (`performance.timeOrigin + performance.now()`), the clock the Node side
 * notes the agent's send on.
 *
 * Both functions are handed to `page.evaluate`, so they close over nothing.
 */

/** Epoch ms of each token's first sight, and how many chat bubbles hold each token now. */
export interface Arrivals {
  dom: Record<string, number>;
  screen: Record<string, number>;
  bubbles: Record<string, number>;
  visibility: DocumentVisibilityState;
}

interface ProbeState {
  dom: Map<string, number>;
  screen: Map<string, number>;
  pattern: string;
}

type ProbeWindow = { __chatLatency?: ProbeState };

/** Starts watching the widget's shadow root for text matching `pattern` (a RegExp source). */
export function armArrivalProbe(pattern: string): void {
  const root = document.querySelector('[data-destek]')?.shadowRoot;
  if (!root) throw new Error('The widget has no shadow root on this page');
  const now = () => performance.timeOrigin + performance.now();
  const state: ProbeState = { dom: new Map(), screen: new Map(), pattern };
  (window as ProbeWindow).__chatLatency = state;
  const tokens = new RegExp(pattern, 'g');
  new MutationObserver((records) => {
    const seenAt = now();
    const fresh: string[] = [];
    const look = (text: string | null) => {
      for (const match of (text ?? '').matchAll(tokens)) {
        if (state.dom.has(match[0])) continue;
        state.dom.set(match[0], seenAt);
        fresh.push(match[0]);
      }
    };
    for (const record of records) {
      if (record.type === 'characterData') look(record.target.textContent);
      for (const node of record.addedNodes) look(node.textContent);
    }
    if (fresh.length === 0) return;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const paintedAt = now();
        for (const token of fresh) state.screen.set(token, paintedAt);
        channel.port1.close();
      };
      channel.port2.postMessage(null);
    });
  }).observe(root, { childList: true, subtree: true, characterData: true });
}

/** What the probe saw so far, and the tokens in the thread's bubbles now (a count above 1 is a duplicate). */
export function readArrivals(): Arrivals {
  const state = (window as ProbeWindow).__chatLatency;
  if (!state) throw new Error('The arrival probe is not armed on this page');
  const bubbles: Record<string, number> = {};
  const root = document.querySelector('[data-destek]')?.shadowRoot;
  for (const bubble of root?.querySelectorAll('.thread .bubble') ?? []) {
    for (const match of (bubble.textContent ?? '').matchAll(new RegExp(state.pattern, 'g'))) {
      bubbles[match[0]] = (bubbles[match[0]] ?? 0) + 1;
    }
  }
  return {
    dom: Object.fromEntries(state.dom),
    screen: Object.fromEntries(state.screen),
    bubbles,
    visibility: document.visibilityState,
  };
}

/** How many tokens the page has seen: cheap enough to poll while waiting. */
export function countArrivals(): number {
  return (window as ProbeWindow).__chatLatency?.dom.size ?? -1;
}
