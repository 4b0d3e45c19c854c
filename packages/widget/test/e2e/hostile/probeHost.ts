import type { Frame, JSHandle } from 'playwright-core';

/**
 * What a host page looks like from inside, taken before the widget's script
 * runs and compared after the report is sent. The probe lives in the page as
 * a Playwright handle, never as a global of its own (that would be a change).
 */
export type HostProbe = JSHandle<unknown>;

/**
 * Takes the "before" picture of `frame`: the DOM outside the widget's host
 * element (attributes, text, form values), the computed styles of `styled`
 * elements (plus `html` and `body`), cookies, web-storage keys, style sheets,
 * scroll size and URL, and the identity of every own property of the window
 * and of the built-ins a page patches (prototypes, JSON, Promise, fetch's
 * Request/Response, history, console), event-handler slots included.
 */
export function probeHost(frame: Frame, styled: string[]): Promise<HostProbe> {
  return frame.evaluateHandle((selectors: string[]) => {
    const WIDGET = '[data-destek]';
    const PROPERTIES = [
      'display',
      'position',
      'font-family',
      'font-size',
      'font-weight',
      'font-style',
      'line-height',
      'letter-spacing',
      'text-transform',
      'color',
      'background-color',
      'margin-top',
      'margin-right',
      'padding-left',
      'width',
      'height',
      'overflow',
      'direction',
      'visibility',
      'opacity',
      'transform',
      'zoom',
      'pointer-events',
      'filter',
    ];
    const HANDLERS = [
      'onerror',
      'onunhandledrejection',
      'onmessage',
      'onbeforeunload',
      'onpagehide',
      'onpopstate',
      'onhashchange',
      'onresize',
      'onscroll',
      'onkeydown',
      'onkeyup',
      'onclick',
      'onfocus',
      'onblur',
      'onstorage',
    ];
    const view = window as unknown as Record<string, unknown>;
    const builtIns = (): Array<[string, unknown]> => [
      ['window', window],
      ['document', document],
      ['Object', Object],
      ['Object.prototype', Object.prototype],
      ['Array', Array],
      ['Array.prototype', Array.prototype],
      ['Function.prototype', Function.prototype],
      ['String.prototype', String.prototype],
      ['Number.prototype', Number.prototype],
      ['Date.prototype', Date.prototype],
      ['RegExp.prototype', RegExp.prototype],
      ['Map.prototype', Map.prototype],
      ['Set.prototype', Set.prototype],
      ['JSON', JSON],
      ['Math', Math],
      ['Reflect', Reflect],
      ['Promise', view.Promise],
      ['Promise.prototype', (view.Promise as { prototype?: unknown } | undefined)?.prototype],
      ['EventTarget.prototype', EventTarget.prototype],
      ['Node.prototype', Node.prototype],
      ['Element.prototype', Element.prototype],
      ['HTMLElement.prototype', HTMLElement.prototype],
      ['Document.prototype', Document.prototype],
      ['ShadowRoot.prototype', ShadowRoot.prototype],
      ['CSSStyleSheet.prototype', CSSStyleSheet.prototype],
      ['History.prototype', History.prototype],
      ['XMLHttpRequest.prototype', XMLHttpRequest.prototype],
      ['Request.prototype', Request.prototype],
      ['Response.prototype', Response.prototype],
      ['Headers.prototype', Headers.prototype],
      ['console', console],
    ];

    const hostKeys = (storage: Storage) =>
      Object.keys(storage)
        .filter((key) => !key.startsWith('destek:'))
        .sort()
        .join(',');

    /** The page as strings (no JSON.stringify: pages patch it, and its call counts are theirs). */
    function page(): Record<string, string> {
      const copy = document.documentElement.cloneNode(true) as Element;
      for (const element of copy.querySelectorAll(WIDGET)) element.remove();
      const outside = (element: Element) => element.closest(WIDGET) === null;
      const fields = Array.prototype.filter
        .call(document.querySelectorAll('input, textarea, select'), outside)
        .map((field: HTMLInputElement) => `${field.getAttribute('name')}=${field.value}`);
      const found: Record<string, string> = {
        url: location.href,
        title: document.title,
        dom: copy.outerHTML,
        fields: fields.join(' | '),
        sheets: `${document.styleSheets.length} style sheets, ${document.adoptedStyleSheets.length} adopted`,
        cookie: document.cookie,
        // The widget's own keys (`destek:`) are its storage on this origin, like its IndexedDB.
        storage: `local: ${hostKeys(localStorage)}; session: ${hostKeys(sessionStorage)}`,
      };
      for (const selector of ['html', 'body', ...selectors]) {
        const element = document.querySelector(selector);
        if (!element) throw new Error(`probeHost: no ${selector} in ${location.href}`);
        const computed = getComputedStyle(element);
        found[`style of ${selector}`] = PROPERTIES.map(
          (p) => `${p}: ${computed.getPropertyValue(p)}`,
        ).join('; ');
      }
      const scroller = document.scrollingElement ?? document.documentElement;
      found.scroll = `${scroller.scrollWidth}x${scroller.scrollHeight} at ${scrollX},${scrollY}`;
      return found;
    }

    /** Every own property of the built-ins, by identity (values and accessors). */
    function identities(): Map<string, unknown> {
      const found = new Map<string, unknown>();
      for (const [name, target] of builtIns()) {
        if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
          continue;
        }
        for (const key of Reflect.ownKeys(target)) {
          const path = `${name}.${String(key)}`;
          const descriptor = Object.getOwnPropertyDescriptor(target, key);
          if (!descriptor) continue;
          if ('value' in descriptor) found.set(path, descriptor.value);
          else {
            found.set(`${path} (getter)`, descriptor.get);
            found.set(`${path} (setter)`, descriptor.set);
          }
        }
      }
      for (const handler of HANDLERS) {
        found.set(`window.${handler} (handler)`, view[handler]);
        found.set(
          `document.${handler} (handler)`,
          (document as unknown as Record<string, unknown>)[handler],
        );
      }
      return found;
    }

    /** Where two texts part, with some context: a whole page's markup is too long to read. */
    function firstDifference(before: string, after: string): string {
      let at = 0;
      while (at < before.length && before[at] === after[at]) at++;
      const from = Math.max(0, at - 40);
      const excerpt = (text: string) =>
        `${from > 0 ? '…' : ''}${text.slice(from, at + 80)}${text.length > at + 80 ? '…' : ''}`;
      return `\n  before ${excerpt(before)}\n  after  ${excerpt(after)}`;
    }

    const before = { page: page(), identities: identities() };
    return {
      /** What changed since the picture was taken, as readable lines; `added` names the widget's own window globals. */
      changes(added: string[]): string[] {
        const lines: string[] = [];
        const now = page();
        for (const [key, value] of Object.entries(before.page)) {
          const after = now[key] ?? '';
          if (after !== value) lines.push(`${key} changed: ${firstDifference(value, after)}`);
        }
        const then = before.identities;
        const current = identities();
        // The widget's own globals may appear, or replace the snippet's queue of that name.
        const ours = (path: string) => {
          const name = /^window\.([^.]+?)(?: \((?:getter|setter)\))?$/.exec(path)?.[1];
          return name !== undefined && added.includes(name);
        };
        for (const [path, value] of then) {
          if (!current.has(path)) lines.push(`${path} removed`);
          else if (!Object.is(current.get(path), value) && !ours(path))
            lines.push(`${path} replaced`);
        }
        for (const path of current.keys()) {
          if (!then.has(path) && !ours(path)) lines.push(`${path} added`);
        }
        return lines;
      },
    };
  }, styled);
}

/** The host's changes since `probe`, allowing the window globals in `added` (the widget's own) to appear or change. */
export function hostChanges(frame: Frame, probe: HostProbe, added: string[]): Promise<string[]> {
  return frame.evaluate(
    ([handle, names]) => (handle as { changes(added: string[]): string[] }).changes(names),
    [probe, added] as const,
  );
}
