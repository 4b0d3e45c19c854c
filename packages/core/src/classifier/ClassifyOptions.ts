import type { Priority } from '@destek/protocol';
import type { ErrorCodeMatch } from './detectErrorCode.ts';

/** Why a report's priority moved; `normal` has no reasons. */
export type PriorityReason =
  | 'money_missing'
  | 'account_takeover'
  | 'outage'
  | 'question'
  | 'suggestion'
  | 'thanks'
  | 'cosmetic';

/**
 * The categories suggested without configuration. `verification` (identity
 * documents, KYC) is its own category rather than part of `login` or
 * `account`: its reports go to a different desk (compliance), its error
 * families (KYC-5xx, DOC-6xx) are distinct, and its words (passport, selfie,
 * proof of address) rarely share a sentence with a login problem. A site that
 * drops it gets that evidence in `account` (see `fallbacks`).
 */
export const DEFAULT_CATEGORIES: readonly string[] = [
  'payment',
  'bonus',
  'login',
  'account',
  'verification',
  'technical',
  'other',
];

/** Where a built-in category's evidence goes when a site does not list it. */
export const DEFAULT_FALLBACKS: Readonly<Record<string, string>> = { verification: 'account' };

/** How `classify` works for one site. */
export interface ClassifyOptions {
  /**
   * The category ids to choose among, in order of preference when scores tie.
   * Built-in evidence for an unlisted category goes to its fallback, else nowhere.
   * @default DEFAULT_CATEGORIES
   */
  categories?: readonly string[];
  /**
   * Extra word stems per category (folded or not; same syntax as
   * `DEFAULT_CATEGORY_KEYWORDS`), added to the built-in ones. A category of
   * the site's own needs its stems here.
   * @default {}
   */
  keywords?: Readonly<Record<string, string | readonly string[]>>;
  /**
   * Use the built-in stems; `false` leaves only `keywords`.
   * @default true
   */
  builtInKeywords?: boolean;
  /**
   * The site's own error-code families (`{ WDR: 'payment' }`), laid over
   * `DEFAULT_FAMILY_MAP`; a family it names wins.
   * @default {}
   */
  families?: Readonly<Record<string, string>>;
  /**
   * Where a built-in category's evidence goes when `categories` leaves it out.
   * @default DEFAULT_FALLBACKS
   */
  fallbacks?: Readonly<Record<string, string>>;
}

/** One runner-up category and its share of the evidence (0..1). */
export interface CategoryShare {
  category: string;
  share: number;
}

/** What `classify` suggests for a report's text. */
export interface Classification {
  /** The best category; `other` (or the last listed) when nothing points anywhere. */
  category: string;
  /** 0..1: how far the best category is ahead of the second; 0 when there was no evidence. */
  confidence: number;
  priority: Priority;
  /** Codes for why the priority is not `normal`, for the UI to word. */
  priorityReasons: PriorityReason[];
  errorCode: ErrorCodeMatch | null;
  /** The other categories with any evidence, best first. */
  alternatives: CategoryShare[];
}
