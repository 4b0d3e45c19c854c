import type { DetectedErrorCode, ErrorCodeDetector } from './ErrorCodeDetector.ts';
import type { ReportDraft } from './ReportDraft.ts';

/**
 * The error code a draft carries: the user's own entry when they made one
 * (an empty entry means "none"), otherwise the first code detected in the
 * observed text, then the summary, then the expected text. Observed comes
 * first because it is where users paste the exact error.
 */
export function effectiveErrorCode(
  draft: ReportDraft,
  detect: ErrorCodeDetector,
): DetectedErrorCode | null {
  if (draft.errorCode !== null) {
    const code = draft.errorCode.trim();
    if (code === '') return null;
    // The user's spelling wins; the detector only names the family when it can.
    return { code, family: detect(code)?.family ?? familyOf(code) };
  }
  for (const text of [draft.observed, draft.summary, draft.expected]) {
    if (text.trim() === '') continue;
    const found = detect(text);
    if (found) return found;
  }
  return null;
}

/** The family of a typed code: its leading letters and digits before a separator (`PMT`). */
function familyOf(code: string): string {
  const match = /^[\p{L}\p{N}]+/u.exec(code);
  return (match?.[0] ?? code).toUpperCase();
}
