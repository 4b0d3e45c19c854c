import { isDestekError } from '@destek/core';
import { afterEach, describe, expect, it } from 'vitest';
import { collectMasks } from '../src/masks/collectMasks.ts';

let stage: HTMLElement | null = null;
afterEach(() => {
  stage?.remove();
  stage = null;
});

/** Puts `html` in a fixed box at the top left, so element positions are known. */
function page(html: string): HTMLElement {
  stage = document.createElement('div');
  stage.className = 'stage';
  stage.innerHTML = `<style>.stage{position:fixed;left:0;top:0;margin:0;font:16px sans-serif}
    .stage *{box-sizing:border-box;margin:0;border:0;padding:0;display:block}</style>${html}`;
  document.body.append(stage);
  return stage;
}

const at = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });

describe('collectMasks', () => {
  it('finds password, card, security-code, expiry and one-time-code fields and marked elements', () => {
    page(`
      <input type="password" style="position:absolute;left:10px;top:10px;width:100px;height:20px">
      <input autocomplete="cc-number" style="position:absolute;left:10px;top:40px;width:200px;height:20px">
      <input autocomplete="section-pay billing CC-CSC" style="position:absolute;left:10px;top:70px;width:50px;height:20px">
      <input autocomplete="cc-exp-month" style="position:absolute;left:70px;top:70px;width:30px;height:20px">
      <input autocomplete="one-time-code" style="position:absolute;left:10px;top:100px;width:80px;height:20px">
      <div data-destek-mask style="position:absolute;left:300px;top:10px;width:120px;height:60px">IBAN</div>
      <input autocomplete="email" style="position:absolute;left:300px;top:100px;width:80px;height:20px">
      <input type="text" style="position:absolute;left:300px;top:130px;width:80px;height:20px">`);
    expect(collectMasks(document)).toEqual([
      at(10, 10, 100, 20),
      at(10, 40, 200, 20),
      at(10, 70, 50, 20),
      at(70, 70, 30, 20),
      at(10, 100, 80, 20),
      at(300, 10, 120, 60),
    ]);
  });

  it('adds the selectors of the mask option', () => {
    page(
      `<p id="balance" style="position:absolute;left:5px;top:5px;width:90px;height:18px">₺ 12.400</p>`,
    );
    expect(collectMasks(document, ['#balance'])).toEqual([at(5, 5, 90, 18)]);
  });

  it('skips fields that are not shown', () => {
    page(
      `<input type="password" style="display:none"><div data-destek-mask style="display:none">x</div>`,
    );
    expect(collectMasks(document)).toEqual([]);
  });

  it('masks a frame this page cannot read whole, and looks inside one it can', async () => {
    const root = page(`
      <iframe sandbox style="position:absolute;left:0;top:200px;width:300px;height:100px"></iframe>
      <iframe id="same" style="position:absolute;left:400px;top:200px;width:300px;height:150px;border:5px solid"></iframe>`);
    const same = root.querySelector<HTMLIFrameElement>('#same');
    const inner = same?.contentDocument;
    if (!inner) throw new Error('no same-origin frame document');
    inner.body.style.margin = '0';
    inner.body.innerHTML = `<input type="password" style="display:block;margin:20px 0 0 30px;width:60px;height:10px;border:0;padding:0">`;
    expect(collectMasks(document)).toEqual([at(0, 200, 300, 100), at(435, 225, 60, 10)]);
  });

  it('looks inside open shadow roots (web components)', () => {
    const root = page('<x-login style="position:absolute;left:20px;top:30px"></x-login>');
    const shadow = root.querySelector('x-login')?.attachShadow({ mode: 'open' });
    if (!shadow) throw new Error('no shadow root');
    shadow.innerHTML = `<input type="password" style="display:block;width:70px;height:12px;border:0;padding:0">`;
    expect(collectMasks(document)).toEqual([at(20, 30, 70, 12)]);
  });

  it('refuses with mask_failed when a selector does not parse, rather than miss a mask', () => {
    page('<input type="password">');
    let caught: unknown;
    try {
      collectMasks(document, ['#ok', 'a:::b']);
    } catch (error) {
      caught = error;
    }
    expect(isDestekError(caught, 'mask_failed')).toBe(true);
  });
});
