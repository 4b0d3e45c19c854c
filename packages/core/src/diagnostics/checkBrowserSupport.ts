import type { BrowserFeature, Platform } from '../config/Platform.ts';
import type { DiagnosticCheck } from './DiagnosticCheck.ts';

/** Features the widget cannot work without. */
const REQUIRED: readonly BrowserFeature[] = [
  'fetch',
  'promise',
  'indexedDb',
  'shadowDom',
  'cssCustomProperties',
];

/**
 * Fails when the browser lacks a feature the widget needs, naming them
 * (`shadowDom, cssCustomProperties`). Features the platform cannot tell about
 * are not counted against it.
 */
export function checkBrowserSupport(platform: Platform): DiagnosticCheck {
  const features = platform.features ?? {};
  const known = REQUIRED.filter((feature) => features[feature] !== undefined);
  if (known.length === 0) return { id: 'browser', severity: 'info', fix: null, value: 'unknown' };
  const missing = known.filter((feature) => features[feature] === false);
  return missing.length === 0
    ? { id: 'browser', severity: 'ok', fix: null, value: 'supported' }
    : {
        id: 'browser',
        severity: 'fail',
        fix: 'update_browser',
        value: `missing: ${missing.join(', ')}`,
      };
}
