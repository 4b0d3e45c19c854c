import type { ServerStatus } from '@destek/protocol';
import type { SupportBackend } from '../../src/backend/SupportBackend.ts';
import { BackendError } from '../../src/errors/BackendError.ts';

/**
 * A plain-object backend for config, report and diagnostics tests: only
 * `status()` does anything (answers after `delayMs` with `serverTime`, or
 * fails as `offline`); the rest rejects as unsupported. Not a mock of any
 * real adapter: `memoryBackend()` is tested elsewhere.
 */
export function plainBackend(
  options: { serverTime?: () => number; delayMs?: number; offline?: boolean; hang?: boolean } = {},
): SupportBackend & { statusCalls: number } {
  const unsupported = () =>
    Promise.reject(new BackendError('unsupported', 'not in this test backend'));
  const backend = {
    name: 'plain',
    statusCalls: 0,
    capabilities: {
      tickets: true,
      liveChat: false,
      attachments: false,
      uploadProgress: false,
      typing: false,
      queuePosition: false,
      rating: false,
      resume: false,
      identity: false,
      faq: false,
      email: false,
    },
    connect: () => Promise.resolve(),
    status(): Promise<ServerStatus> {
      backend.statusCalls += 1;
      if (options.hang) return new Promise(() => {});
      return new Promise((resolve, reject) => {
        setTimeout(() => {
          if (options.offline) {
            reject(new BackendError('offline', 'no answer'));
            return;
          }
          const serverTime = options.serverTime?.() ?? Date.now();
          resolve({
            serverTime: new Date(serverTime).toISOString(),
            protocolVersion: 1,
            agentsOnline: 0,
            businessHours: { open: true, nextOpenAt: null },
            queueLength: 0,
          });
        }, options.delayMs ?? 0);
      });
    },
    uploadAttachment: unsupported,
    submitReport: unsupported,
    listTickets: unsupported,
    getTicket: unsupported,
    addToTicket: unsupported,
    escalateTicket: unsupported,
    rateTicket: unsupported,
    searchFaq: unsupported,
    startConversation: unsupported,
    getConversation: unsupported,
    sendMessage: unsupported,
    setTyping: unsupported,
    markRead: unsupported,
    closeConversation: unsupported,
    rateConversation: unsupported,
    convertToTicket: unsupported,
    emailTranscript: unsupported,
    faqFeedback: unsupported,
    subscribe: () => ({ close() {} }),
    dispose() {},
  };
  return backend;
}
