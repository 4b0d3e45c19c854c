import { computed, type ReadonlySignal, type Signal } from '@preact/signals-core';

/**
 * A read-only view of a signal for the outside: the UI reads `.value` and
 * subscribes, but only core's actions can write. A computed rather than a cast,
 * so a JavaScript caller cannot assign to it either.
 */
export function readonly<T>(source: Signal<T>): ReadonlySignal<T> {
  return computed(() => source.value);
}
