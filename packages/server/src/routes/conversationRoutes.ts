import {
  newId,
  ratingSchema,
  readSchema,
  sendMessageSchema,
  startConversationSchema,
  transcriptEmailSchema,
  typingSchema,
} from '@destek/protocol';
import type { Context, Hono } from 'hono';
import { convertToTicket } from '../chat/convertToTicket.ts';
import { liveStream } from '../chat/liveStream.ts';
import { broadcastQueue, snapshotOf } from '../chat/snapshot.ts';
import { startConversation } from '../chat/startConversation.ts';
import { transcriptOf } from '../chat/transcriptOf.ts';
import { ApiError, notFound } from '../http/ApiError.ts';
import { readJson } from '../http/readJson.ts';
import { transcriptMail } from '../mail/composeMail.ts';
import { type AppEnv, isoNow, type ServerContext } from '../ServerContext.ts';
import type { ConversationRecord } from '../storage/records.ts';
import { resolveAttachments } from '../tickets/resolveAttachments.ts';
import { toReceipt } from '../tickets/ticketViews.ts';

/** The conversation at `:id` if the caller owns it; otherwise 404. */
async function ownConversation(
  c: Context<AppEnv>,
  ctx: ServerContext,
): Promise<ConversationRecord> {
  const session = c.get('session');
  const conversation = await ctx.storage.getConversation(c.req.param('id') ?? '');
  if (
    !conversation ||
    conversation.site !== session.site ||
    conversation.visitor !== session.visitor
  )
    throw notFound();
  return conversation;
}

/** Parses `?after=`; absent means from the start. */
export function afterParam(c: Context<AppEnv>): number {
  const raw = c.req.query('after') ?? '0';
  if (!/^\d{1,15}$/.test(raw))
    throw new ApiError('invalid_parameter', 'after must be a sequence number', { field: 'after' });
  return Number(raw);
}

/** The visitor's side of live chat. */
export function conversationRoutes(app: Hono<AppEnv>, ctx: ServerContext): void {
  app.post('/v1/conversations', async (c) => {
    const body = await readJson(c.req.raw, startConversationSchema);
    const { snapshot, created } = await startConversation(ctx, c.get('session'), body);
    return c.json(snapshot, created ? 201 : 200);
  });

  app.get('/v1/conversations/:id', async (c) => {
    const conversation = await ownConversation(c, ctx);
    return c.json(await snapshotOf(ctx, conversation, afterParam(c)));
  });

  app.get('/v1/conversations/:id/events', async (c) =>
    liveStream(c, ctx, await ownConversation(c, ctx)),
  );

  app.post('/v1/conversations/:id/messages', async (c) => {
    const conversation = await ownConversation(c, ctx);
    const body = await readJson(c.req.raw, sendMessageSchema);
    if (body.text.trim() === '' && body.attachments.length === 0) {
      throw new ApiError('invalid_body', 'A message needs text or an attachment', {
        field: 'text',
      });
    }
    if (conversation.status === 'ended') {
      // A retry of a message that made it before the end still gets its answer.
      const earlier = await ctx.storage.messageByClientId(conversation.id, body.clientId);
      if (earlier) return c.json(earlier, 200);
      throw new ApiError('conflict', 'The conversation has ended');
    }
    const attachments = await resolveAttachments(ctx, c.get('session'), body.attachments);
    const at = isoNow(ctx);
    const { message, created } = await ctx.storage.appendMessage(
      conversation.id,
      { id: newId(), clientId: body.clientId, from: 'visitor', text: body.text, attachments, at },
      { updatedAt: at },
    );
    if (created) ctx.bus.publish(conversation.id, { type: 'message', message });
    return c.json(message, created ? 201 : 200);
  });

  app.post('/v1/conversations/:id/typing', async (c) => {
    const conversation = await ownConversation(c, ctx);
    const body = await readJson(c.req.raw, typingSchema);
    if (conversation.status !== 'ended')
      ctx.bus.publish(conversation.id, { type: 'typing', from: 'visitor', active: body.active });
    return c.body(null, 204);
  });

  app.post('/v1/conversations/:id/read', async (c) => {
    const conversation = await ownConversation(c, ctx);
    const body = await readJson(c.req.raw, readSchema);
    const seq = Math.min(body.seq, conversation.lastSeq);
    if (seq > conversation.visitorReadSeq)
      await ctx.storage.updateConversation(conversation.id, { visitorReadSeq: seq });
    return c.body(null, 204);
  });

  app.post('/v1/conversations/:id/close', async (c) => {
    const conversation = await ownConversation(c, ctx);
    if (conversation.status !== 'ended') {
      const at = isoNow(ctx);
      await ctx.storage.updateConversation(conversation.id, {
        status: 'ended',
        endedAt: at,
        updatedAt: at,
      });
      ctx.bus.publish(conversation.id, {
        type: 'status',
        status: 'ended',
        closingNote: conversation.closingNote,
      });
      await broadcastQueue(ctx);
    }
    return c.json(
      await snapshotOf(
        ctx,
        (await ctx.storage.getConversation(conversation.id)) ?? conversation,
        afterParam(c),
      ),
    );
  });

  app.post('/v1/conversations/:id/rating', async (c) => {
    const conversation = await ownConversation(c, ctx);
    const body = await readJson(c.req.raw, ratingSchema);
    if (conversation.status !== 'ended')
      throw new ApiError('conflict', 'A chat can be rated once it has ended');
    await ctx.storage.updateConversation(conversation.id, {
      rating: body.score,
      ratingComment: body.comment ?? null,
      ratedAt: isoNow(ctx),
    });
    // Copied so the ticket shows it too; the ratings list shows it once, as the chat's.
    if (conversation.ticketId !== null) {
      await ctx.storage.updateTicket(
        conversation.ticketId,
        { rating: body.score, ratingComment: body.comment ?? null },
        [],
      );
    }
    return c.json(
      await snapshotOf(
        ctx,
        (await ctx.storage.getConversation(conversation.id)) ?? conversation,
        afterParam(c),
      ),
    );
  });

  app.post('/v1/conversations/:id/ticket', async (c) => {
    const conversation = await ownConversation(c, ctx);
    const result = await convertToTicket(ctx, conversation.id, 'asked');
    if (!result) throw notFound();
    return c.json(toReceipt(result.ticket), result.created ? 201 : 200);
  });

  app.post('/v1/conversations/:id/transcript', async (c) => {
    const mail = ctx.mail;
    if (mail === null) throw new ApiError('unsupported', 'This server sends no e-mail');
    const conversation = await ownConversation(c, ctx);
    const body = await readJson(c.req.raw, transcriptEmailSchema);
    const session = c.get('session');
    ctx.limiters.mailsPerVisitor.hit(`${session.site}|${session.visitor}`, ctx.clock());
    mail.send(
      transcriptMail({
        to: body.email,
        site: ctx.sites.get(conversation.site)?.name ?? conversation.site,
        locale: conversation.locale,
        messages: await transcriptOf(ctx, conversation.id),
        closingNote: conversation.closingNote,
      }),
    );
    // Accepted: the mail leaves in the background, and a failure is retried there.
    return c.body(null, 202);
  });
}
