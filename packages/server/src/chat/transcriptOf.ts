import type { ChatMessage } from '@destek/protocol';
import type { ServerContext } from '../ServerContext.ts';
import { SNAPSHOT_MESSAGES } from './snapshot.ts';

/** Every message of a conversation, in seq order, read a page at a time. */
export async function transcriptOf(
  ctx: ServerContext,
  conversationId: string,
): Promise<ChatMessage[]> {
  const out: ChatMessage[] = [];
  for (;;) {
    const page = await ctx.storage.messagesAfter(
      conversationId,
      out.at(-1)?.seq ?? 0,
      SNAPSHOT_MESSAGES,
    );
    out.push(...page);
    if (page.length < SNAPSHOT_MESSAGES) return out;
  }
}
