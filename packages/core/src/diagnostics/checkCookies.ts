import type { Platform } from '../config/Platform.ts';
import type { DiagnosticCheck } from './DiagnosticCheck.ts';

/** `navigator.cookieEnabled`; sign-in and session features of many sites depend on it. */
export function checkCookies(platform: Platform): DiagnosticCheck {
  const enabled = platform.navigator?.cookieEnabled;
  if (enabled === undefined)
    return { id: 'cookies', severity: 'info', fix: null, value: 'unknown' };
  return enabled
    ? { id: 'cookies', severity: 'ok', fix: null, value: 'enabled' }
    : { id: 'cookies', severity: 'warn', fix: 'enable_cookies', value: 'disabled' };
}
