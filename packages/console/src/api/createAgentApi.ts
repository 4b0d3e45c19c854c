import {
  type AgentMe,
  agentMeSchema,
  agentQueueItemSchema,
  agentTicketSchema,
  type CannedResponse,
  type ChatMessage,
  type ClosingNote,
  type ConversationSnapshot,
  chatMessageSchema,
  conversationSnapshotSchema,
  historyEntrySchema,
  type Priority,
  reportSchema,
  type TicketStatus,
  ticketEntrySchema,
} from '@destek/protocol';
import { isConsoleError } from './ConsoleError.ts';
import { checked, checkedList } from './checked.ts';
import { readCanned } from './readCanned.ts';
import { readMetrics } from './readMetrics.ts';
import { readRatings } from './readRatings.ts';
import { type OnUnauthorized, requestJson, send } from './requestJson.ts';
import type {
  AgentTicket,
  AgentTicketDetail,
  Metrics,
  QueueItem,
  RatingItem,
  TicketEntryItem,
} from './types.ts';

/** Every agent route the console uses, typed and checked. */
export interface AgentApi {
  /** Renews (or ends) the agent's presence; answers how many agents are online. */
  presence(online: boolean): Promise<number>;
  /** The token's agent: who they are, and whether the server counts them as online. */
  me(): Promise<AgentMe>;
  /** Waiting chats, oldest first. */
  queue(): Promise<QueueItem[]>;
  /** This agent's own active chats (`queue?mine=1`), earliest taken first. */
  myChats(): Promise<QueueItem[]>;
  claim(id: string): Promise<ConversationSnapshot>;
  conversation(id: string, after?: number): Promise<ConversationSnapshot>;
  /** The live stream's raw response, for the SSE reader. */
  events(id: string, after: number, signal: AbortSignal): Promise<Response>;
  sendMessage(id: string, clientId: string, text: string): Promise<ChatMessage>;
  typing(id: string, active: boolean): Promise<void>;
  close(id: string, note: ClosingNote): Promise<ConversationSnapshot>;
  tickets(status?: TicketStatus): Promise<AgentTicket[]>;
  ticket(id: string): Promise<AgentTicketDetail>;
  reply(
    id: string,
    clientId: string,
    text: string,
    status: 'open' | 'pending' | 'solved',
  ): Promise<TicketEntryItem>;
  update(
    id: string,
    change: { status?: TicketStatus; priority?: Priority },
  ): Promise<AgentTicketDetail>;
  escalate(id: string, team: string, reason?: string): Promise<AgentTicketDetail>;
  requestRating(id: string): Promise<AgentTicketDetail>;
  metrics(since: string): Promise<Metrics>;
  /** The server's canned answers (all languages); empty when it has none or no such route (404). */
  canned(): Promise<CannedResponse[]>;
  /** Recent ratings with comments; null when the server has no such route (404). */
  ratings(since: string): Promise<RatingItem[] | null>;
  attachment(id: string): Promise<Blob>;
}

const path = (...parts: string[]) =>
  `/v1/agent/${parts.map((part) => encodeURIComponent(part)).join('/')}`;

function detail(data: unknown): AgentTicketDetail {
  const source = (data ?? {}) as Record<string, unknown>;
  return {
    ticket: checked(agentTicketSchema, source.ticket, 'ticket'),
    report: source.report == null ? null : checked(reportSchema, source.report, 'report'),
    entries: checkedList(ticketEntrySchema, source, 'entries'),
    history: checkedList(historyEntrySchema, source, 'history'),
  };
}

/**
 * The agent API of the server that served the console (same origin, so no
 * CORS and no other host). `onUnauthorized` runs on any 401: the token was
 * revoked or the server's config changed, and the agent must sign in again.
 */
export function createAgentApi(token: string, onUnauthorized: OnUnauthorized = () => {}): AgentApi {
  const get = (p: string) => requestJson(token, { path: p }, onUnauthorized);
  const post = (p: string, body: unknown = {}) =>
    requestJson(token, { method: 'POST', path: p, body }, onUnauthorized);
  const snapshot = async (p: string, body?: unknown) =>
    checked(conversationSnapshotSchema, await post(p, body), 'conversation');

  return {
    async presence(online) {
      const answer = (await post(path('presence'), { online })) as { agentsOnline?: unknown };
      return typeof answer?.agentsOnline === 'number' ? answer.agentsOnline : 0;
    },
    me: async () => checked(agentMeSchema, await get(path('me')), 'me'),
    async queue() {
      return checkedList(agentQueueItemSchema, await get(path('queue')), 'conversations');
    },
    async myChats() {
      const data = await get(`${path('queue')}?mine=1`);
      return checkedList(agentQueueItemSchema, data, 'conversations');
    },
    claim: (id) => snapshot(path('conversations', id, 'claim')),
    async conversation(id, after = 0) {
      const data = await get(`${path('conversations', id)}?after=${after}`);
      return checked(conversationSnapshotSchema, data, 'conversation');
    },
    events: (id, after, signal) =>
      send(
        token,
        { path: `${path('conversations', id, 'events')}?after=${after}`, signal },
        onUnauthorized,
        'text/event-stream',
      ),
    async sendMessage(id, clientId, text) {
      const data = await post(path('conversations', id, 'messages'), { clientId, text });
      return checked(chatMessageSchema, data, 'message');
    },
    async typing(id, active) {
      await post(path('conversations', id, 'typing'), { active });
    },
    close: (id, note) => snapshot(path('conversations', id, 'close'), note),
    async tickets(status) {
      const query = status === undefined ? '?limit=200' : `?limit=200&status=${status}`;
      return checkedList(agentTicketSchema, await get(`${path('tickets')}${query}`), 'tickets');
    },
    ticket: async (id) => detail(await get(path('tickets', id))),
    async reply(id, clientId, text, status) {
      const data = await post(path('tickets', id, 'replies'), { clientId, text, status });
      return checked(ticketEntrySchema, data, 'entry');
    },
    update: async (id, change) => detail(await post(path('tickets', id, 'update'), change)),
    escalate: async (id, team, reason) =>
      detail(await post(path('tickets', id, 'escalation'), reason ? { team, reason } : { team })),
    requestRating: async (id) => detail(await post(path('tickets', id, 'rating-request'))),
    metrics: async (since) =>
      readMetrics(await get(`${path('metrics')}?since=${encodeURIComponent(since)}`)),
    async canned() {
      try {
        return readCanned(await get(path('canned')));
      } catch (error) {
        // A server without canned responses (older, or none configured) is normal.
        if (isConsoleError(error) && error.status === 404) return [];
        throw error;
      }
    },
    async ratings(since) {
      try {
        return readRatings(
          await get(`${path('ratings')}?limit=20&since=${encodeURIComponent(since)}`),
        );
      } catch (error) {
        if (isConsoleError(error) && error.status === 404) return null;
        throw error;
      }
    },
    async attachment(id) {
      const response = await send(token, { path: path('attachments', id) }, onUnauthorized, '*/*');
      return response.blob();
    },
  };
}
