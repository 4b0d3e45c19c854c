import { isDestekError } from '@destek/core';
import { describe, expect, it } from 'vitest';
import { captureTab } from '../src/capture/captureTab.ts';

/** A window and document as far as captureTab reads them, sharing `handle` back from its track. */
function fakeTab(sharedHandle: string | null, refuse?: string) {
  const stopped: string[] = [];
  const events: string[] = [];
  let configured = '';
  const track = {
    kind: 'video',
    stop: () => stopped.push('video'),
    getCaptureHandle: () => (sharedHandle === null ? null : { handle: sharedHandle || configured }),
    getSettings: () => ({ displaySurface: 'browser' }),
  };
  const stream = { getTracks: () => [track], getVideoTracks: () => [track] };
  const view = {
    isSecureContext: true,
    ImageCapture: class {},
    location: { origin: 'https://shop.example' },
    requestAnimationFrame: (fn: () => void) => setTimeout(fn, 0),
    navigator: {
      mediaDevices: {
        setCaptureHandleConfig: (config: { handle: string }) => {
          configured = config.handle;
        },
        getDisplayMedia: async () => {
          events.push(`prompt (widget ${events.includes('hide') ? 'hidden' : 'shown'})`);
          if (refuse) throw new DOMException('no', refuse);
          return stream;
        },
      },
    },
  } as Record<string, unknown>;
  view.self = view;
  view.top = view;
  const document = { defaultView: view } as unknown as Document;
  const hide = () => {
    events.push('hide');
    return () => events.push('show');
  };
  return { document, hide, stopped, events };
}

describe('captureTab', () => {
  it('refuses a shared surface that is not this tab, stops it, and shows the widget again', async () => {
    const tab = fakeTab('someone-else');
    let caught: unknown;
    try {
      await captureTab({ document: tab.document, hide: tab.hide });
    } catch (error) {
      caught = error;
    }
    expect(isDestekError(caught, 'capture_wrong_surface')).toBe(true);
    expect(tab.stopped).toEqual(['video']);
    expect(tab.events).toEqual(['hide', 'prompt (widget hidden)', 'show']);
  });

  it('refuses a surface with no capture handle (another window or screen)', async () => {
    const tab = fakeTab(null);
    await expect(captureTab({ document: tab.document, hide: tab.hide })).rejects.toMatchObject({
      code: 'capture_wrong_surface',
    });
    expect(tab.stopped).toEqual(['video']);
  });

  it.each(['NotAllowedError', 'AbortError'])(
    'resolves "cancelled" on %s and shows the widget again',
    async (name) => {
      const tab = fakeTab('', name);
      expect(await captureTab({ document: tab.document, hide: tab.hide })).toEqual({
        status: 'cancelled',
      });
      expect(tab.events).toEqual(['hide', 'prompt (widget hidden)', 'show']);
    },
  );

  it('says capture_failed for any other refusal', async () => {
    const tab = fakeTab('', 'NotReadableError');
    await expect(captureTab({ document: tab.document })).rejects.toMatchObject({
      name: 'CaptureError',
      code: 'capture_failed',
    });
  });

  it('says capture_unsupported where tab capture is missing', async () => {
    const document = { defaultView: { isSecureContext: false } } as unknown as Document;
    await expect(captureTab({ document })).rejects.toMatchObject({ code: 'capture_unsupported' });
  });
});
