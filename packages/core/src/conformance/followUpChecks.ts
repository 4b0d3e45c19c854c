import { newId, ticketReceiptSchema, validate } from '@destek/protocol';
import { expect, it } from 'vitest';
import type { SupportBackend } from '../backend/SupportBackend.ts';
import type { AgentDriver } from './AgentDriver.ts';
import { chatStart, expectBackendError } from './conformanceChecks.ts';
import { recordLive } from './liveRecorder.ts';

/**
 * What happens after or instead of a live answer: the chat turned into a
 * ticket, its transcript e-mailed, and self-help feedback. Registered inside
 * the conformance suite's `describe`; `current` gives each test's backend.
 */
export function followUpChecks(current: () => { backend: SupportBackend; agent: AgentDriver }) {
  it('turns a chat into a ticket carrying its transcript, once', async () => {
    const { backend, agent } = current();
    if (!backend.capabilities.liveChat || !backend.capabilities.tickets) {
      await expectBackendError(backend.convertToTicket(newId()), 'unsupported');
      return;
    }
    const started = await backend.startConversation(chatStart('Çekimim 3 gündür beklemede'));
    await agent.claimConversation(started.id);
    await agent.replyToConversation(started.id, 'Bankaya soruyorum');
    await backend.sendMessage(started.id, {
      clientId: newId(),
      text: 'Teşekkürler',
      attachments: [],
    });
    const live = recordLive(backend, started.id, 0);
    await live.until((events) => events.some((e) => e.type === 'state'));
    const receipt = await backend.convertToTicket(started.id);
    const again = await backend.convertToTicket(started.id);
    await live.until((events) => events.some((e) => e.type === 'status' && e.status === 'ended'));
    live.close();
    expect(validate(ticketReceiptSchema, receipt).ok).toBe(true);
    expect([again.id, again.reference]).toEqual([receipt.id, receipt.reference]);
    const ended = await backend.getConversation(started.id);
    expect(ended.status).toBe('ended');
    expect(ended.ticketReference).toBe(receipt.reference);
    const detail = await backend.getTicket(receipt.id);
    const transcript = detail.entries.map((e) => [e.from, e.text]);
    expect(transcript.slice(0, 3)).toEqual([
      ['visitor', 'Çekimim 3 gündür beklemede'],
      ['agent', 'Bankaya soruyorum'],
      ['visitor', 'Teşekkürler'],
    ]);
    expect((await backend.listTickets()).filter((t) => t.id === receipt.id)).toHaveLength(1);
    await expectBackendError(
      backend.sendMessage(started.id, {
        clientId: newId(),
        text: 'Hâlâ orada mısınız?',
        attachments: [],
      }),
      'conflict',
    );
  });

  it('leaves a message from a waiting chat, with the address the visitor gave', async () => {
    const { backend } = current();
    if (!backend.capabilities.liveChat || !backend.capabilities.tickets) return;
    const bad = await expectBackendError(
      backend.startConversation({ ...chatStart(), email: 'not an address' }),
      'invalid',
    );
    expect(bad.field).toBe('email');
    const started = await backend.startConversation({
      ...chatStart('Kartım bloke oldu'),
      email: 'ayse@example.com',
    });
    const receipt = await backend.convertToTicket(started.id);
    expect(receipt.status).toBe('new');
    const detail = await backend.getTicket(receipt.id);
    expect(detail.entries[0]).toMatchObject({ from: 'visitor', text: 'Kartım bloke oldu' });
    expect(detail.summary).toBe('Kartım bloke oldu');
  });

  it('e-mails the transcript, refusing a malformed address', async () => {
    const { backend } = current();
    if (!backend.capabilities.liveChat || !backend.capabilities.email) {
      await expectBackendError(backend.emailTranscript(newId(), 'ayse@example.com'), 'unsupported');
      return;
    }
    const started = await backend.startConversation(chatStart());
    await backend.emailTranscript(started.id, 'ayse@example.com');
    const bad = await expectBackendError(
      backend.emailTranscript(started.id, 'ayse@example.com, eve@example.com'),
      'invalid',
    );
    expect(bad.field).toBe('email');
    await expectBackendError(backend.emailTranscript(newId(), 'ayse@example.com'), 'not_found');
  });

  it('counts "Did this solve it?" on served articles only', async () => {
    const { backend } = current();
    if (!backend.capabilities.faq) {
      await expectBackendError(backend.faqFeedback('any-article', true), 'unsupported');
      return;
    }
    const [article] = await backend.searchFaq({});
    if (article) {
      await backend.faqFeedback(article.id, false);
      // A second answer replaces the first rather than counting twice.
      await backend.faqFeedback(article.id, true);
    }
    await expectBackendError(backend.faqFeedback('no-such-article-here', true), 'not_found');
    await expectBackendError(backend.faqFeedback('Not an id!', true), 'invalid');
  });
}
