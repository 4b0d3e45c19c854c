export {
  agentCloseSchema,
  agentEscalationSchema,
  agentMessageSchema,
  agentMetricsSchema,
  agentPresenceSchema,
  agentQueueItemSchema,
  agentReplySchema,
  agentTicketSchema,
  historyEntrySchema,
  ticketUpdateSchema,
} from './agent.ts';
export { type AttachmentMeta, attachmentMetaSchema } from './attachment.ts';
export {
  type Agent,
  agentSchema,
  type ChatMessage,
  type ClosingNote,
  CONVERSATION_STATUSES,
  type ConversationSnapshot,
  type ConversationStatus,
  chatMessageSchema,
  closingNoteSchema,
  conversationSnapshotSchema,
  conversationStatusSchema,
  type LiveEvent,
  type LiveEventType,
  liveEventSchema,
  MESSAGE_AUTHORS,
  type MessageAuthor,
  type QueueState,
  queueStateSchema,
  readSchema,
  type SendMessage,
  type StartConversation,
  sendMessageSchema,
  seqSchema,
  startConversationSchema,
  typingSchema,
} from './chat.ts';
export { type ErrorBody, errorBody, errorBodySchema } from './errorBody.ts';
export { ERROR_CODES, ERROR_STATUS, type ErrorCode, RETRYABLE_CODES } from './errorCodes.ts';
export { type FaqArticle, faqArticleSchema, faqQuerySchema, faqResponseSchema } from './faq.ts';
export {
  ID_PATTERN,
  idSchema,
  newId,
  newReference,
  REFERENCE_ALPHABET,
  REFERENCE_PATTERN,
  referenceSchema,
} from './ids.ts';
export { ATTACHMENT_TYPES, type AttachmentType, IMAGE_TYPES, LIMITS } from './limits.ts';
export {
  type ContextFact,
  contactSchema,
  contextFactSchema,
  DIAGNOSTIC_STATUSES,
  type DiagnosticResult,
  diagnosticResultSchema,
  PRIORITIES,
  type Priority,
  prioritySchema,
  type RedactionFinding,
  type Report,
  redactionFindingSchema,
  reportSchema,
} from './report.ts';
export {
  anonIdSchema,
  type Capabilities,
  capabilitiesSchema,
  FULL_CAPABILITIES,
  type Identity,
  identitySchema,
  type SessionRequest,
  type SessionResponse,
  sessionRequestSchema,
  sessionResponseSchema,
  siteKeySchema,
} from './session.ts';
export { type ServerStatus, statusSchema } from './status.ts';
export {
  emailSchema,
  isCleanText,
  line,
  localeSchema,
  slugSchema,
  text,
  timestampSchema,
} from './text.ts';
export {
  escalationRequestSchema,
  firstResponseTargetSchema,
  type Rating,
  ratingSchema,
  TICKET_AUTHORS,
  TICKET_STATUSES,
  type TicketDetail,
  type TicketEntry,
  type TicketReceipt,
  type TicketStatus,
  type TicketSummary,
  ticketAdditionSchema,
  ticketDetailSchema,
  ticketEntrySchema,
  ticketReceiptSchema,
  ticketStatusSchema,
  ticketSummarySchema,
} from './ticket.ts';
export { type Validation, validate } from './validate.ts';
export { PROTOCOL_VERSION } from './version.ts';
