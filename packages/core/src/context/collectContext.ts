import { type ContextFact, LIMITS } from '@destek/protocol';
import type { Platform } from '../config/Platform.ts';
import type { ResolvedConfig } from '../config/ResolvedConfig.ts';
import type { CaptureSnapshot } from './CapturedEntry.ts';
import { captureFacts } from './captureFacts.ts';
import { cleanUrl } from './cleanUrl.ts';
import { parseUserAgent } from './parseUserAgent.ts';
import { readClientHints } from './readClientHints.ts';

/** Facts known to the caller rather than read from the platform. */
export interface KnownFacts {
  /** Device clock minus server clock, in ms (from the clock diagnostic). */
  clockSkewMs?: number;
  /** The capture rings' contents, added last within the report's fact limit. */
  captured?: CaptureSnapshot;
}

// Wire facts are single lines of bounded length: fold whitespace, cut the rest.
function factValue(value: string): string {
  const one = value.replace(/\s+/g, ' ').trim();
  return one.length > LIMITS.factValueChars ? `${one.slice(0, LIMITS.factValueChars - 1)}…` : one;
}

function size(box: { width: number; height: number } | undefined): string | null {
  return box ? `${Math.round(box.width)}×${Math.round(box.height)}` : null;
}

/**
 * The device and app facts for a report, each a `{key, value}` the review
 * screen shows and the user may remove (`withoutFacts`). Only what is known
 * is included: a fact the platform lacks is left out, never sent as empty.
 * Browser and OS come from User-Agent Client Hints where the browser has
 * them, from the User-Agent string otherwise. The page URL is cleaned of
 * credentials and secret-looking parameters.
 */
export async function collectContext(
  config: Pick<ResolvedConfig, 'app' | 'platform'>,
  platform: Platform = config.platform,
  known: KnownFacts = {},
): Promise<ContextFact[]> {
  const facts: ContextFact[] = [];
  const add = (key: string, value: string | number | null | undefined) => {
    if (value === null || value === undefined) return;
    const text = factValue(String(value));
    if (text !== '') facts.push({ key, value: text });
  };
  add('app.name', config.app.name);
  add('app.version', config.app.version);
  add('app.build', config.app.build);
  add('app.environment', config.app.environment);
  if (platform.href) add('page.url', cleanUrl(platform.href));

  const nav = platform.navigator;
  const fromString = nav?.userAgent ? parseUserAgent(nav.userAgent) : null;
  const hints = await readClientHints(nav);
  const agent = hints ?? fromString;
  if (agent) {
    add('browser', agent.browser);
    add('os', agent.os);
    // Hints only say mobile or not; the UA string still tells a tablet apart.
    add(
      'device',
      fromString?.device === 'tablet' && agent.device !== 'mobile' ? 'tablet' : agent.device,
    );
  }
  add('device.model', hints?.model);
  add('viewport', size(platform.viewport));
  add('screen', size(platform.screen));
  if (typeof platform.devicePixelRatio === 'number') {
    add('screen.pixelRatio', Math.round(platform.devicePixelRatio * 100) / 100);
  }
  add('language', nav?.language);
  add('timeZone', platform.timeZone);
  if (typeof nav?.onLine === 'boolean') add('network.online', nav.onLine ? 'yes' : 'no');
  add('network.type', nav?.connection?.effectiveType);
  if (known.clockSkewMs !== undefined) {
    const seconds = Math.round(known.clockSkewMs / 1000);
    add('clock.skew', `${seconds > 0 ? '+' : ''}${seconds} s`);
  }
  if (known.captured) {
    for (const fact of captureFacts(known.captured, LIMITS.facts - facts.length))
      add(fact.key, fact.value);
  }
  return facts;
}
