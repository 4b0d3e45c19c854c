import type { BrowserContext, Page } from 'playwright-core';

/** What ran that should not have, and what the page's CSP refused. */
export interface TrapReport {
  /** `__pwn <id>`, `set __pwned=…`, `alert …`: any entry means a payload ran. */
  hits: string[];
  /** `securitypolicyviolation` events: `directive blocked-uri sample`. */
  violations: string[];
}

/**
 * Sets the traps in every page of `context` before any page script runs
 * (init scripts are not subject to the page's CSP): `__pwn(id)` (what the
 * corpus's scripts call), a setter and getter on `window.__pwned` (what the
 * older payloads assign), the dialogs, and a listener for CSP violations on
 * the window and the document, capturing, so a refusal inside a shadow root is
 * heard too.
 */
export async function setTraps(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const hits: string[] = [];
    const violations: string[] = [];
    const hit = (what: string) => hits.push(what);
    Object.defineProperty(window, '__attackTraps', { value: { hits, violations } });
    Object.defineProperty(window, '__pwn', { value: (id: unknown) => hit(`__pwn ${String(id)}`) });
    Object.defineProperty(window, '__pwned', {
      get: () => {
        hit('get __pwned');
        return undefined;
      },
      set: (value: unknown) => hit(`set __pwned=${String(value)}`),
    });
    for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
      Object.defineProperty(window, name, {
        value: (...args: unknown[]) => hit(`${name} ${args.join(' ')}`),
      });
    }
    const heard = new WeakSet<Event>();
    const listen = (event: SecurityPolicyViolationEvent) => {
      if (heard.has(event)) return;
      heard.add(event);
      violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`);
    };
    window.addEventListener('securitypolicyviolation', listen, true);
    document.addEventListener('securitypolicyviolation', listen, true);
  });
}

/** The traps' records so far. */
export function readTraps(page: Page): Promise<TrapReport> {
  return page.evaluate(() => {
    const traps = (window as unknown as { __attackTraps: TrapReport }).__attackTraps;
    return { hits: [...traps.hits], violations: [...traps.violations] };
  });
}
