import type { FaqArticle, Identity } from '@destek/protocol';
import type { SupportBackend } from '../backend/SupportBackend.ts';
import type { Platform } from './Platform.ts';

/** A category after resolution: labels always present (possibly empty). */
export interface ResolvedCategory {
  readonly id: string;
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * Options after `resolveConfig`: validated, every default filled in. Nothing
 * past resolution handles a missing option; an absent fact is `null`.
 */
export interface ResolvedConfig {
  readonly backend: SupportBackend;
  readonly app: {
    readonly name: string;
    readonly version: string | null;
    readonly build: string | null;
    readonly environment: string | null;
    readonly latestVersion: string | null;
  };
  readonly locale: string;
  readonly categories: readonly ResolvedCategory[];
  readonly user: Identity | null;
  readonly privacy: {
    readonly email: 'mask' | 'keep';
    readonly captureConsole: boolean;
    readonly captureNetwork: boolean;
  };
  readonly limits: {
    readonly summaryChars: number;
    readonly stepsTried: number;
    readonly attachments: number;
    readonly ringEntries: number;
  };
  readonly clock: () => number;
  readonly diagnostics: {
    readonly clockSkewWarnSec: number;
    readonly timeoutMs: number;
    readonly latencyWarnMs: number;
  };
  readonly chat: {
    readonly offerTicketAfterSec: number;
  };
  /** Extra selectors masked in tab captures (see `DestekOptions.mask`). */
  readonly mask: readonly string[];
  /** The `faq` option's articles; for any locale when given without one (`und`). */
  readonly faq: readonly FaqArticle[];
  readonly platform: Platform;
}
