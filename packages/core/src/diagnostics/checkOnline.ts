import type { Platform } from '../config/Platform.ts';
import type { DiagnosticCheck } from './DiagnosticCheck.ts';

/** The browser's own idea of being online. `true` only means "has a network", not "reaches us". */
export function checkOnline(platform: Platform): DiagnosticCheck {
  const online = platform.navigator?.onLine;
  if (online === undefined) return { id: 'online', severity: 'info', fix: null, value: 'unknown' };
  return online
    ? { id: 'online', severity: 'ok', fix: null, value: 'online' }
    : { id: 'online', severity: 'fail', fix: 'go_online', value: 'offline' };
}
