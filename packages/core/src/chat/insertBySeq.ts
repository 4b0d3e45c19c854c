import type { ChatMessage } from '@destek/protocol';

/**
 * `list` (in seq order, each seq once) with `message` in its place. Returns
 * `list` itself when that seq is already there: a message replayed after a
 * reconnect, or echoed by the stream after its send was answered, is shown
 * once, and the first copy wins (messages never change once sent).
 */
export function insertBySeq(
  list: readonly ChatMessage[],
  message: ChatMessage,
): readonly ChatMessage[] {
  // Almost every message is the newest: check the end before searching.
  const last = list[list.length - 1];
  if (last === undefined || last.seq < message.seq) return [...list, message];
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle]?.seq ?? 0) < message.seq) low = middle + 1;
    else high = middle;
  }
  if (list[low]?.seq === message.seq) return list;
  return [...list.slice(0, low), message, ...list.slice(low)];
}
