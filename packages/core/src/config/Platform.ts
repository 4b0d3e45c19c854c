/** The part of User-Agent Client Hints that core reads (`navigator.userAgentData`). */
export interface UserAgentDataLike {
  readonly brands?: ReadonlyArray<{ brand: string; version: string }>;
  readonly mobile?: boolean;
  readonly platform?: string;
  getHighEntropyValues?(hints: string[]): Promise<Record<string, unknown>>;
}

/** The part of `navigator` that core reads. Every field may be missing. */
export interface NavigatorLike {
  readonly userAgent?: string;
  readonly language?: string;
  readonly onLine?: boolean;
  readonly cookieEnabled?: boolean;
  readonly userAgentData?: UserAgentDataLike;
  readonly connection?: { readonly effectiveType?: string };
}

/** The part of `indexedDB` that the storage diagnostic uses. */
export interface IdbFactoryLike {
  open(name: string): IDBOpenDBRequest;
  deleteDatabase(name: string): IDBOpenDBRequest;
}

/** Browser features the widget needs; see `checkBrowserSupport`. */
export type BrowserFeature =
  | 'fetch'
  | 'promise'
  | 'indexedDb'
  | 'shadowDom'
  | 'cssCustomProperties';

/**
 * Everything core reads from the environment, handed in rather than imported
 * (Floating UI's `platform` idea): tests pass plain objects, and core never
 * touches `window` outside `browserPlatform()`. Every field is optional and a
 * missing one means "not known here", never an error. Fields are read when
 * used, so a getter sees the current viewport or online state.
 */
export interface Platform {
  readonly navigator?: NavigatorLike | undefined;
  /** The page address (`location.href`). */
  readonly href?: string | undefined;
  readonly viewport?: { readonly width: number; readonly height: number } | undefined;
  readonly screen?: { readonly width: number; readonly height: number } | undefined;
  readonly devicePixelRatio?: number | undefined;
  /** IANA time zone such as `Europe/Istanbul`. */
  readonly timeZone?: string | undefined;
  readonly indexedDB?: IdbFactoryLike | undefined;
  /** Which {@link BrowserFeature}s exist; a missing entry counts as unknown. */
  readonly features?: Readonly<Partial<Record<BrowserFeature, boolean>>> | undefined;
}
