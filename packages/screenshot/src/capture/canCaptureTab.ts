/** The parts of `window` tab capture depends on; tests pass plain objects. */
export interface CaptureEnvironment {
  readonly isSecureContext?: boolean;
  readonly navigator?: {
    readonly mediaDevices?: {
      readonly getDisplayMedia?: unknown;
      readonly setCaptureHandleConfig?: unknown;
    };
  };
  /** Read for its permission policy (`permissionsPolicy`, or Chromium's `featurePolicy`). */
  readonly document?: unknown;
  /** Takes the frame (Chromium's `ImageCapture`). */
  readonly ImageCapture?: unknown;
  readonly self?: unknown;
  readonly top?: unknown;
}

interface Policy {
  allowsFeature(feature: string): boolean;
}
type PolicyHolder = { permissionsPolicy?: Policy; featurePolicy?: Policy };

/**
 * Whether "Capture this tab" can work here, by feature detection only (never
 * the user-agent string):
 * - a secure context with `getDisplayMedia` (phones have none);
 * - `setCaptureHandleConfig`, with which `captureTab` proves that the shared
 *   surface is this very tab (the masks are placed on this tab's layout; on
 *   another window they would cover the wrong pixels). Browsers without it
 *   offer only windows and screens to share, so the button is not offered;
 * - `ImageCapture`, which takes the frame;
 * - the `display-capture` permission policy, which frames lack unless the
 *   embedding page allows it. Where the policy cannot be read, a frame counts
 *   as blocked: a dead button is worse than the upload that remains.
 */
export function canCaptureTab(env: CaptureEnvironment = globalThis as CaptureEnvironment): boolean {
  const media = env.navigator?.mediaDevices;
  if (!env.isSecureContext || typeof media?.getDisplayMedia !== 'function') return false;
  if (typeof media.setCaptureHandleConfig !== 'function') return false;
  if (typeof env.ImageCapture !== 'function') return false;
  const doc = env.document as PolicyHolder | undefined;
  const policy = doc?.permissionsPolicy ?? doc?.featurePolicy;
  if (policy) return policy.allowsFeature('display-capture');
  return env.self === env.top;
}
