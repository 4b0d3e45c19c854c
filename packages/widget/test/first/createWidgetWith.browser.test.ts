import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWidgetWith } from '../../src/api/createWidgetWith.ts';
import type { Panel, PanelContext, PanelModule } from '../../src/api/PanelModule.ts';

const options = { server: 'http://127.0.0.1:9', siteKey: 'pk_test_12345678' };

/** A stand-in for the lazily loaded panel chunk, recording what the widget asks of it. */
function fakePanelModule() {
  const calls: string[] = [];
  let context: PanelContext | null = null;
  const module: PanelModule = {
    async mountPanel(ctx) {
      context = ctx;
      calls.push('mount');
      const panel: Panel = {
        show: (target) => calls.push(`show:${target.screen ?? 'home'}`),
        hide: () => calls.push('hide'),
        setLocale: (locale) => calls.push(`locale:${locale}`),
        identify: () => calls.push('identify'),
        destroy: () => calls.push('destroy'),
      };
      return panel;
    },
  };
  return { module, calls, context: () => context };
}

const hosts = () => document.querySelectorAll('[data-destek]');

afterEach(() => {
  for (const host of hosts()) host.remove();
  document.getElementById('hostile')?.remove();
});

describe('the first script', () => {
  it('adds one host element with the launcher inside a shadow root', () => {
    const fake = fakePanelModule();
    const widget = createWidgetWith(options, { loadPanel: async () => fake.module });
    expect(hosts()).toHaveLength(1);
    const root = hosts()[0]?.shadowRoot;
    const button = root?.querySelector('button.launcher');
    expect(button?.getAttribute('aria-label')).toBe('Help and support');
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    widget.destroy();
    expect(hosts()).toHaveLength(0);
  });

  it('loads the panel on click and shows it, then hides it on a second click', async () => {
    const fake = fakePanelModule();
    const widget = createWidgetWith(options, { loadPanel: async () => fake.module });
    const button = hosts()[0]?.shadowRoot?.querySelector<HTMLButtonElement>('button.launcher');
    button?.click();
    await vi.waitFor(() => expect(fake.calls).toContain('show:home'));
    expect(button?.getAttribute('aria-expanded')).toBe('true');
    button?.click();
    expect(fake.calls.at(-1)).toBe('hide');
    widget.destroy();
    expect(fake.calls.at(-1)).toBe('destroy');
  });

  it('opens at a screen and passes a category', async () => {
    const fake = fakePanelModule();
    const widget = createWidgetWith(options, { loadPanel: async () => fake.module });
    widget.open({ screen: 'report', category: 'payment' });
    await vi.waitFor(() => expect(fake.calls).toContain('show:report'));
    widget.destroy();
  });

  it('refuses a bad option with one console error naming it, and adds nothing to the page', () => {
    const logError = vi.fn();
    const widget = createWidgetWith(
      { ...options, theme: { accent: 'red; } * { display: none' } },
      { loadPanel: async () => fakePanelModule().module, logError },
    );
    expect(logError).toHaveBeenCalledTimes(1);
    expect(logError.mock.calls[0]?.[0]).toContain('"theme.accent"');
    expect(hosts()).toHaveLength(0);
    expect(() => widget.open()).not.toThrow();
  });

  it.each([
    [{ siteKey: 'pk_test_12345678' }, 'server'],
    [{ server: 'javascript:alert(1)', siteKey: 'pk_test_12345678' }, 'server'],
    [{ server: 'http://127.0.0.1:9', siteKey: 'secret' }, 'siteKey'],
    [{ ...options, locale: 'english please' }, 'locale'],
    [{ ...options, theme: { radius: 99 } }, 'theme.radius'],
    [{ ...options, theme: { position: 'top' } }, 'theme.position'],
    [{ ...options, theme: { font: 'x;}:host{display:none' } }, 'theme.font'],
    [{ ...options, launcher: 'yes' }, 'launcher'],
  ])('names the bad option %#', (bad, path) => {
    const logError = vi.fn();
    createWidgetWith(bad as never, { loadPanel: async () => fakePanelModule().module, logError });
    expect(logError.mock.calls[0]?.[0]).toContain(`"${path}"`);
    expect(hosts()).toHaveLength(0);
  });

  it('never throws into the host, even when a listener or the panel load fails', async () => {
    const logError = vi.fn();
    const widget = createWidgetWith(options, {
      loadPanel: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      logError,
    });
    widget.on('error', () => {
      throw new Error('host listener bug');
    });
    expect(() => widget.open(42 as never)).not.toThrow();
    await vi.waitFor(() =>
      expect(logError).toHaveBeenCalledWith('Destek: an "on" listener threw', expect.any(Error)),
    );
    expect(logError).toHaveBeenCalledWith(
      'Destek: the support panel could not be loaded',
      expect.any(TypeError),
    );
    // The launcher stays: the next click tries again.
    expect(hosts()).toHaveLength(1);
    widget.destroy();
  });

  it('stops when the panel refuses an option, naming it', async () => {
    const logError = vi.fn();
    const refusing: PanelModule = {
      mountPanel: () =>
        Promise.reject(
          Object.assign(new Error('bad'), { name: 'ConfigError', path: 'categories.2.id' }),
        ),
    };
    const widget = createWidgetWith(options, { loadPanel: async () => refusing, logError });
    widget.open();
    await vi.waitFor(() => expect(hosts()).toHaveLength(0));
    expect(logError.mock.calls[0]?.[0]).toContain('"categories.2.id"');
  });

  it('stops when the drawn panel reports a refused option later, naming it', async () => {
    const logError = vi.fn();
    const fake = fakePanelModule();
    const widget = createWidgetWith(options, { loadPanel: async () => fake.module, logError });
    widget.open();
    await vi.waitFor(() => expect(fake.calls).toContain('show:home'));
    fake.context()?.fail(Object.assign(new Error('bad'), { path: 'chat.offerTicketAfterSec' }));
    expect(hosts()).toHaveLength(0);
    expect(fake.calls.at(-1)).toBe('destroy');
    expect(logError.mock.calls[0]?.[0]).toBe(
      'Destek: option "chat.offerTicketAfterSec" is not valid. The widget did not start.',
    );
  });
});

describe('loading the panel ahead of the click', () => {
  it('starts when the pointer or keyboard focus reaches the launcher, without opening', async () => {
    for (const event of [new PointerEvent('pointerenter'), new FocusEvent('focus')]) {
      const fake = fakePanelModule();
      let loads = 0;
      const widget = createWidgetWith(options, {
        loadPanel: async () => {
          loads += 1;
          return fake.module;
        },
      });
      const button = hosts()[0]?.shadowRoot?.querySelector('button.launcher');
      button?.dispatchEvent(event);
      button?.dispatchEvent(event);
      await vi.waitFor(() => expect(fake.calls).toEqual(['mount']));
      expect(loads, event.type).toBe(1);
      expect(button?.getAttribute('aria-expanded')).toBe('false');
      widget.destroy();
    }
  });

  it('tries once per kind of intent when loading fails (offline), and again on a click', async () => {
    let loads = 0;
    const logError = vi.fn();
    const widget = createWidgetWith(options, {
      loadPanel: () => {
        loads += 1;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      },
      logError,
    });
    const button = hosts()[0]?.shadowRoot?.querySelector<HTMLButtonElement>('button.launcher');
    const settled = () => new Promise((resolve) => setTimeout(resolve, 300));
    button?.dispatchEvent(new PointerEvent('pointerenter'));
    await settled();
    // The first hover tried (the idle preload may have tried too).
    const tried = loads;
    expect(tried).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < 3; i++) button?.dispatchEvent(new PointerEvent('pointerenter'));
    await settled();
    expect(loads).toBe(tried);
    button?.click();
    await vi.waitFor(() => expect(logError).toHaveBeenCalledTimes(tried + 1));
    expect(loads).toBe(tried + 1);
    widget.destroy();
  });

  it("cancels its idle-time preload without touching the page's own timers", async () => {
    // Idle callback ids and timer ids are counted apart and overlap: an idle id
    // given to clearTimeout (as an earlier version did) may stop a page's timer.
    const idle = vi.spyOn(window, 'requestIdleCallback');
    const cancelIdle = vi.spyOn(window, 'cancelIdleCallback');
    const clearTimer = vi.spyOn(window, 'clearTimeout');
    try {
      const fake = fakePanelModule();
      const widget = createWidgetWith(options, { loadPanel: async () => fake.module });
      const handle = idle.mock.results[0]?.value as number;
      expect(typeof handle).toBe('number');
      widget.destroy();
      expect(cancelIdle).toHaveBeenCalledWith(handle);
      expect(clearTimer).not.toHaveBeenCalled();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(fake.calls).toEqual([]);
    } finally {
      vi.restoreAllMocks();
    }
  });
});

describe('isolation from the host page', () => {
  it('keeps its size, place and colours under hostile host CSS', async () => {
    const style = document.createElement('style');
    style.id = 'hostile';
    style.textContent =
      '* { all: unset !important; } html { font-size: 40px !important; } button { font-size: 22px !important; width: 300px !important; background: lime !important; }';
    document.head.appendChild(style);
    const widget = createWidgetWith(
      { ...options, theme: { accent: '#123456' } },
      { loadPanel: async () => fakePanelModule().module },
    );
    const host = hosts()[0] as HTMLElement;
    const button = host.shadowRoot?.querySelector('button.launcher') as HTMLElement;
    const box = button.getBoundingClientRect();
    expect(Math.round(box.width)).toBe(56);
    expect(Math.round(box.height)).toBe(56);
    expect(getComputedStyle(host).position).toBe('fixed');
    expect(Math.round(window.innerWidth - box.right)).toBe(20);
    expect(Math.round(window.innerHeight - box.bottom)).toBe(20);
    expect(getComputedStyle(button).backgroundColor).toBe('rgb(18, 52, 86)');
    widget.destroy();
  });

  it('does not style anything outside its shadow root', () => {
    const probe = document.createElement('button');
    probe.className = 'launcher badge';
    document.body.appendChild(probe);
    const before =
      getComputedStyle(probe).cssText ||
      JSON.stringify([
        getComputedStyle(probe).width,
        getComputedStyle(probe).backgroundColor,
        getComputedStyle(probe).borderRadius,
      ]);
    const widget = createWidgetWith(options, { loadPanel: async () => fakePanelModule().module });
    const after =
      getComputedStyle(probe).cssText ||
      JSON.stringify([
        getComputedStyle(probe).width,
        getComputedStyle(probe).backgroundColor,
        getComputedStyle(probe).borderRadius,
      ]);
    expect(after).toBe(before);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    widget.destroy();
    probe.remove();
  });

  it('puts the launcher on the left when asked', () => {
    const widget = createWidgetWith(
      { ...options, theme: { position: 'left' } },
      { loadPanel: async () => fakePanelModule().module },
    );
    const box = hosts()[0]?.shadowRoot?.querySelector('button.launcher')?.getBoundingClientRect();
    expect(Math.round(box?.left ?? -1)).toBe(20);
    widget.destroy();
  });
});
