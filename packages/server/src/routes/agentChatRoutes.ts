import {
  type AgentMe,
  agentCloseSchema,
  agentMessageSchema,
  agentPresenceSchema,
  newId,
  typingSchema,
} from '@destek/protocol';
import type { Context, Hono } from 'hono';
import { liveStream } from '../chat/liveStream.ts';
import { queueItems } from '../chat/queueItems.ts';
import { agentOf, broadcastQueue, snapshotOf } from '../chat/snapshot.ts';
import { ApiError, notFound } from '../http/ApiError.ts';
import { readJson } from '../http/readJson.ts';
import { type AppEnv, isoNow, type ServerContext } from '../ServerContext.ts';
import type { ConversationRecord } from '../storage/records.ts';
import { serveAttachment } from './attachmentRoutes.ts';
import { afterParam } from './conversationRoutes.ts';

async function conversationAt(c: Context<AppEnv>, ctx: ServerContext): Promise<ConversationRecord> {
  const conversation = await ctx.storage.getConversation(c.req.param('id') ?? '');
  if (!conversation) throw notFound();
  return conversation;
}

/** Claims `conversation` for the calling agent, or refuses when another agent has it. */
async function claim(
  ctx: ServerContext,
  c: Context<AppEnv>,
  conversation: ConversationRecord,
): Promise<ConversationRecord> {
  const agent = c.get('agent');
  if (conversation.status === 'ended') throw new ApiError('conflict', 'The conversation has ended');
  if (conversation.agentId !== null && conversation.agentId !== agent.id) {
    throw new ApiError('conflict', 'Another agent has this conversation');
  }
  if (conversation.agentId === agent.id && conversation.status === 'active') return conversation;
  const at = isoNow(ctx);
  const patch = {
    status: 'active' as const,
    agentId: agent.id,
    agentName: agent.name,
    claimedAt: at,
    updatedAt: at,
  };
  await ctx.storage.updateConversation(conversation.id, patch);
  const next = { ...conversation, ...patch };
  ctx.bus.publish(conversation.id, { type: 'agent', agent: agentOf(next) });
  ctx.bus.publish(conversation.id, { type: 'status', status: 'active' });
  await broadcastQueue(ctx);
  return next;
}

/** Agent side of live chat: who am I, presence, queue, claim, reply, typing, close. */
export function agentChatRoutes(app: Hono<AppEnv>, ctx: ServerContext): void {
  app.post('/v1/agent/presence', async (c) => {
    const body = await readJson(c.req.raw, agentPresenceSchema);
    const agent = c.get('agent');
    if (body.online) ctx.presence.touch(agent.id, ctx.clock());
    else ctx.presence.leave(agent.id);
    await broadcastQueue(ctx);
    return c.json({ agentsOnline: ctx.presence.online(ctx.clock()) });
  });

  app.get('/v1/agent/me', (c) => {
    const agent = c.get('agent');
    const me: AgentMe = {
      id: agent.id,
      name: agent.name,
      online: ctx.presence.isOnline(agent.id, ctx.clock()),
    };
    return c.json(me);
  });

  // Waiting chats, oldest first; with `?mine=1`, the caller's own active chats instead.
  app.get('/v1/agent/queue', async (c) => {
    const mine = c.req.query('mine') ?? '0';
    if (mine !== '0' && mine !== '1')
      throw new ApiError('invalid_parameter', 'mine is 0 or 1', { field: 'mine' });
    const conversations =
      mine === '1'
        ? await ctx.storage.activeConversationsOf(c.get('agent').id)
        : await ctx.storage.queuedConversations();
    return c.json({
      conversations: await queueItems(ctx, conversations, mine === '1' ? 'mine' : 'waiting'),
    });
  });

  app.post('/v1/agent/conversations/:id/claim', async (c) => {
    const conversation = await claim(ctx, c, await conversationAt(c, ctx));
    return c.json(await snapshotOf(ctx, conversation, 0));
  });

  app.get('/v1/agent/conversations/:id', async (c) =>
    c.json(await snapshotOf(ctx, await conversationAt(c, ctx), afterParam(c))),
  );

  app.get('/v1/agent/conversations/:id/events', async (c) =>
    liveStream(c, ctx, await conversationAt(c, ctx)),
  );

  app.post('/v1/agent/conversations/:id/messages', async (c) => {
    const current = await conversationAt(c, ctx);
    const body = await readJson(c.req.raw, agentMessageSchema);
    // Agents have no upload route yet, so nothing they could attach would be theirs.
    if ((body.attachments ?? []).length > 0) {
      throw new ApiError('unsupported', 'Agent attachments are not supported yet', {
        field: 'attachments',
      });
    }
    const earlier = await ctx.storage.messageByClientId(current.id, body.clientId);
    if (earlier) return c.json(earlier, 200);
    const conversation = await claim(ctx, c, current);
    const agent = c.get('agent');
    const at = isoNow(ctx);
    const { message, created } = await ctx.storage.appendMessage(
      conversation.id,
      {
        id: newId(),
        clientId: body.clientId,
        from: 'agent',
        author: agent.name,
        text: body.text,
        attachments: [],
        at,
      },
      { updatedAt: at, firstAgentReplyAt: conversation.firstAgentReplyAt ?? at },
    );
    if (created) ctx.bus.publish(conversation.id, { type: 'message', message });
    return c.json(message, created ? 201 : 200);
  });

  app.post('/v1/agent/conversations/:id/typing', async (c) => {
    const conversation = await conversationAt(c, ctx);
    const body = await readJson(c.req.raw, typingSchema);
    if (conversation.status !== 'ended')
      ctx.bus.publish(conversation.id, { type: 'typing', from: 'agent', active: body.active });
    return c.body(null, 204);
  });

  app.post('/v1/agent/conversations/:id/close', async (c) => {
    const conversation = await conversationAt(c, ctx);
    const note = await readJson(c.req.raw, agentCloseSchema);
    if (conversation.status === 'ended')
      throw new ApiError('conflict', 'The conversation has ended');
    const at = isoNow(ctx);
    await ctx.storage.updateConversation(conversation.id, {
      status: 'ended',
      closingNote: note,
      endedAt: at,
      updatedAt: at,
    });
    ctx.bus.publish(conversation.id, { type: 'status', status: 'ended', closingNote: note });
    await broadcastQueue(ctx);
    const latest = (await ctx.storage.getConversation(conversation.id)) ?? conversation;
    return c.json(await snapshotOf(ctx, latest, 0));
  });

  app.get('/v1/agent/attachments/:id', async (c) => {
    const record = await ctx.storage.getAttachment(c.req.param('id'));
    if (!record) throw notFound();
    return serveAttachment(ctx, record);
  });
}
