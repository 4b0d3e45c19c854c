import { type ReadonlySignal, signal } from '@preact/signals';
import type { FaqArticle, OutboxEntry } from './coreTypes.ts';

/** One screen of the panel. Report steps are inside `report`. */
export type Route =
  | { name: 'home' }
  | { name: 'report'; step: number }
  | { name: 'sent'; entry: OutboxEntry }
  | { name: 'requests' }
  | { name: 'ticket'; id: string; reference: string }
  | { name: 'entry'; entry: OutboxEntry }
  | { name: 'chat' }
  /** Self-help; `q` is the search to show again when the user comes back from an article. */
  | { name: 'help'; q?: string }
  | { name: 'article'; article: FaqArticle }
  | { name: 'checks' };

/** The panel's screens as a stack: `back` returns to the screen that led here. */
export interface Router {
  readonly route: ReadonlySignal<Route>;
  readonly canGoBack: ReadonlySignal<boolean>;
  go(route: Route): void;
  /** Swaps the current screen (a report step to the next) without growing the stack. */
  replace(route: Route): void;
  back(): void;
  /** Back to Home with nothing to go back to. */
  reset(route?: Route): void;
}

/** Makes a {@link Router} starting at `initial`. */
export function createRouter(initial: Route = { name: 'home' }): Router {
  const stack = signal<readonly Route[]>([initial]);
  const top = () => stack.value[stack.value.length - 1] ?? initial;
  const route = signal<Route>(initial);
  const canGoBack = signal(false);
  const set = (next: readonly Route[]) => {
    stack.value = next;
    route.value = top();
    canGoBack.value = next.length > 1;
  };
  return {
    route,
    canGoBack,
    go: (next) => set([...stack.value, next]),
    replace: (next) => set([...stack.value.slice(0, -1), next]),
    back: () => {
      if (stack.value.length > 1) set(stack.value.slice(0, -1));
    },
    reset: (next = { name: 'home' }) => set([next]),
  };
}
