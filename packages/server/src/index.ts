export {
  type AgentConfig,
  configSchema,
  type ServerConfig,
  type ServerConfigInput,
  type SiteConfig,
} from './config/configSchema.ts';
export { ConfigFileError, loadConfig, parseConfig } from './config/loadConfig.ts';
export { type CreateServerOptions, createServer, type DestekServer } from './createServer.ts';
export { type EventBus, type Listener, MemoryEventBus } from './events/EventBus.ts';
export type { ServerContext, ServerHooks } from './ServerContext.ts';
export type { BlobStore } from './storage/BlobStore.ts';
export { DiskBlobStore } from './storage/DiskBlobStore.ts';
export type {
  AttachmentRecord,
  ConversationRecord,
  HistoryRecord,
  IdempotencyClaim,
  IdempotencyKey,
  Owner,
  TicketRecord,
} from './storage/records.ts';
export type { MetricsRow, NewMessage, Storage } from './storage/Storage.ts';
export { SqliteStorage } from './storage/sqlite/SqliteStorage.ts';
