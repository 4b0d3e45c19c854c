import { useSignal } from '@preact/signals';
import type { JSX } from 'preact';
import type { AgentApi } from '../../api/createAgentApi.ts';
import { announce } from '../../state/announcer.ts';
import { STATUS_WORDS } from '../../text/words.ts';
import { ReplyBox } from '../ReplyBox.tsx';

type ReplyStatus = 'open' | 'pending' | 'solved';
const REPLY_STATUSES: ReplyStatus[] = ['pending', 'open', 'solved'];

/** A reply to the user (by e-mail and in "My requests"), with the status it leaves the ticket in. */
export function TicketReplyForm(props: {
  api: AgentApi;
  ticketId: string;
  locale?: string | undefined;
  onSent: () => Promise<void>;
}): JSX.Element {
  const status = useSignal<ReplyStatus>('pending');
  return (
    <section class="section" aria-labelledby="reply-heading">
      <h2 id="reply-heading">Reply</h2>
      <ReplyBox
        idPrefix="ticket-reply"
        label="Reply to the user"
        sendLabel="Send reply"
        locale={props.locale}
        onSend={async (text, clientId) => {
          await props.api.reply(props.ticketId, clientId, text, status.value);
          announce(`Reply sent; the ticket is ${status.value}.`);
          await props.onSent();
        }}
      >
        <label for="reply-status" class="inline-label">
          Then set the status to
        </label>
        <select
          id="reply-status"
          value={status.value}
          onChange={(event) => {
            status.value = event.currentTarget.value as ReplyStatus;
          }}
        >
          {REPLY_STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_WORDS[value]}
            </option>
          ))}
        </select>
      </ReplyBox>
    </section>
  );
}
