// The wire limits, for UIs built on core (which need not depend on the protocol package).
export { LIMITS, type RedactionFinding } from '@destek/protocol';
export type { FaultableMethod, FaultControls, FaultRule } from './backend/memory/faultInjector.ts';
export {
  createMemoryAgent,
  type MemoryAgent,
  type MemoryAgentOptions,
} from './backend/memory/memoryAgent.ts';
export { seededRandom } from './backend/memory/seededRandom.ts';
export {
  type MemoryBackend,
  type MemoryBackendOptions,
  memoryBackend,
} from './backend/memoryBackend.ts';
export type {
  BackendCapabilities,
  CallOptions,
  LinkState,
  LiveHandlers,
  LiveSubscription,
  SubmitOptions,
  SupportBackend,
  TicketAddition,
  UploadOptions,
  Visitor,
} from './backend/SupportBackend.ts';
export type {
  Chat,
  ChatItem,
  ChatLink,
  ChatPhase,
  ChatStart,
  ChatUpload,
  TranscriptWords,
} from './chat/Chat.ts';
export type { ChatOptions, ChatStore } from './chat/ChatOptions.ts';
export { DEFAULT_CHAT_STORE_KEY, DEFAULT_TICKET_OFFER_MS } from './chat/chatDefaults.ts';
export { createChat } from './chat/createChat.ts';
export type { WatchOnline } from './chat/watchOnline.ts';
export {
  type CategoryShare,
  type Classification,
  type ClassifyOptions,
  DEFAULT_CATEGORIES,
  DEFAULT_FALLBACKS,
  type PriorityReason,
} from './classifier/ClassifyOptions.ts';
export { DEFAULT_CATEGORY_KEYWORDS } from './classifier/categoryKeywords.ts';
export { classify } from './classifier/classify.ts';
export { detectErrorCode, type ErrorCodeMatch } from './classifier/detectErrorCode.ts';
export {
  DEFAULT_FAMILY_MAP,
  NUMERIC_FAMILY_BY_HUNDRED,
  UNKNOWN_FAMILY,
} from './classifier/errorFamilies.ts';
export { foldText, lowerTurkic } from './classifier/foldText.ts';
export { DEFAULT_PRIORITY_KEYWORDS } from './classifier/priorityKeywords.ts';
export {
  type CategoryHint,
  DEFAULT_HINT_THRESHOLD,
  wrongCategoryHint,
} from './classifier/wrongCategoryHint.ts';
export { type ClientStorage, createSupportClient } from './client/createSupportClient.ts';
export { keepSession, type SessionBackend, type SessionState } from './client/keepSession.ts';
export { openBrowserStorage } from './client/openBrowserStorage.ts';
export type {
  DraftFile,
  FileRejection,
  ReviewPreview,
  SupportClient,
} from './client/SupportClient.ts';
export { browserPlatform } from './config/browserPlatform.ts';
export type {
  AppOptions,
  CategoryOption,
  ChatBehaviourOptions,
  DestekOptions,
  DiagnosticsOptions,
  LimitOptions,
  PrivacyOptions,
} from './config/DestekOptions.ts';
export {
  DEFAULT_APP_NAME,
  DEFAULT_CATEGORY_IDS,
  DEFAULT_CLOCK,
  DEFAULT_DIAGNOSTICS,
  DEFAULT_LIMITS,
  DEFAULT_LOCALE,
  DEFAULT_PRIVACY,
  MAX_RING_ENTRIES,
} from './config/defaults.ts';
export { optionsSchema } from './config/optionsSchema.ts';
export type {
  BrowserFeature,
  IdbFactoryLike,
  NavigatorLike,
  Platform,
  UserAgentDataLike,
} from './config/Platform.ts';
export type { ResolvedCategory, ResolvedConfig } from './config/ResolvedConfig.ts';
export { resolveConfig } from './config/resolveConfig.ts';
export type { AgentDriver } from './conformance/AgentDriver.ts';
export type {
  CaptureSnapshot,
  ConsoleEntry,
  ErrorEntry,
  RequestEntry,
} from './context/CapturedEntry.ts';
export { captureFacts } from './context/captureFacts.ts';
export { captureOptionsFrom } from './context/captureOptionsFrom.ts';
export { cleanUrl, isSecretParam } from './context/cleanUrl.ts';
export { collectContext, type KnownFacts } from './context/collectContext.ts';
export {
  type CaptureOptions,
  type CaptureRings,
  type CaptureTarget,
  installCaptureRings,
} from './context/installCaptureRings.ts';
export { parseUserAgent, type UserAgentFacts } from './context/parseUserAgent.ts';
export { type ClientHintFacts, readClientHints } from './context/readClientHints.ts';
export { withoutFacts } from './context/withoutFacts.ts';
export { compareVersions } from './diagnostics/compareVersions.ts';
export {
  DIAGNOSTIC_IDS,
  type DiagnosticCheck,
  type DiagnosticFix,
  type DiagnosticId,
} from './diagnostics/DiagnosticCheck.ts';
export { type DiagnosticsDeps, runDiagnostics } from './diagnostics/runDiagnostics.ts';
export { toDiagnosticResults } from './diagnostics/toDiagnosticResults.ts';
export {
  createDrafts,
  type DraftSaveState,
  type Drafts,
  type DraftsOptions,
} from './drafts/createDrafts.ts';
export {
  BackendError,
  type BackendErrorCode,
  type BackendErrorDetails,
} from './errors/BackendError.ts';
export { ConfigError } from './errors/ConfigError.ts';
export { DestekError, isDestekError } from './errors/DestekError.ts';
export { StorageError } from './errors/StorageError.ts';
export { type FieldProblem, ValidationError } from './errors/ValidationError.ts';
export { type CheckDescription, describeChecks } from './help/describeChecks.ts';
export type { FaqArticleOption } from './help/FaqArticleOption.ts';
export { mergeArticles } from './help/mergeArticles.ts';
export { type ArticleQuery, rankArticles } from './help/rankArticles.ts';
export { type BackoffOptions, backoffDelay } from './outbox/backoffDelay.ts';
export { createOutbox } from './outbox/createOutbox.ts';
export { idbKeyValueStore } from './outbox/idbKeyValueStore.ts';
export { type KeyValueStore, memoryKeyValueStore } from './outbox/KeyValueStore.ts';
export type { Outbox, OutboxOptions } from './outbox/Outbox.ts';
export type {
  AttentionReason,
  OutboxCounters,
  OutboxEntry,
  OutboxEntryState,
  OutboxFile,
  OutboxOutcome,
  OutboxReport,
  OutboxState,
} from './outbox/OutboxEntry.ts';
export { DEFAULT_RETRY_AFTER_MS, parseRetryAfter } from './outbox/parseRetryAfter.ts';
export {
  browserNetwork,
  globalTimers,
  type NetworkStatus,
  type Timers,
} from './outbox/platform.ts';
export {
  defaultSendLock,
  type LeaseLockOptions,
  type LeaseStorage,
  leaseLock,
  localLock,
  type SendLock,
  webLock,
} from './outbox/SendLock.ts';
export { markerFor, REDACTION_KINDS, type RedactionKind } from './redaction/RedactionKind.ts';
export {
  type RedactionPolicy,
  type ResolvedRedactionPolicy,
  resolveRedactionPolicy,
} from './redaction/RedactionPolicy.ts';
export { type RedactionResult, redactText } from './redaction/redactText.ts';
export {
  createReportBuilder,
  type DraftPatch,
  type ReportBuilder,
  type ReportBuilderOptions,
} from './report/createReportBuilder.ts';
export type { DetectedErrorCode, ErrorCodeDetector } from './report/ErrorCodeDetector.ts';
export { effectiveErrorCode } from './report/effectiveErrorCode.ts';
export type { FieldIssue, FieldIssueCode } from './report/FieldIssue.ts';
export { emptyDraft, type ReportDraft } from './report/ReportDraft.ts';
export { type RedactedDraft, redactDraft } from './report/redactDraft.ts';
export { toWireReport, type WireReportParts } from './report/toWireReport.ts';
export { type DraftRules, isSendable, validateDraft } from './report/validateDraft.ts';
export { readonly } from './state/readonly.ts';
