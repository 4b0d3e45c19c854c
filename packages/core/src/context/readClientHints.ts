import type { NavigatorLike } from '../config/Platform.ts';
import type { UserAgentFacts } from './parseUserAgent.ts';

/** Browser, OS and device from Client Hints, plus the model where the device gives one. */
export interface ClientHintFacts extends UserAgentFacts {
  readonly model: string | null;
}

const HINTS = ['platformVersion', 'fullVersionList', 'model'];

// Chromium adds a made-up "GREASE" brand (`Not_A Brand`, `Not)A;Brand`) so sites cannot
// match the list exactly; "Chromium" is the engine, named only when nothing else is.
const GREASE = /not.?a.?brand/i;

type Brand = { brand: string; version: string };

function isBrandList(value: unknown): value is Brand[] {
  return (
    Array.isArray(value) &&
    value.every(
      (b) =>
        typeof b === 'object' &&
        b !== null &&
        typeof b.brand === 'string' &&
        typeof b.version === 'string',
    )
  );
}

function pickBrand(brands: readonly Brand[]): string {
  const real = brands.filter((b) => !GREASE.test(b.brand));
  const named = real.find((b) => b.brand !== 'Chromium') ?? real[0];
  if (!named) return 'unknown';
  const name = named.brand.replace(/^Google /, '');
  return `${name} ${named.version}`;
}

function osName(platform: string, version: string): string {
  if (platform === 'Windows') {
    // Per Microsoft, platformVersion 13 and above is Windows 11, 1 to 10 is Windows 10.
    const major = Number.parseInt(version, 10);
    if (major >= 13) return 'Windows 11';
    if (major >= 1) return 'Windows 10';
    return 'Windows';
  }
  const name = platform === 'macOS' || platform === 'Chrome OS' ? platform : platform || 'unknown';
  return version ? `${name} ${version}` : name;
}

/**
 * Reads User-Agent Client Hints (`navigator.userAgentData`), asking for the
 * high-entropy values (full version, OS version, model). Resolves `null`
 * where the browser has no hints or refuses them; never rejects.
 */
export async function readClientHints(
  navigator: NavigatorLike | undefined,
  timeoutMs = 1000,
): Promise<ClientHintFacts | null> {
  const data = navigator?.userAgentData;
  if (!data || !isBrandList(data.brands)) return null;
  let high: Record<string, unknown> = {};
  if (typeof data.getHighEntropyValues === 'function') {
    try {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<Record<string, unknown>>((resolve) => {
        timer = setTimeout(() => resolve({}), timeoutMs);
      });
      high = await Promise.race([data.getHighEntropyValues(HINTS), timeout]);
      clearTimeout(timer);
    } catch {
      // A permissions policy may refuse high-entropy hints: the low-entropy ones still count.
    }
  }
  const brands = isBrandList(high.fullVersionList) ? high.fullVersionList : data.brands;
  const platform = typeof data.platform === 'string' ? data.platform : '';
  const version = typeof high.platformVersion === 'string' ? high.platformVersion : '';
  const model =
    typeof high.model === 'string' && high.model.trim() !== '' ? high.model.trim() : null;
  return {
    browser: pickBrand(brands),
    os: osName(platform, version),
    device: data.mobile ? 'mobile' : 'desktop',
    model,
  };
}
