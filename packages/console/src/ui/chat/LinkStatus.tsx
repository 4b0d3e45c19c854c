import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { LinkState } from '../../live/watchConversation.ts';

/** Seconds until `atMs`, re-rendered each second while counting down. */
function useSecondsUntil(atMs: number | null): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (atMs === null) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [atMs]);
  return atMs === null ? 0 : Math.max(0, Math.ceil((atMs - now) / 1000));
}

/** The live link in words: connecting, live, retrying in N s, or lost. */
export function LinkStatus(props: { state: LinkState }): JSX.Element {
  const { state } = props;
  const seconds = useSecondsUntil(state.kind === 'retrying' ? state.atMs : null);
  const words =
    state.kind === 'live'
      ? 'Live'
      : state.kind === 'connecting'
        ? 'Connecting…'
        : state.kind === 'retrying'
          ? `Connection lost, retrying in ${seconds} s`
          : 'Not connected';
  return <span class={`link-status link-${state.kind}`}>{words}</span>;
}
