import type { AttachmentMeta, Priority } from '@destek/protocol';

/**
 * A report as the user is writing it: every field present, possibly empty.
 * Drafts are plain data (they are autosaved as they are); the wire `Report` is
 * made from one by `toWireReport`.
 */
export interface ReportDraft {
  /** One sentence: what went wrong. */
  readonly summary: string;
  /** What the user already tried, one entry per step; blank entries are dropped on send. */
  readonly stepsTried: readonly string[];
  readonly expected: string;
  /** What actually happened, ideally the exact error text. */
  readonly observed: string;
  /** A configured category id, or null until chosen (the classifier suggests one). */
  readonly category: string | null;
  readonly priority: Priority;
  /**
   * The error code as the user typed it; `null` means "detect it from the
   * text", and an empty string means "there is none" (detection stays off).
   */
  readonly errorCode: string | null;
  readonly attachments: readonly AttachmentMeta[];
  /** How to reach the user; the e-mail is required unless the user is identified. */
  readonly contact: { readonly email: string; readonly name: string };
}

/** A blank draft: nothing typed, priority normal, error code detected from the text. */
export function emptyDraft(): ReportDraft {
  return {
    summary: '',
    stepsTried: [],
    expected: '',
    observed: '',
    category: null,
    priority: 'normal',
    errorCode: null,
    attachments: [],
    contact: { email: '', name: '' },
  };
}
