import { type ChatMessage, newId, type TicketEntry, type TicketStatus } from '@destek/protocol';
import type { AgentDriver } from '../../conformance/AgentDriver.ts';
import { BackendError } from '../../errors/BackendError.ts';
import { appendMessage, emit } from './conversationOps.ts';
import type { MemoryWorld, StoredConversation, StoredTicket } from './MemoryWorld.ts';

/** The support agent's side of a memory backend, for tests and demos. */
export interface MemoryAgent extends AgentDriver {
  replyToConversation(conversationId: string, text: string): Promise<ChatMessage>;
  replyToTicket(ticketId: string, text: string): Promise<TicketEntry>;
  /** Shows or hides "agent is typing" to the visitor. */
  setTyping(conversationId: string, active: boolean): Promise<void>;
  setTicketStatus(ticketId: string, status: TicketStatus): Promise<void>;
  /** How many agents `status()` reports online. */
  setAgentsOnline(count: number): void;
  /** Ids of conversations waiting for an agent, oldest first. */
  queuedConversations(): string[];
}

/** Options of {@link createMemoryAgent}. */
export interface MemoryAgentOptions {
  /** The agent's display name. @default 'Aylin' */
  name?: string;
}

/** Makes the agent driver over a memory backend's world. */
export function createMemoryAgent(
  world: MemoryWorld,
  clock: () => number,
  options: MemoryAgentOptions = {},
): MemoryAgent {
  const agent = { id: newId(), name: options.name ?? 'Aylin' };
  const conversation = (id: string): StoredConversation => {
    const found = world.conversations.get(id);
    if (!found) throw new BackendError('not_found', `No conversation ${id}`);
    return found;
  };
  const ticket = (id: string): StoredTicket => {
    const found = world.tickets.get(id);
    if (!found) throw new BackendError('not_found', `No ticket ${id}`);
    return found;
  };
  const stamp = () => new Date(clock()).toISOString();

  return {
    async claimConversation(id) {
      const target = conversation(id);
      if (target.status === 'ended')
        throw new BackendError('conflict', 'The conversation has ended');
      target.status = 'active';
      target.agent = agent;
      emit(target, { type: 'agent', agent });
      emit(target, { type: 'status', status: 'active' });
    },
    async replyToConversation(id, text) {
      const target = conversation(id);
      if (target.status === 'ended')
        throw new BackendError('conflict', 'The conversation has ended');
      return appendMessage(target, 'agent', text, clock(), { attachments: [], author: agent.name });
    },
    async setTyping(id, active) {
      emit(conversation(id), { type: 'typing', from: 'agent', active });
    },
    async endConversation(id, note, nextCheckAt) {
      const target = conversation(id);
      target.status = 'ended';
      target.closingNote = { text: note, ...(nextCheckAt === undefined ? {} : { nextCheckAt }) };
      emit(target, { type: 'status', status: 'ended', closingNote: target.closingNote });
    },
    async replyToTicket(id, text) {
      const target = ticket(id);
      const entry: TicketEntry = {
        id: newId(),
        from: 'agent',
        author: agent.name,
        text,
        attachments: [],
        at: stamp(),
      };
      target.detail.entries.push(entry);
      target.detail.unread += 1;
      target.detail.firstRespondedAt ??= entry.at;
      target.detail.status = 'pending';
      target.detail.updatedAt = entry.at;
      // As the reference server: the reply also goes to the visitor's address.
      if (target.email !== null) {
        world.emails.push({ to: target.email, kind: 'reply', about: id, text });
      }
      return entry;
    },
    async setTicketStatus(id, status) {
      const target = ticket(id);
      target.detail.status = status;
      target.detail.updatedAt = stamp();
      if (status === 'solved' || status === 'closed')
        target.detail.resolvedAt ??= target.detail.updatedAt;
    },
    setAgentsOnline(count) {
      world.agentsOnline = count;
    },
    queuedConversations() {
      return [...world.conversations.values()]
        .filter((c) => c.status === 'queued')
        .map((c) => c.id);
    },
  };
}
