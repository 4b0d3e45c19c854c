import { describe, expect, it } from 'vitest';
import { canCaptureTab } from '../src/capture/canCaptureTab.ts';

const media = { getDisplayMedia() {}, setCaptureHandleConfig() {} };
class ImageCapture {}
const top = {};
const desktop = {
  isSecureContext: true,
  navigator: { mediaDevices: media },
  ImageCapture,
  self: top,
  top,
};

describe('canCaptureTab', () => {
  it('is true in a secure top-level page of a browser that captures this tab', () => {
    expect(canCaptureTab(desktop)).toBe(true);
  });

  it('is false on an insecure page', () => {
    expect(canCaptureTab({ ...desktop, isSecureContext: false })).toBe(false);
  });

  it('is false without getDisplayMedia (phones)', () => {
    expect(canCaptureTab({ ...desktop, navigator: { mediaDevices: {} } })).toBe(false);
    expect(canCaptureTab({ ...desktop, navigator: {} })).toBe(false);
  });

  it('is false where the shared surface cannot be proven to be this tab', () => {
    const windowsOnly = { getDisplayMedia() {} };
    expect(canCaptureTab({ ...desktop, navigator: { mediaDevices: windowsOnly } })).toBe(false);
  });

  it('is false without ImageCapture, which takes the frame', () => {
    expect(canCaptureTab({ ...desktop, ImageCapture: undefined })).toBe(false);
  });

  it('follows the display-capture permission policy', () => {
    const denied = { allowsFeature: (feature: string) => feature !== 'display-capture' };
    expect(canCaptureTab({ ...desktop, document: { permissionsPolicy: denied } })).toBe(false);
    expect(canCaptureTab({ ...desktop, document: { featurePolicy: denied } })).toBe(false);
    const allowed = { allowsFeature: () => true };
    expect(canCaptureTab({ ...desktop, self: {}, document: { featurePolicy: allowed } })).toBe(
      true,
    );
  });

  it('counts a frame as blocked when the policy cannot be read', () => {
    expect(canCaptureTab({ ...desktop, self: {} })).toBe(false);
  });
});
