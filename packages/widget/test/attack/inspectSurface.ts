import type { Page } from 'playwright-core';

/** What a part of a page is made of, read in the page. */
export interface SurfaceShape {
  /** Distinct tag names under the container. */
  tags: string[];
  /** `tag[attr]` for every inline event-handler attribute in the whole root (there are none of the widget's own). */
  handlers: string[];
  /** Every anchor under the container. */
  links: Array<{ href: string; rel: string | null; target: string | null }>;
  /** `textContent` of each element matching `items` under the container, in order. */
  texts: string[];
  /** The container's whole `textContent`. */
  text: string;
}

/**
 * Reads the container `selector` (inside the widget's shadow root when
 * `inWidget`), its `items` texts (leaving out the text of any `omit` child,
 * such as a message's author line), its tags and links, and every `on…`
 * attribute anywhere in that root.
 */
export function inspectSurface(
  page: Page,
  where: { selector: string; items?: string; omit?: string; inWidget: boolean },
): Promise<SurfaceShape> {
  return page.evaluate(({ selector, items, omit, inWidget }) => {
    const root: Document | ShadowRoot | null | undefined = inWidget
      ? document.querySelector('[data-destek]')?.shadowRoot
      : document;
    if (!root) throw new Error('No widget root');
    const container = root.querySelector(selector);
    if (!container) throw new Error(`Nothing matches ${selector}`);
    const textOf = (element: Element) => {
      if (!omit) return element.textContent ?? '';
      const copy = element.cloneNode(true) as Element;
      for (const part of copy.querySelectorAll(omit)) part.remove();
      return copy.textContent ?? '';
    };
    const handlers: string[] = [];
    for (const element of root.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (attribute.name.startsWith('on'))
          handlers.push(`${element.localName}[${attribute.name}]`);
      }
    }
    return {
      tags: [...new Set([...container.querySelectorAll('*')].map((el) => el.localName))].sort(),
      handlers,
      links: [...container.querySelectorAll('a')].map((a) => ({
        href: a.getAttribute('href') ?? '',
        rel: a.getAttribute('rel'),
        target: a.getAttribute('target'),
      })),
      texts: items ? [...container.querySelectorAll(items)].map(textOf) : [],
      text: container.textContent ?? '',
    };
  }, where);
}
