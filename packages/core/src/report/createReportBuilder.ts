import type { AttachmentMeta, Report } from '@destek/protocol';
import { computed, type ReadonlySignal, signal } from '@preact/signals-core';
import { detectErrorCode } from '../classifier/detectErrorCode.ts';
import type { ResolvedConfig } from '../config/ResolvedConfig.ts';
import type { DetectedErrorCode, ErrorCodeDetector } from './ErrorCodeDetector.ts';
import { effectiveErrorCode } from './effectiveErrorCode.ts';
import type { FieldIssue } from './FieldIssue.ts';
import { emptyDraft, type ReportDraft } from './ReportDraft.ts';
import { toWireReport, type WireReportParts } from './toWireReport.ts';
import { isSendable, validateDraft } from './validateDraft.ts';

/** The draft fields a UI sets directly; steps and attachments have their own actions. */
export type DraftPatch = Partial<Omit<ReportDraft, 'stepsTried' | 'attachments'>>;

/**
 * A report being written, as read-only signals and the actions that change
 * them. A UI renders `draft`, `issues` and `errorCode`; nothing outside the
 * builder writes them.
 */
export interface ReportBuilder {
  readonly draft: ReadonlySignal<ReportDraft>;
  /** Every issue of the current draft; see {@link FieldIssue}. */
  readonly issues: ReadonlySignal<readonly FieldIssue[]>;
  /** True when no issue blocks sending. */
  readonly sendable: ReadonlySignal<boolean>;
  /** The user's code, else the one detected in the text, else null. */
  readonly errorCode: ReadonlySignal<DetectedErrorCode | null>;
  update(patch: DraftPatch): void;
  /** Appends a step (blank by default, for a new input row). */
  addStep(text?: string): void;
  editStep(index: number, text: string): void;
  removeStep(index: number): void;
  addAttachment(meta: AttachmentMeta): void;
  removeAttachment(id: string): void;
  /** Starts over, or restores a saved draft. */
  reset(draft?: ReportDraft): void;
  /** The wire report; throws `ValidationError` when the draft is not sendable. */
  toReport(parts: WireReportParts): Report;
}

/** Options of {@link createReportBuilder}. */
export interface ReportBuilderOptions {
  /** A saved draft to continue. @default emptyDraft() */
  initial?: ReportDraft;
  /** @default the classifier's detectErrorCode */
  detectErrorCode?: ErrorCodeDetector;
}

/** Makes a {@link ReportBuilder} whose rules (limits, categories, identity) come from `config`. */
export function createReportBuilder(
  config: ResolvedConfig,
  options: ReportBuilderOptions = {},
): ReportBuilder {
  const detect = options.detectErrorCode ?? ((text: string) => detectErrorCode(text));
  const draft = signal<ReportDraft>(options.initial ?? emptyDraft());
  const issues = computed(() => validateDraft(draft.value, config));
  const set = (next: Partial<ReportDraft>) => {
    draft.value = { ...draft.value, ...next };
  };
  const steps = () => draft.value.stepsTried;
  return {
    // A computed view: hosts can read and subscribe, but `.value = ...` throws outside the actions.
    draft: computed(() => draft.value),
    issues,
    sendable: computed(() => isSendable(issues.value)),
    errorCode: computed(() => effectiveErrorCode(draft.value, detect)),
    update: (patch) => set(patch),
    addStep: (text = '') => set({ stepsTried: [...steps(), text] }),
    editStep(index, text) {
      if (index < 0 || index >= steps().length) return;
      set({ stepsTried: steps().map((step, i) => (i === index ? text : step)) });
    },
    removeStep(index) {
      if (index < 0 || index >= steps().length) return;
      set({ stepsTried: steps().filter((_, i) => i !== index) });
    },
    addAttachment(meta) {
      if (draft.value.attachments.some((a) => a.id === meta.id)) return;
      set({ attachments: [...draft.value.attachments, meta] });
    },
    removeAttachment: (id) =>
      set({ attachments: draft.value.attachments.filter((a) => a.id !== id) }),
    reset: (next) => {
      draft.value = next ?? emptyDraft();
    },
    toReport: (parts) => toWireReport(draft.value, parts, config, detect),
  };
}
