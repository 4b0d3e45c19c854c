/**
 * The support agent's side of a backend, as the conformance suite drives it.
 * Each adapter's test supplies one: the memory backend's is built in, an HTTP
 * adapter's calls the reference server's agent API.
 */
export interface AgentDriver {
  /** Takes a queued conversation: the visitor sees the agent and status `active`. */
  claimConversation(conversationId: string): Promise<void>;
  /** Sends a message as the agent; the visitor receives it on the live stream. */
  replyToConversation(conversationId: string, text: string): Promise<unknown>;
  /** Ends the conversation with a closing note (and when the agent will check again). */
  endConversation(conversationId: string, note: string, nextCheckAt?: string): Promise<void>;
  /** Answers a ticket; the owner sees it in the ticket's entries. */
  replyToTicket(ticketId: string, text: string): Promise<unknown>;
}
