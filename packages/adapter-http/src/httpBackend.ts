import {
  attachmentMetaSchema,
  chatMessageSchema,
  conversationSnapshotSchema,
  faqArticleSchema,
  statusSchema,
  ticketDetailSchema,
  ticketEntrySchema,
  ticketReceiptSchema,
  ticketSummarySchema,
  validate,
} from '@destek/protocol';
import {
  type BackendCapabilities,
  BackendError,
  type CallOptions,
  type SupportBackend,
} from './coreImports.ts';
import { type HttpBackendOptions, resolveHttpOptions } from './HttpBackendOptions.ts';
import { createTransport } from './http/createTransport.ts';
import { listOf } from './http/listOf.ts';
import { parseAnswer } from './http/readAnswer.ts';
import { subscribeLive } from './live/subscribeLive.ts';
import { uploadWithFetch } from './upload/uploadWithFetch.ts';
import { uploadWithXhr } from './upload/uploadWithXhr.ts';

const id = (value: string) => encodeURIComponent(value);

/**
 * The {@link SupportBackend} for the Destek reference server's HTTP API:
 * JSON calls on ky with timeouts, uploads with progress through
 * XMLHttpRequest, the live stream read with fetch, and every answer checked
 * against the protocol's schemas.
 */
export function httpBackend(options: HttpBackendOptions): SupportBackend {
  const resolved = resolveHttpOptions(options);
  const transport = createTransport(resolved);
  let capabilities: BackendCapabilities = resolved.capabilities;
  const subscriptions = new Set<{ close(): void }>();
  let disposed = false;

  /** Rejects at once when the server switched a needed feature off, or the backend is gone. */
  function guard(...needed: (keyof BackendCapabilities)[]): void {
    if (disposed) throw new BackendError('offline', 'The backend was disposed');
    for (const capability of needed) {
      if (!capabilities[capability]) {
        throw new BackendError('unsupported', `The server has ${capability} switched off`);
      }
    }
  }
  const signalOf = (call?: CallOptions) => call?.signal;

  const backend: SupportBackend = {
    name: 'http',
    get capabilities() {
      return capabilities;
    },

    async connect(visitor, call) {
      guard();
      const session = await transport.connect(visitor, signalOf(call));
      capabilities = session.capabilities;
    },

    async status(call) {
      guard();
      // Also the reachability check, so it works before connect() too.
      const request = { method: 'get', path: 'status', signal: signalOf(call) } as const;
      const check = (data: unknown) => validate(statusSchema, data);
      return transport.token() === undefined
        ? transport.callPublic(request, check)
        : transport.call(request, check);
    },

    async uploadAttachment(file, name, call) {
      guard('attachments');
      const { createXhr } = resolved;
      const answer = await transport.withSession((token) => {
        const upload = {
          url: `${resolved.apiBase}attachments`,
          token,
          file,
          name,
          timeoutMs: resolved.uploadTimeoutMs,
          signal: call?.signal,
          onProgress: call?.onProgress,
        };
        return createXhr
          ? uploadWithXhr({ ...upload, createXhr })
          : uploadWithFetch({ ...upload, fetch: resolved.fetch });
      }, call?.signal);
      return parseAnswer(answer.status, answer.contentType, answer.body, (data) =>
        validate(attachmentMetaSchema, data),
      );
    },

    async submitReport(report, call) {
      guard('tickets');
      return transport.call(
        {
          method: 'post',
          path: 'reports',
          json: report,
          headers: { 'idempotency-key': call.idempotencyKey },
          signal: call.signal,
        },
        (data) => validate(ticketReceiptSchema, data),
      );
    },

    async listTickets(call) {
      guard('tickets');
      const check = listOf('tickets', (data) => validate(ticketSummarySchema, data));
      return transport.call({ method: 'get', path: 'tickets', signal: signalOf(call) }, check);
    },

    async getTicket(ticketId, call) {
      guard('tickets');
      return transport.call(
        { method: 'get', path: `tickets/${id(ticketId)}`, signal: signalOf(call) },
        (data) => validate(ticketDetailSchema, data),
      );
    },

    async addToTicket(ticketId, addition, call) {
      guard('tickets');
      return transport.call(
        {
          method: 'post',
          path: `tickets/${id(ticketId)}/entries`,
          json: addition,
          signal: signalOf(call),
        },
        (data) => validate(ticketEntrySchema, data),
      );
    },

    async escalateTicket(ticketId, reason, call) {
      guard('tickets');
      await transport.callEmpty({
        method: 'post',
        path: `tickets/${id(ticketId)}/escalation`,
        json: { reason },
        signal: signalOf(call),
      });
    },

    async rateTicket(ticketId, rating, call) {
      guard('rating');
      await transport.callEmpty({
        method: 'post',
        path: `tickets/${id(ticketId)}/rating`,
        json: rating,
        signal: signalOf(call),
      });
    },

    async searchFaq(query, call) {
      guard('faq');
      const searchParams: Record<string, string> = {};
      if (query.q !== undefined) searchParams.q = query.q;
      if (query.locale !== undefined) searchParams.locale = query.locale;
      const check = listOf('articles', (data) => validate(faqArticleSchema, data), 100);
      return transport.call(
        { method: 'get', path: 'faq', searchParams, signal: signalOf(call) },
        check,
      );
    },

    async startConversation(start, call) {
      guard('liveChat');
      return transport.call(
        { method: 'post', path: 'conversations', json: start, signal: signalOf(call) },
        (data) => validate(conversationSnapshotSchema, data),
      );
    },

    async getConversation(conversationId, after, call) {
      guard('liveChat');
      return transport.call(
        {
          method: 'get',
          path: `conversations/${id(conversationId)}`,
          ...(after === undefined ? {} : { searchParams: { after: String(after) } }),
          signal: signalOf(call),
        },
        (data) => validate(conversationSnapshotSchema, data),
      );
    },

    async sendMessage(conversationId, message, call) {
      guard('liveChat');
      return transport.call(
        {
          method: 'post',
          path: `conversations/${id(conversationId)}/messages`,
          json: message,
          signal: signalOf(call),
        },
        (data) => validate(chatMessageSchema, data),
      );
    },

    async setTyping(conversationId, active, call) {
      guard('typing');
      await transport.callEmpty({
        method: 'post',
        path: `conversations/${id(conversationId)}/typing`,
        json: { active },
        signal: signalOf(call),
      });
    },

    async markRead(conversationId, seq, call) {
      guard('liveChat');
      await transport.callEmpty({
        method: 'post',
        path: `conversations/${id(conversationId)}/read`,
        json: { seq },
        signal: signalOf(call),
      });
    },

    async closeConversation(conversationId, call) {
      guard('liveChat');
      await transport.callEmpty({
        method: 'post',
        path: `conversations/${id(conversationId)}/close`,
        signal: signalOf(call),
      });
    },

    async rateConversation(conversationId, rating, call) {
      guard('rating');
      await transport.callEmpty({
        method: 'post',
        path: `conversations/${id(conversationId)}/rating`,
        json: rating,
        signal: signalOf(call),
      });
    },

    async convertToTicket(conversationId, call) {
      guard('liveChat', 'tickets');
      return transport.call(
        {
          method: 'post',
          path: `conversations/${id(conversationId)}/ticket`,
          signal: signalOf(call),
        },
        (data) => validate(ticketReceiptSchema, data),
      );
    },

    async emailTranscript(conversationId, email, call) {
      guard('liveChat', 'email');
      await transport.callEmpty({
        method: 'post',
        path: `conversations/${id(conversationId)}/transcript`,
        json: { email },
        signal: signalOf(call),
      });
    },

    async faqFeedback(articleId, helped, call) {
      guard('faq');
      await transport.callEmpty({
        method: 'post',
        path: `faq/${id(articleId)}/feedback`,
        json: { helped },
        signal: signalOf(call),
      });
    },

    subscribe(conversationId, after, handlers) {
      guard('liveChat');
      const subscription = subscribeLive(transport, conversationId, after, handlers);
      const tracked = {
        close() {
          subscriptions.delete(tracked);
          subscription.close();
        },
      };
      subscriptions.add(tracked);
      return tracked;
    },

    dispose() {
      disposed = true;
      for (const subscription of [...subscriptions]) subscription.close();
    },
  };
  return backend;
}
