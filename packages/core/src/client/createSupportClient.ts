import { newId } from '@destek/protocol';
import { batch, computed, effect, signal } from '@preact/signals-core';
import { classify } from '../classifier/classify.ts';
import { detectErrorCode } from '../classifier/detectErrorCode.ts';
import { wrongCategoryHint } from '../classifier/wrongCategoryHint.ts';
import type { DestekOptions } from '../config/DestekOptions.ts';
import type { ResolvedConfig } from '../config/ResolvedConfig.ts';
import { resolveConfig } from '../config/resolveConfig.ts';
import { captureOptionsFrom } from '../context/captureOptionsFrom.ts';
import { collectContext, type KnownFacts } from '../context/collectContext.ts';
import { withoutFacts } from '../context/withoutFacts.ts';
import { checkBackend } from '../diagnostics/checkBackend.ts';
import type { DiagnosticCheck } from '../diagnostics/DiagnosticCheck.ts';
import { runDiagnostics } from '../diagnostics/runDiagnostics.ts';
import { toDiagnosticResults } from '../diagnostics/toDiagnosticResults.ts';
import { createDrafts } from '../drafts/createDrafts.ts';
import { ValidationError } from '../errors/ValidationError.ts';
import { createOutbox } from '../outbox/createOutbox.ts';
import { openVisitorStore } from '../outbox/defaultStores.ts';
import type { KeyValueStore } from '../outbox/KeyValueStore.ts';
import { createReportBuilder } from '../report/createReportBuilder.ts';
import type { ReportDraft } from '../report/ReportDraft.ts';
import { redactDraft } from '../report/redactDraft.ts';
import { toWireReport } from '../report/toWireReport.ts';
import { isSendable } from '../report/validateDraft.ts';
import { readonly } from '../state/readonly.ts';
import { acceptedType, checkFiles } from './checkFiles.ts';
import { keepSession } from './keepSession.ts';
import type { DraftFile, ReviewPreview, SupportClient } from './SupportClient.ts';
import { visitorId } from './visitorId.ts';

/**
 * What the draft store keeps: the report's text and the files attached so
 * far; `sentAs` is the `clientReportId` it was being saved to the outbox as.
 */
type SavedDraft = ReportDraft & { files?: readonly DraftFile[]; sentAs?: string };

/** Where the client keeps things; tests pass `null` for memory only. */
export interface ClientStorage {
  /** @default IndexedDB `destek-outbox` */
  outbox?: KeyValueStore | null;
  /** @default IndexedDB `destek-drafts` */
  drafts?: KeyValueStore | null;
  /** Keeps the anonymous visitor id. @default localStorage, when reachable */
  visitor?: Pick<Storage, 'getItem' | 'setItem'>;
  /**
   * A crash-safe copy of the visitor id (see `visitorId`).
   * @default IndexedDB `destek-visitor` when `visitor` is the default too; else none
   */
  visitorBackup?: KeyValueStore | null;
}

function browserLocalStorage(): Pick<Storage, 'getItem' | 'setItem'> | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // Reading `localStorage` itself throws where storage is blocked.
    return undefined;
  }
}

/**
 * The headless client in one call: resolves the options (throwing
 * `ConfigError` naming a bad one), restores the autosaved draft, starts the
 * outbox (which sends what earlier pages left), and opens the visitor's
 * session in the background. A UI of any kind drives the returned object.
 */
export async function createSupportClient(
  options: DestekOptions,
  storage: ClientStorage = {},
): Promise<SupportClient> {
  const config: ResolvedConfig = resolveConfig(options);
  const locale = signal(config.locale);
  const backup =
    storage.visitorBackup !== undefined
      ? storage.visitorBackup
      : storage.visitor === undefined
        ? openVisitorStore()
        : null;
  const visitorRead = visitorId(storage.visitor ?? browserLocalStorage(), backup);

  // The report's text and its files are one draft, saved and cleared as one
  // (IndexedDB keeps Blobs): a reload before Send loses no screenshot, and a
  // crash while clearing cannot keep the files of a report already saved.
  const drafts = createDrafts<SavedDraft>(
    storage.drafts === undefined
      ? { clock: config.clock }
      : { storage: storage.drafts, clock: config.clock },
  );
  const report = createReportBuilder(config);
  const [visitor, restored] = await Promise.all([visitorRead, drafts.restored]);
  const anonId = visitor.id;
  const visitorFor = (identity: ResolvedConfig['user']) =>
    identity ? { anonId, user: identity } : { anonId };
  // The session opens on the first call that needs it, not here: creating the
  // client stays off the network (and off the panel's opening path), and
  // being offline at start is a normal state, not an error.
  const backend = keepSession(config.backend, visitorFor(config.user));
  const { files: restoredFiles, sentAs, ...restoredText } = restored ?? {};
  if (restored) report.reset(restoredText as ReportDraft);
  const files = signal<readonly DraftFile[]>(
    Array.isArray(restoredFiles) ? restoredFiles.filter((file) => file?.blob instanceof Blob) : [],
  );
  const firstDraft = report.draft.peek();
  const firstFiles = files.peek();
  const stopAutosave = effect(() => {
    const draft = report.draft.value;
    const list = files.value;
    if (draft !== firstDraft || list !== firstFiles) drafts.change({ ...draft, files: list });
  });

  const outbox = createOutbox(
    storage.outbox === undefined
      ? { backend, clock: config.clock }
      : { backend, clock: config.clock, storage: storage.outbox },
  );
  // The page was closed between the outbox write and the draft's clearing:
  // the report is on its way, so its draft must not come back to be sent twice.
  if (sentAs !== undefined) {
    await outbox.ready;
    if (outbox.entries.peek().some((entry) => entry.report.clientReportId === sentAs)) {
      batch(() => {
        report.reset();
        files.value = [];
      });
      await drafts.clear();
    }
  }

  const removedFacts = signal<ReadonlySet<string>>(new Set());
  // One options object for the client's life: classify compiles it once per object.
  const classifyOptions = { categories: config.categories.map((category) => category.id) };
  const suggestion = computed(() => {
    const { summary, observed, expected } = report.draft.value;
    const text = [summary, observed, expected].filter((part) => part.trim() !== '').join('\n');
    return text === '' ? null : classify(text, classifyOptions);
  });
  const categoryHint = computed(() => {
    const result = suggestion.value;
    return result ? wrongCategoryHint(report.draft.value.category, result) : null;
  });
  const policy = { email: config.privacy.email };

  // Opt-in: the last console errors and failed requests, redacted, for the
  // report. Loaded only when asked for, so pages that do not ask pay nothing.
  const { captureConsole, captureNetwork } = config.privacy;
  const rings =
    captureConsole || captureNetwork
      ? (await import('../context/installCaptureRings.ts')).installCaptureRings(
          captureOptionsFrom(config),
        )
      : null;

  async function facts(skewMs?: number) {
    const known: KnownFacts = {};
    if (skewMs !== undefined) known.clockSkewMs = skewMs;
    if (rings) known.captured = rings.snapshot();
    return withoutFacts(await collectContext(config, config.platform, known), removedFacts.value);
  }

  // The backend round trip (reachable, latency, clock skew) is measured while
  // the user reviews, not on Send: the report must be in the outbox before any
  // request, or a tab closed (or a browser killed) while that request crawls
  // would lose what the user sent. A Send before it finished reports them unknown.
  let backendChecks: readonly DiagnosticCheck[] | null = null;
  const measureBackend = () =>
    checkBackend(backend, config, config.platform.navigator?.onLine).then(
      (found) => {
        backendChecks = found;
      },
      () => {},
    );

  async function review(): Promise<ReviewPreview> {
    void measureBackend();
    const { draft, findings } = redactDraft(report.draft.value, policy);
    return {
      summary: draft.summary,
      stepsTried: draft.stepsTried.filter((step) => step.trim() !== ''),
      expected: draft.expected,
      observed: draft.observed,
      findings,
      facts: await facts(),
    };
  }

  return {
    config,
    report,
    files: readonly(files),
    addFiles(list) {
      const { accepted, rejected } = checkFiles(
        list,
        files.value.length,
        config.limits.attachments,
      );
      const added = accepted.flatMap((index) => {
        const file = list[index];
        const type = file ? acceptedType(file) : null;
        return file && type
          ? [{ id: newId(), name: file.name, type, bytes: file.size, blob: file }]
          : [];
      });
      if (added.length > 0) files.value = [...files.value, ...added];
      return rejected;
    },
    removeFile(id) {
      files.value = files.value.filter((file) => file.id !== id);
    },
    suggestion,
    categoryHint,
    removedFacts: readonly(removedFacts),
    toggleFact(key) {
      const next = new Set(removedFacts.value);
      if (!next.delete(key)) next.add(key);
      removedFacts.value = next;
    },
    review,
    async send() {
      const draft = report.draft.value;
      if (!isSendable(report.issues.value)) {
        throw new ValidationError(
          report.issues.value.filter((issue) => issue.severity === 'error'),
        );
      }
      const checks = await runDiagnostics({ ...config, backend }, { backendChecks });
      const skew = checks.find((check) => check.id === 'clock-skew');
      const redacted = redactDraft(draft, policy);
      const clientReportId = newId();
      const wire = toWireReport(
        redacted.draft,
        {
          clientReportId,
          locale: locale.value,
          context: await facts(typeof skew?.measured === 'number' ? skew.measured : undefined),
          redactions: redacted.findings,
          diagnostics: toDiagnosticResults(checks),
          createdAt: config.clock(),
        },
        config,
        detectErrorCode,
      );
      const { attachments: _uploadedByOutbox, ...outboxReport } = wire;
      // Marked before the outbox write, so that after a crash between it and
      // the clearing below the restored draft is known to be on its way.
      drafts.change({ ...draft, files: files.value, sentAs: clientReportId });
      // A first visit's visitor id is written in the background; the report
      // must come back under it after a crash, so it is on disk first.
      await Promise.all([drafts.flush(), visitor.kept]);
      const entry = await outbox.add(
        outboxReport,
        files.value.map((file) => ({ blob: file.blob, name: file.name })),
      );
      // Saved: the draft's work is done. Clearing it only now means a full
      // outbox or a storage failure leaves everything the user typed in place.
      batch(() => {
        report.reset();
        files.value = [];
        removedFacts.value = new Set();
      });
      await drafts.clear();
      return entry;
    },
    outbox,
    listTickets: () => backend.listTickets(),
    getTicket: (id) => backend.getTicket(id),
    addToTicket: (id, text) =>
      backend.addToTicket(id, { clientId: newId(), text, attachments: [] }),
    escalate: (id, reason) => backend.escalateTicket(id, reason),
    rate: (id, rating) => backend.rateTicket(id, rating),
    session: backend.session,
    backend,
    status: () => backend.status(),
    identify(next) {
      return backend.connect(visitorFor(next));
    },
    setLocale(next) {
      locale.value = next;
    },
    destroy() {
      stopAutosave();
      rings?.uninstall();
      void drafts.dispose();
      outbox.dispose();
    },
  };
}
