/** Browser, OS and device as shown to the user and the agent. */
export interface UserAgentFacts {
  /** `Chrome 131`, `Firefox 133`, `Safari 18.1`; `unknown` when unrecognised. */
  readonly browser: string;
  /** `Windows 10/11`, `Android 14`, `iOS 17.5`, `macOS 14.5`; `unknown` when unrecognised. */
  readonly os: string;
  readonly device: 'mobile' | 'tablet' | 'desktop';
}

// Order matters: Edge, Opera, Samsung and Yandex all also say "Chrome", Chrome also says "Safari".
const BROWSERS: ReadonlyArray<[string, RegExp]> = [
  ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+(?:\.\d+)?)/],
  ['Opera', /\b(?:OPR|OPiOS)\/(\d+)/],
  ['Samsung Internet', /\bSamsungBrowser\/(\d+(?:\.\d+)?)/],
  ['Yandex', /\bYaBrowser\/(\d+(?:\.\d+)?)/],
  ['Firefox', /\b(?:Firefox|FxiOS)\/(\d+)/],
  ['Chrome', /\b(?:Chrome|CriOS|HeadlessChrome)\/(\d+)/],
  ['Chromium', /\bChromium\/(\d+)/],
  ['Safari', /\bVersion\/(\d+(?:\.\d+)?)(?:\.\d+)?(?: Mobile\/\w+)? Safari\//],
];

function osOf(ua: string): string {
  let m = /Windows NT (\d+\.\d+)/.exec(ua);
  if (m) {
    // Windows 11 still reports "NT 10.0"; only client hints tell them apart.
    const names: Record<string, string> = { '10.0': '10/11', '6.3': '8.1', '6.2': '8', '6.1': '7' };
    return `Windows ${names[m[1] ?? ''] ?? m[1]}`;
  }
  m = /Android (\d+(?:\.\d+)?)/.exec(ua);
  if (m) return `Android ${m[1]}`;
  m = /(?:iPhone|CPU) OS (\d+)_(\d+)/.exec(ua);
  if (m) return `${ua.includes('iPad') ? 'iPadOS' : 'iOS'} ${m[1]}.${m[2]}`;
  m = /Mac OS X (\d+)[_.](\d+)(?:[_.](\d+))?/.exec(ua);
  if (m) return `macOS ${[m[1], m[2], m[3]].filter(Boolean).join('.')}`;
  if (/\bCrOS\b/.test(ua)) return 'ChromeOS';
  if (/Linux/.test(ua)) return 'Linux';
  return 'unknown';
}

function deviceOf(ua: string): UserAgentFacts['device'] {
  if (/iPad|Tablet|Android(?!.*Mobile)/.test(ua)) return 'tablet';
  if (/Mobi|iPhone|iPod/.test(ua)) return 'mobile';
  return 'desktop';
}

/**
 * Browser, OS and device from a User-Agent string: the fallback where
 * User-Agent Client Hints are missing (Firefox, Safari). Frozen UA strings
 * (Chrome 110+) give only major versions, which is all a report needs.
 */
export function parseUserAgent(ua: string): UserAgentFacts {
  let browser = 'unknown';
  for (const [name, pattern] of BROWSERS) {
    const m = pattern.exec(ua);
    if (m) {
      browser = `${name} ${m[1]}`;
      break;
    }
  }
  return { browser, os: osOf(ua), device: deviceOf(ua) };
}
