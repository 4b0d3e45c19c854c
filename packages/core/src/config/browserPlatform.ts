import type { BrowserFeature, NavigatorLike, Platform } from './Platform.ts';

/** Reads a value, treating a throwing getter (sandboxed frames, old engines) as unknown. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function detectFeatures(): Partial<Record<BrowserFeature, boolean>> {
  const g = globalThis as Record<string, unknown>;
  const features: Partial<Record<BrowserFeature, boolean>> = {
    fetch: typeof g.fetch === 'function',
    promise: typeof g.Promise === 'function',
    indexedDb: typeof g.indexedDB === 'object' && g.indexedDB !== null,
  };
  // Shadow DOM and CSS are only answerable where there is a DOM at all.
  if (typeof Element === 'function') {
    features.shadowDom = typeof Element.prototype.attachShadow === 'function';
  }
  if (typeof CSS === 'object' && typeof CSS.supports === 'function') {
    features.cssCustomProperties = safely(() => CSS.supports('--destek-probe', '0')) ?? false;
  }
  return features;
}

/**
 * The {@link Platform} of the current global scope, feature-detected: in a
 * browser every field is filled, in Node or a worker only what exists there.
 * Fields are getters, so each read sees the page as it is now.
 */
export function browserPlatform(): Platform {
  const g = globalThis as {
    navigator?: NavigatorLike;
    location?: { href?: string };
    innerWidth?: number;
    innerHeight?: number;
    screen?: { width?: number; height?: number };
    devicePixelRatio?: number;
    indexedDB?: Platform['indexedDB'];
  };
  return {
    get navigator() {
      return g.navigator;
    },
    get href() {
      return safely(() => g.location?.href);
    },
    get viewport() {
      const { innerWidth: width, innerHeight: height } = g;
      return typeof width === 'number' && typeof height === 'number'
        ? { width, height }
        : undefined;
    },
    get screen() {
      const width = g.screen?.width;
      const height = g.screen?.height;
      return typeof width === 'number' && typeof height === 'number'
        ? { width, height }
        : undefined;
    },
    get devicePixelRatio() {
      return g.devicePixelRatio;
    },
    get timeZone() {
      return safely(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    },
    get indexedDB() {
      // Reading `indexedDB` throws a SecurityError in some sandboxed frames.
      return safely(() => g.indexedDB);
    },
    get features() {
      return detectFeatures();
    },
  };
}
