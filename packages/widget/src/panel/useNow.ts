import { useEffect, useState } from 'preact/hooks';
import { usePanel } from './PanelServices.ts';

/** The time, refreshed every second while `ticking` (for "retrying in N seconds"). */
export function useNow(ticking: boolean): number {
  const { now } = usePanel();
  const [time, setTime] = useState(now);
  useEffect(() => {
    setTime(now());
    if (!ticking) return;
    const timer = setInterval(() => setTime(now()), 1000);
    return () => clearInterval(timer);
  }, [ticking, now]);
  return time;
}
