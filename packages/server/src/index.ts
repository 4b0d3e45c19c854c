export {
  type AgentConfig,
  configSchema,
  type MailConfig,
  type ServerConfig,
  type ServerConfigInput,
  type SiteConfig,
} from './config/configSchema.ts';
export { ConfigFileError, loadConfig, parseConfig } from './config/loadConfig.ts';
export { DEFAULT_CONSOLE_DIR, resolveConsoleDir } from './console/resolveConsoleDir.ts';
export { type CreateServerOptions, createServer, type DestekServer } from './createServer.ts';
export { type EventBus, type Listener, MemoryEventBus } from './events/EventBus.ts';
export type { Mailer, MailMessage } from './mail/Mailer.ts';
export { smtpMailer } from './mail/smtpMailer.ts';
export { CONSOLE_CSP } from './routes/consoleRoutes.ts';
export type { ServerContext, ServerHooks } from './ServerContext.ts';
export type { BlobStore } from './storage/BlobStore.ts';
export { DiskBlobStore } from './storage/DiskBlobStore.ts';
export type {
  AttachmentRecord,
  ConversationRecord,
  FaqFeedbackRecord,
  HistoryRecord,
  IdempotencyClaim,
  IdempotencyKey,
  Owner,
  RatingRecord,
  TicketRecord,
} from './storage/records.ts';
export type {
  ConversionPlan,
  ConversionResult,
  MetricsRow,
  NewMessage,
  Storage,
} from './storage/Storage.ts';
export { SqliteStorage } from './storage/sqlite/SqliteStorage.ts';
