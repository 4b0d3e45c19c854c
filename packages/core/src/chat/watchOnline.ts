/** Tells when the device goes offline or comes back; returns the stop function. */
export type WatchOnline = (change: (online: boolean) => void) => () => void;

/**
 * The window's `online` and `offline` events, feature-detected: where there
 * is no window (Node, a worker without them) nothing is ever reported.
 */
export const browserOnline: WatchOnline = (change) => {
  const target = globalThis as Partial<Pick<Window, 'addEventListener' | 'removeEventListener'>>;
  if (typeof target.addEventListener !== 'function') return () => {};
  const offline = () => change(false);
  const online = () => change(true);
  target.addEventListener('offline', offline);
  target.addEventListener('online', online);
  return () => {
    target.removeEventListener?.('offline', offline);
    target.removeEventListener?.('online', online);
  };
};
