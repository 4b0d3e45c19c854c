import type { LiveEvent } from '@destek/protocol';
import { type ChatView, mergeMessages, viewOf } from './ChatView.ts';

/**
 * The view after one live event. Pure, so the order rules are testable
 * without a stream: messages merge by seq (a replay after a reconnect changes
 * nothing); a visitor's message ends their typing indicator; `reset` is left
 * to the caller, which must fetch the whole conversation again.
 */
export function applyLiveEvent(view: ChatView, event: LiveEvent): ChatView {
  switch (event.type) {
    case 'state':
      return viewOf(event.snapshot, view);
    case 'message':
      return {
        ...view,
        messages: mergeMessages(view.messages, [event.message]),
        visitorTyping: event.message.from === 'visitor' ? false : view.visitorTyping,
      };
    case 'typing':
      return event.from === 'visitor' ? { ...view, visitorTyping: event.active } : view;
    case 'queue':
      return { ...view, queue: event.queue };
    case 'agent':
      return { ...view, agent: event.agent };
    case 'status':
      return {
        ...view,
        status: event.status,
        queue: event.status === 'queued' ? view.queue : null,
        closingNote: event.closingNote === undefined ? view.closingNote : event.closingNote,
        visitorTyping: event.status === 'ended' ? false : view.visitorTyping,
      };
    case 'reset':
      return view;
  }
}
