import type { LiveEvent } from '@destek/protocol';
import { type Signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { AgentApi } from '../api/createAgentApi.ts';
import { errorText } from '../api/errorText.ts';
import { type LinkState, watchConversation } from '../live/watchConversation.ts';
import { refreshMyChats } from '../state/myChats.ts';
import { applyLiveEvent } from './applyLiveEvent.ts';
import { type ChatView, cursorOf, viewOf } from './ChatView.ts';

/** A visitor's typing indicator fades when not renewed (their "stopped" may be lost). */
const TYPING_FADE_MS = 8_000;

export interface Conversation {
  view: Signal<ChatView | null>;
  link: Signal<LinkState>;
  problem: Signal<string | null>;
}

/**
 * Follows one conversation live for as long as the screen shows it: the
 * snapshot on connect, then messages, typing, queue, agent and status.
 */
export function useConversation(api: AgentApi, id: string): Conversation {
  const view = useSignal<ChatView | null>(null);
  const link = useSignal<LinkState>({ kind: 'connecting' });
  const problem = useSignal<string | null>(null);

  useEffect(() => {
    let fade: ReturnType<typeof setTimeout> | undefined;
    let alive = true;
    const refetch = async () => {
      try {
        const snapshot = await api.conversation(id, 0);
        if (alive) view.value = viewOf(snapshot);
      } catch (error) {
        if (alive) problem.value = errorText(error);
      }
    };
    const onEvent = (event: LiveEvent) => {
      if (event.type === 'reset') {
        void refetch();
        return;
      }
      const current = view.value;
      let next: ChatView;
      if (current !== null) next = applyLiveEvent(current, event);
      else if (event.type === 'state') next = viewOf(event.snapshot);
      else return; // the stream always opens with `state`
      view.value = next;
      problem.value = null;
      // Claimed or ended (by either side): the agent's own list changed.
      if (current !== null && current.status !== next.status) void refreshMyChats(api);
      if (event.type === 'typing' && event.from === 'visitor') {
        clearTimeout(fade);
        if (event.active)
          fade = setTimeout(() => {
            if (view.value) view.value = { ...view.value, visitorTyping: false };
          }, TYPING_FADE_MS);
      }
    };
    const watch = watchConversation(api, id, {
      onEvent,
      onLink: (state) => {
        link.value = state;
        if (state.kind === 'failed') problem.value = errorText(state.error);
      },
      cursor: () => (view.value ? cursorOf(view.value) : 0),
    });
    return () => {
      alive = false;
      clearTimeout(fade);
      watch.stop();
    };
  }, [api, id]);

  return { view, link, problem };
}
