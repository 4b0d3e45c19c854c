import type { ResolvedConfig } from '../config/ResolvedConfig.ts';
import { redactText } from '../redaction/redactText.ts';
import type { CaptureOptions } from './installCaptureRings.ts';

/**
 * The capture-ring options a resolved config asks for: console errors and
 * uncaught errors with `privacy.captureConsole`, failed requests with
 * `privacy.captureNetwork`, ring size from `limits.ringEntries`, redaction by
 * the site's e-mail policy, and the config's clock.
 */
export function captureOptionsFrom(
  config: Pick<ResolvedConfig, 'privacy' | 'limits' | 'clock'>,
): CaptureOptions {
  const policy = { email: config.privacy.email };
  return {
    console: config.privacy.captureConsole,
    errors: config.privacy.captureConsole,
    network: config.privacy.captureNetwork,
    size: config.limits.ringEntries,
    redact: (text) => redactText(text, policy).text,
    clock: config.clock,
  };
}
