import type { ChatItem, TranscriptWords } from './Chat.ts';

const ENGLISH: TranscriptWords = { visitor: 'You', agent: 'Support', system: 'Notice' };

/**
 * The conversation as plain text for a download: one paragraph per message,
 * `[time] Name: text`, attachments named on their own lines. Messages not
 * acknowledged by the server are left out: the transcript is what was said.
 */
export function transcriptText(
  items: readonly ChatItem[],
  words: Partial<TranscriptWords> = {},
): string {
  const w = { ...ENGLISH, ...words };
  const time = w.time ?? ((iso: string) => iso);
  return items
    .filter((item) => item.state === 'sent')
    .map((item) => {
      const name =
        item.from === 'visitor'
          ? w.visitor
          : item.from === 'system'
            ? w.system
            : (item.author ?? w.agent);
      const files = item.attachments.map((file) => `\n  [${file.name}]`).join('');
      return `[${time(item.at)}] ${name}: ${item.text}${files}`;
    })
    .join('\n\n')
    .concat('\n');
}
