/** Defaults of `createChat`, in one place. */

/** A minute down is more than a blip (a tunnel, a lift) and less than giving up on someone. */
export const DEFAULT_TICKET_OFFER_MS = 60_000;

/** One "typing" every 3 s keeps the agent's indicator alive without a request per keystroke. */
export const DEFAULT_TYPING_EVERY_MS = 3000;

/** Five quiet seconds reads as "stopped typing" to people. */
export const DEFAULT_TYPING_IDLE_MS = 5000;

/**
 * The agent's indicator hides on its own after this long without news, in
 * case their "stopped typing" was lost with a dropped connection.
 */
export const AGENT_TYPING_TIMEOUT_MS = 10_000;

/** The key of the saved conversation in localStorage. */
export const DEFAULT_CHAT_STORE_KEY = 'destek:chat';

/** Files per chat, as per report. */
export const DEFAULT_CHAT_FILES = 10;
