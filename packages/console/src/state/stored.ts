/**
 * sessionStorage, which is per tab and gone when the tab closes: the agent
 * token lives here and nowhere else (never in the URL, never in localStorage).
 * Storage may be switched off; then the console simply forgets on reload.
 */
export function readStored<T>(key: string, fallback: T): T {
  try {
    const raw = sessionStorage.getItem(key);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    if (value === null || value === undefined) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage off or full: the console keeps working for this page's life.
  }
}
