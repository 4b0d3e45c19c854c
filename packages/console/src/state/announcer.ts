import { signal } from '@preact/signals';

/** The latest polite announcement for screen readers (what just happened). */
export const announcement = signal('');

/**
 * Says `text` through the status live region. The same text twice in a row
 * is still announced: the region is emptied first, then filled a tick later.
 */
export function announce(text: string): void {
  announcement.value = '';
  setTimeout(() => {
    announcement.value = text;
  }, 50);
}
