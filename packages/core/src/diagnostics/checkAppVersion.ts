import type { ResolvedConfig } from '../config/ResolvedConfig.ts';
import { compareVersions } from './compareVersions.ts';
import type { DiagnosticCheck } from './DiagnosticCheck.ts';

/** Warns when the app's version is older than the configured latest release. */
export function checkAppVersion(app: ResolvedConfig['app']): DiagnosticCheck {
  const { version, latestVersion } = app;
  if (version === null || latestVersion === null) {
    return { id: 'app-version', severity: 'info', fix: null, value: version ?? 'unknown' };
  }
  const order = compareVersions(version, latestVersion);
  if (order === null) return { id: 'app-version', severity: 'info', fix: null, value: version };
  return order < 0
    ? {
        id: 'app-version',
        severity: 'warn',
        fix: 'update_app',
        value: `${version} < ${latestVersion}`,
      }
    : { id: 'app-version', severity: 'ok', fix: null, value: version };
}
