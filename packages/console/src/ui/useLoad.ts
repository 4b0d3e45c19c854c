import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorText } from '../api/errorText.ts';

/** An async value and its state, for a screen that fetches on open. */
export interface Loaded<T> {
  data: T | null;
  /** The failure in words, when the last load failed. */
  problem: string | null;
  loading: boolean;
  /** Fetches again (after a change, say), keeping the shown data meanwhile. */
  reload(): Promise<void>;
  /** Replaces the data with a fresher copy the caller already has (a route's answer). */
  set(data: T): void;
}

/** Runs `load` when `key` changes; an answer that arrives after a newer request is dropped. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  // `key` names what `load` fetches: a new key is a new load.
  const run = useCallback(
    async (isCurrent: () => boolean) => {
      setLoading(true);
      try {
        const value = await load();
        if (!isCurrent()) return;
        setData(value);
        setProblem(null);
      } catch (error) {
        if (isCurrent()) setProblem(errorText(error));
      } finally {
        if (isCurrent()) setLoading(false);
      }
    },
    [key],
  );
  useEffect(() => {
    let current = true;
    setData(null);
    void run(() => current);
    return () => {
      current = false;
    };
  }, [run]);
  return {
    data,
    problem,
    loading,
    reload: () => run(() => true),
    set: setData,
  };
}
