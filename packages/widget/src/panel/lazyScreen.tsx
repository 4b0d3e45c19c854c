import { useSignal } from '@preact/signals';
import type { ComponentType, JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { useT } from '../i18n/useT.ts';

const everyLazyScreen: Array<() => Promise<unknown>> = [];

/** Loads every lazy screen made so far; component tests call it so screens draw at once. */
export function preloadLazyScreens(): Promise<unknown> {
  return Promise.all(everyLazyScreen.map((preload) => preload()));
}

/**
 * A screen whose code arrives in its own chunk the first time it is shown,
 * so opening the panel parses only what the first screen needs. While the
 * chunk loads the screen says so; when it fails (a network blip) it offers a
 * retry instead of a blank panel.
 *
 * @param load the dynamic `import()` of the screen's module, picking its component
 */
export function lazyScreen<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> & { preload: () => Promise<ComponentType<P>> } {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> => {
    pending ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  everyLazyScreen.push(preload);

  function LazyScreen(props: P): JSX.Element {
    const t = useT();
    const state = useSignal<'loading' | 'failed' | 'ready'>(loaded ? 'ready' : 'loading');
    useEffect(() => {
      if (state.value !== 'loading') return;
      let live = true;
      preload().then(
        () => {
          if (live) state.value = 'ready';
        },
        () => {
          if (live) state.value = 'failed';
        },
      );
      return () => {
        live = false;
      };
    }, [state.value]);
    const Screen = loaded;
    if (Screen) return <Screen {...props} />;
    return (
      <div class="body" aria-busy={state.value === 'loading' ? 'true' : undefined}>
        {state.value === 'failed' ? (
          <p role="alert">
            {t.t('panel.loadFailed')}{' '}
            <button type="button" class="link-btn" onClick={() => (state.value = 'loading')}>
              {t.t('panel.retry')}
            </button>
          </p>
        ) : (
          <p class="muted">{t.t('panel.loading')}</p>
        )}
      </div>
    );
  }
  return Object.assign(LazyScreen, { preload });
}
