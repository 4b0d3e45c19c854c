import { CaptureError } from '../CaptureError.ts';
import { SCREENSHOT_DEFAULTS } from '../defaults.ts';
import type { Rect } from '../edit/Rect.ts';
import { burnMasks } from '../masks/burnMasks.ts';
import { collectMasks } from '../masks/collectMasks.ts';
import { toFramePixels, type ViewportBox } from '../masks/toFramePixels.ts';
import { canCaptureTab } from './canCaptureTab.ts';
import { grabFrame } from './grabFrame.ts';

/** Options of {@link captureTab}. */
export interface CaptureTabOptions {
  /** Extra CSS selectors to mask (the `mask` option). @default [] */
  mask?: readonly string[];
  /**
   * Hides the widget for the capture (from before the browser's prompt until
   * the frame is taken); returns the function that shows it again, called
   * however the capture ends. @default nothing is hidden
   */
  hide?: () => () => void;
  /** @default globalThis.document */
  document?: Document;
}

/** A capture: the frame with every mask already burned in, and where the masks are (frame pixels). */
export type CaptureOutcome =
  | { status: 'captured'; image: HTMLCanvasElement; masks: readonly Rect[] }
  | { status: 'cancelled' };

/** Chromium's extra `getDisplayMedia` options (not yet in TypeScript's DOM types). */
type TabCaptureOptions = DisplayMediaStreamOptions & {
  preferCurrentTab: boolean;
  selfBrowserSurface: 'include';
  surfaceSwitching: 'exclude';
  monitorTypeSurfaces: 'exclude';
};
type CaptureHandleApi = {
  setCaptureHandleConfig(config: { handle: string; permittedOrigins: string[] }): void;
};
type HandleTrack = MediaStreamTrack & { getCaptureHandle?(): { handle?: string } | null };

/**
 * Takes one frame of the current tab with masks burned in before anyone sees
 * it. Hides the widget, asks the browser for this tab (`preferCurrentTab`);
 * the user cancelling resolves `{ status: 'cancelled' }`. Every track is
 * stopped as soon as the frame is taken. Masks are collected just before and
 * just after the frame and both sets are burned, so a scroll or layout change
 * mid-capture still leaves every sensitive element covered. Call it from the
 * click (the browser asks for a recent user gesture).
 *
 * @throws CaptureError `capture_unsupported`, `capture_wrong_surface` (another
 *   tab, window or screen was shared), `capture_failed`, `mask_failed`
 */
export async function captureTab(options: CaptureTabOptions = {}): Promise<CaptureOutcome> {
  const doc = options.document ?? globalThis.document;
  const view = doc.defaultView;
  if (!view || !canCaptureTab(view)) {
    throw new CaptureError('capture_unsupported', 'Destek: tab capture is not available here');
  }
  const media = view.navigator.mediaDevices as MediaDevices & CaptureHandleApi;
  // A random handle this tab exposes to itself: reading it back from the
  // track proves the shared surface is this tab, not a look-alike.
  const handle = `destek-${Math.random().toString(36).slice(2)}`;
  try {
    media.setCaptureHandleConfig({ handle, permittedOrigins: [view.location.origin] });
  } catch {
    // Left unproven; the surface check below still applies.
  }
  // Hidden before the capture starts, not after: the first frames a capture
  // delivers can be older than the moment it is asked for (measured in
  // Chromium under load: up to 1.5 s), and none may show the widget.
  const show = options.hide?.();
  try {
    await nextPaint(view);
    let stream: MediaStream;
    try {
      stream = await media.getDisplayMedia({
        video: { displaySurface: 'browser' },
        audio: false,
        preferCurrentTab: true,
        selfBrowserSurface: 'include',
        surfaceSwitching: 'exclude',
        monitorTypeSurfaces: 'exclude',
      } as TabCaptureOptions);
    } catch (error) {
      const name = (error as { name?: unknown } | null)?.name;
      if (name === 'NotAllowedError' || name === 'AbortError') return { status: 'cancelled' };
      throw new CaptureError('capture_failed', 'Destek: the browser refused the capture', {
        cause: error,
      });
    }
    return await frameOf(stream, handle, doc, options.mask ?? []);
  } finally {
    show?.();
  }
}

/** One frame of the stream with masks burned in; every track is stopped as soon as it is taken. */
async function frameOf(
  stream: MediaStream,
  handle: string,
  doc: Document,
  mask: readonly string[],
): Promise<CaptureOutcome> {
  const stop = () => {
    for (const track of stream.getTracks()) track.stop();
  };
  try {
    const track = stream.getVideoTracks()[0] as HandleTrack | undefined;
    if (!track || !isThisTab(track, handle)) {
      throw new CaptureError(
        'capture_wrong_surface',
        'Destek: another tab, window or screen was shared; only this tab can be masked',
      );
    }
    const view = doc.defaultView as Window;
    const before = collectMasks(doc, mask);
    const viewport = viewportBox(view);
    let frame: HTMLCanvasElement;
    try {
      frame = await grabFrame(track, doc);
    } catch (error) {
      throw new CaptureError('capture_failed', 'Destek: the capture gave no frame', {
        cause: error,
      });
    } finally {
      stop();
    }
    const after = collectMasks(doc, mask);
    const mapped = toFramePixels(
      [...before, ...after],
      viewport,
      frame,
      SCREENSHOT_DEFAULTS.maskPaddingCss,
    );
    // Before and after mostly agree; each distinct area is burned (and counted) once.
    const masks = [
      ...new Map(mapped.map((r) => [`${r.x},${r.y},${r.width},${r.height}`, r])).values(),
    ];
    burnMasks(frame, masks);
    return { status: 'captured', image: frame, masks };
  } finally {
    stop();
  }
}

function isThisTab(track: HandleTrack, handle: string): boolean {
  if (typeof track.getCaptureHandle === 'function') {
    return track.getCaptureHandle()?.handle === handle;
  }
  return track.getSettings().displaySurface === 'browser';
}

/** Two animation frames: the hidden widget is gone from what the compositor shows next. */
function nextPaint(view: Window): Promise<void> {
  return new Promise((resolve) => {
    view.requestAnimationFrame(() => view.requestAnimationFrame(() => resolve()));
  });
}

/** What the tab shows, in CSS pixels: the visual viewport when pinch-zoomed, else the whole window. */
function viewportBox(view: Window): ViewportBox {
  const visual = view.visualViewport;
  if (visual && Math.abs(visual.scale - 1) > 0.01) {
    return {
      x: visual.offsetLeft,
      y: visual.offsetTop,
      width: visual.width,
      height: visual.height,
    };
  }
  return { x: 0, y: 0, width: view.innerWidth, height: view.innerHeight };
}
