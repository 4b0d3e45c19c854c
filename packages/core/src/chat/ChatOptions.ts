import type { SupportBackend } from '../backend/SupportBackend.ts';
import type { Timers } from '../outbox/platform.ts';
import type { RedactionPolicy } from '../redaction/RedactionPolicy.ts';
import type { ChatItem } from './Chat.ts';
import type { WatchOnline } from './watchOnline.ts';

/** Where the active conversation is remembered between pages. */
export type ChatStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Options of `createChat`; everything but `backend` has a default. */
export interface ChatOptions {
  /** A backend whose session is kept open (a `SupportClient`'s `backend`). */
  backend: SupportBackend;
  /**
   * Keeps the active conversation's id and last seen seq, so a reload resumes
   * it. Only ids and numbers are kept: the messages stay on the server.
   * `null` keeps nothing. @default localStorage, when reachable
   */
  store?: ChatStore | null;
  /** The key in `store`. @default 'destek:chat' */
  storeKey?: string;
  /**
   * How long the live link may be down in an open chat before the visitor is
   * offered to turn it into a ticket. @default 60000 (one minute)
   */
  ticketOfferAfterMs?: number;
  /** At most one "typing" signal per this many ms while the visitor types. @default 3000 */
  typingEveryMs?: number;
  /** "Stopped typing" is sent after this long without a keystroke. @default 5000 */
  typingIdleMs?: number;
  /** What is masked in the visitor's messages before they leave. @default mask every kind */
  redaction?: RedactionPolicy;
  /** The most files one visitor may send in a chat. @default 10 */
  maxFiles?: number;
  /**
   * Called once for each new message from support (agent, bot, system), also
   * while the chat is not shown; not for history replayed after a reload.
   */
  onMessage?: (message: ChatItem) => void;
  /**
   * When the device goes offline and comes back. Offline drops the live stream
   * at once (a stream cut without a goodbye can take a minute to notice);
   * back online, it resumes from the last message seen.
   * @default the window's `online` and `offline` events
   */
  watchOnline?: WatchOnline;
  /** @default Date.now */
  clock?: () => number;
  /** @default the global timers */
  timers?: Timers;
}
