import {
  attachmentMetaSchema,
  conversationSnapshotSchema,
  newId,
  type Report,
  statusSchema,
  ticketDetailSchema,
  ticketReceiptSchema,
  validate,
} from '@destek/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SupportBackend } from '../backend/SupportBackend.ts';
import { BackendError } from '../errors/BackendError.ts';
import type { AgentDriver } from './AgentDriver.ts';
import { chatStart, expectBackendError, unsupportedCalls } from './conformanceChecks.ts';
import { followUpChecks } from './followUpChecks.ts';
import { recordLive } from './liveRecorder.ts';

/** The agent side each adapter's test supplies (see {@link AgentDriver}). */
export type { AgentDriver } from './AgentDriver.ts';

/** What each conformance test gets: a fresh backend, its agent side, and how to clean up. */
export interface ConformanceSetup {
  backend: SupportBackend;
  agent: AgentDriver;
  cleanup?: () => void | Promise<void>;
}

const VISITOR = { anonId: 'conformance_visitor_a' };
const OTHER_VISITOR = { anonId: 'conformance_visitor_b' };
// Plain text, not an image: backends may re-encode images, changing their bytes and hash.
const LOG: Uint8Array<ArrayBuffer> = new TextEncoder().encode(
  '2026-03-01 12:00:01 PMT-105 deposit declined\n',
) as Uint8Array<ArrayBuffer>;

function report(summary = 'Deposit did not arrive'): Report {
  return {
    clientReportId: newId(),
    summary,
    stepsTried: ['Restarted the app'],
    expected: 'The balance goes up',
    observed: 'Error PMT-105',
    category: 'payment',
    priority: 'urgent',
    locale: 'tr-TR',
    attachments: [],
    context: [{ key: 'app.version', value: '4.2.0' }],
  };
}

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Registers vitest tests that any {@link SupportBackend} must pass. `setup` is
 * called before each test and must return a fresh backend (or one whose state
 * does not leak between visitors) and a driver for its agent side. Features a
 * backend switches off in `capabilities` are checked to reject with `unsupported`.
 */
export function backendConformance(
  name: string,
  setup: () => ConformanceSetup | Promise<ConformanceSetup>,
): void {
  describe(`SupportBackend conformance: ${name}`, () => {
    let ctx: ConformanceSetup;
    let backend: SupportBackend;
    let agent: AgentDriver;

    beforeEach(async () => {
      ctx = await setup();
      backend = ctx.backend;
      agent = ctx.agent;
      await backend.connect(VISITOR);
    });
    afterEach(async () => {
      backend.dispose();
      await ctx.cleanup?.();
    });

    it('connects again safely and answers status with a valid body', async () => {
      await backend.connect(VISITOR);
      const status = await backend.status();
      expect(validate(statusSchema, status).ok).toBe(true);
      expect(Math.abs(Date.parse(status.serverTime) - Date.now())).toBeLessThan(5 * 60_000);
    });

    it('stores an upload and describes it by its bytes', async () => {
      if (!backend.capabilities.attachments) {
        await expectBackendError(
          backend.uploadAttachment(new Blob([LOG], { type: 'text/plain' }), 'log.txt'),
          'unsupported',
        );
        return;
      }
      const progress: number[] = [];
      const meta = await backend.uploadAttachment(
        new Blob([LOG], { type: 'text/plain' }),
        'app-log.txt',
        {
          onProgress: (sent) => progress.push(sent),
        },
      );
      expect(validate(attachmentMetaSchema, meta).ok).toBe(true);
      expect(meta).toMatchObject({
        name: 'app-log.txt',
        type: 'text/plain',
        bytes: LOG.length,
        sha256: await sha256(LOG),
      });
      if (backend.capabilities.uploadProgress) expect(progress.at(-1)).toBe(LOG.length);
    });

    it('returns the first receipt when a report is sent twice with the same key', async () => {
      if (!backend.capabilities.tickets) {
        await expectBackendError(
          backend.submitReport(report(), { idempotencyKey: newId() }),
          'unsupported',
        );
        return;
      }
      const sent = report();
      const key = newId();
      const first = await backend.submitReport(sent, { idempotencyKey: key });
      const again = await backend.submitReport(structuredClone(sent), { idempotencyKey: key });
      expect(validate(ticketReceiptSchema, first).ok).toBe(true);
      expect(first.clientReportId).toBe(sent.clientReportId);
      expect(again.id).toBe(first.id);
      expect(again.reference).toBe(first.reference);
      expect((await backend.listTickets()).filter((t) => t.id === first.id)).toHaveLength(1);
    });

    it('refuses the same key with a different report', async () => {
      if (!backend.capabilities.tickets) {
        await expectBackendError(
          backend.submitReport(report(), { idempotencyKey: newId() }),
          'unsupported',
        );
        return;
      }
      const key = newId();
      const sent = report();
      await backend.submitReport(sent, { idempotencyKey: key });
      const error = await expectBackendError(
        backend.submitReport({ ...sent, summary: 'Something else' }, { idempotencyKey: key }),
        'invalid',
      );
      expect(error.wireCode).toBe('idempotency_mismatch');
    });

    it("lists the visitor's ticket and shows the agent's reply", async () => {
      if (!backend.capabilities.tickets) {
        await expectBackendError(backend.listTickets(), 'unsupported');
        return;
      }
      const receipt = await backend.submitReport(report('Withdrawal stuck'), {
        idempotencyKey: newId(),
      });
      await agent.replyToTicket(receipt.id, 'We are checking it with the bank');
      const listed = await backend.listTickets();
      expect(listed.find((t) => t.id === receipt.id)).toMatchObject({
        reference: receipt.reference,
        summary: 'Withdrawal stuck',
      });
      const detail = await backend.getTicket(receipt.id);
      expect(validate(ticketDetailSchema, detail).ok).toBe(true);
      expect(
        detail.entries.some(
          (e) => e.from === 'agent' && e.text === 'We are checking it with the bank',
        ),
      ).toBe(true);
    });

    it("keeps one visitor's ticket from another (not_found)", async () => {
      if (!backend.capabilities.tickets) {
        await expectBackendError(backend.getTicket(newId()), 'unsupported');
        return;
      }
      const receipt = await backend.submitReport(report(), { idempotencyKey: newId() });
      await backend.connect(OTHER_VISITOR);
      await expectBackendError(backend.getTicket(receipt.id), 'not_found');
      expect((await backend.listTickets()).some((t) => t.id === receipt.id)).toBe(false);
      await backend.connect(VISITOR);
      expect((await backend.getTicket(receipt.id)).id).toBe(receipt.id);
    });

    it('delivers the agent reply on the live stream once, in order, after a state snapshot', async () => {
      if (!backend.capabilities.liveChat) {
        await expectBackendError(backend.startConversation(chatStart()), 'unsupported');
        return;
      }
      const started = await backend.startConversation(chatStart());
      expect(validate(conversationSnapshotSchema, started).ok).toBe(true);
      const live = recordLive(backend, started.id, 0);
      await live.until((events) => events.some((e) => e.type === 'state'));
      await agent.claimConversation(started.id);
      await agent.replyToConversation(started.id, 'Merhaba, bakıyorum');
      await agent.replyToConversation(started.id, 'Ödemeniz yolda');
      await live.until(() => live.seqs().length >= 3);
      await new Promise((resolve) => setTimeout(resolve, 50));
      live.close();
      expect(live.events[0]?.type).toBe('state');
      expect(live.seqs()).toEqual([1, 2, 3]);
      const texts = live.events.flatMap((e) => (e.type === 'message' ? [e.message.text] : []));
      expect(texts.slice(1)).toEqual(['Merhaba, bakıyorum', 'Ödemeniz yolda']);
    });

    it('resumes from a cursor with only the later messages', async () => {
      if (!backend.capabilities.liveChat) {
        await expectBackendError(backend.getConversation(newId(), 2), 'unsupported');
        return;
      }
      const started = await backend.startConversation(chatStart());
      await agent.claimConversation(started.id);
      await agent.replyToConversation(started.id, 'first answer');
      await agent.replyToConversation(started.id, 'second answer');
      expect((await backend.getConversation(started.id, 2)).messages.map((m) => m.seq)).toEqual([
        3,
      ]);
      // Without `resume`, the stream need not replay from a cursor.
      if (!backend.capabilities.resume) return;
      const live = recordLive(backend, started.id, 2);
      await live.until(() => live.seqs().length >= 1);
      await new Promise((resolve) => setTimeout(resolve, 50));
      live.close();
      expect(live.seqs()).toEqual([3]);
    });

    it('stores a message once when it is sent twice with the same client id', async () => {
      if (!backend.capabilities.liveChat) {
        await expectBackendError(
          backend.sendMessage(newId(), { clientId: newId(), text: 'x', attachments: [] }),
          'unsupported',
        );
        return;
      }
      const started = await backend.startConversation(chatStart());
      const message = { clientId: newId(), text: 'Kartım 1234 ile bitiyor', attachments: [] };
      const first = await backend.sendMessage(started.id, message);
      const again = await backend.sendMessage(started.id, { ...message });
      expect(again.id).toBe(first.id);
      expect(again.seq).toBe(first.seq);
      const snapshot = await backend.getConversation(started.id);
      expect(snapshot.messages.filter((m) => m.clientId === message.clientId)).toHaveLength(1);
    });

    it('ends with the closing note and stores the rating', async () => {
      if (!backend.capabilities.liveChat) {
        await expectBackendError(backend.closeConversation(newId()), 'unsupported');
        return;
      }
      const started = await backend.startConversation(chatStart());
      const live = recordLive(backend, started.id, 0);
      await agent.claimConversation(started.id);
      await agent.endConversation(started.id, 'Refund sent; I will check again tomorrow');
      await live.until((events) => events.some((e) => e.type === 'status' && e.status === 'ended'));
      live.close();
      const ended = await backend.getConversation(started.id);
      expect(ended.status).toBe('ended');
      expect(ended.closingNote?.text).toBe('Refund sent; I will check again tomorrow');
      if (!backend.capabilities.rating) {
        await expectBackendError(backend.rateConversation(started.id, { score: 5 }), 'unsupported');
        return;
      }
      await backend.rateConversation(started.id, { score: 5, comment: 'Hızlı' });
      const rated = await backend.getConversation(started.id);
      expect(rated.rating).toBe(5);
      expect(rated.ratingComment).toBe('Hızlı');
    });

    followUpChecks(() => ({ backend, agent }));

    it('rejects bad input and unknown ids with typed errors', async () => {
      if (backend.capabilities.tickets) {
        const error = await expectBackendError(
          backend.submitReport({ ...report(), summary: '' }, { idempotencyKey: newId() }),
          'invalid',
        );
        expect(error.field).toBe('summary');
        await expectBackendError(backend.getTicket(newId()), 'not_found');
      }
      if (backend.capabilities.liveChat)
        await expectBackendError(backend.getConversation(newId()), 'not_found');
      await expectBackendError(backend.connect({ anonId: 'x' }), 'invalid');
    });

    it('rejects every switched-off feature with unsupported', async () => {
      for (const [needs, call] of unsupportedCalls(backend)) {
        const capability = needs.join('+');
        if (needs.some((need) => !backend.capabilities[need])) {
          await expectBackendError(call(), 'unsupported');
          continue;
        }
        // Switched on: the call may fail (unknown id), but never as unsupported.
        const outcome = await call().then(
          () => 'resolved',
          (error: unknown) => (error instanceof BackendError ? error.code : 'not a BackendError'),
        );
        expect([capability, outcome]).not.toEqual([capability, 'unsupported']);
        expect(outcome).not.toBe('not a BackendError');
      }
    });
  });
}
