import type { Edits } from '@destek/screenshot';
import axe from 'axe-core';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { loadTranslator } from '../../src/i18n/loadTranslator.ts';
import { TranslatorContext } from '../../src/i18n/useT.ts';
import { adoptStyles } from '../../src/panel/screenshot/adoptStyles.ts';
import { ScreenshotEditor } from '../../src/panel/screenshot/ScreenshotEditor.tsx';
import { screenshotEditorCss } from '../../src/panel/screenshot/screenshotEditor.css.ts';
import { panelCss } from '../../src/styles/panel.css.ts';
import { paletteCss } from '../../src/theme/paletteCss.ts';

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) render(null, host.shadowRoot as unknown as Element);
  host?.remove();
  host = null;
});

/** An 800×400 picture: left half red, right half blue. */
function picture(): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = 800;
  canvas.height = 400;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no context');
  context.fillStyle = '#c03030';
  context.fillRect(0, 0, 400, 400);
  context.fillStyle = '#3050c0';
  context.fillRect(400, 0, 400, 400);
  return canvas;
}

/** The editor as the panel shows it: in a shadow root with the panel's and its own styles, 400 px wide. */
async function mount(masked = 0) {
  host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const frame = document.createElement('div');
  frame.className = 'panel';
  const body = document.createElement('div');
  body.className = 'body';
  frame.append(body);
  root.append(frame);
  adoptStyles(body, paletteCss('light'));
  adoptStyles(body, panelCss);
  adoptStyles(body, screenshotEditorCss);
  const attached: Edits[] = [];
  let discarded = 0;
  const t = await loadTranslator('en');
  render(
    <TranslatorContext.Provider value={t}>
      <ScreenshotEditor
        image={picture()}
        masked={masked}
        position={null}
        onAttach={async (edits) => {
          attached.push(edits);
        }}
        onDiscard={() => {
          discarded++;
        }}
      />
    </TranslatorContext.Provider>,
    body,
  );
  const $ = <T extends Element>(selector: string) => {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`missing ${selector}`);
    return found;
  };
  const button = (name: string) => {
    const found = [...root.querySelectorAll('button')].find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
    );
    if (!found) throw new Error(`no button "${name}"`);
    return found;
  };
  const attach = async () => {
    await userEvent.click(button('Attach'));
    await expect.poll(() => attached.length).toBe(1);
    return attached[0] as Edits;
  };
  return { root, $, button, attach, discarded: () => discarded };
}

describe('the screenshot editor', () => {
  it('puts focus on its heading and says what was hidden automatically', async () => {
    const { root } = await mount(3);
    await expect.poll(() => root.activeElement?.textContent).toBe('Edit the screenshot');
    expect(root.textContent).toContain('3 private areas were hidden automatically.');
  });

  it('adds a redaction box, moves it with the arrow keys, resizes it with Shift, and attaches it', async () => {
    const { root, button, attach } = await mount();
    await userEvent.click(button('Hide area'));
    // Added in the middle: 40% wide, 20% high; focused, so the keys act on it.
    await expect.poll(() => root.activeElement?.getAttribute('aria-label')).toBe('Hidden area 1');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}');
    await userEvent.keyboard('{Shift>}{ArrowRight}{/Shift}');
    const edits = await attach();
    // One key step is 1% of the longer side: 8 px.
    expect(edits).toEqual({
      crop: null,
      boxes: [{ kind: 'redact', x: 240 + 16, y: 160 + 8, width: 320 + 8, height: 80 }],
    });
  });

  it('deletes the selected box with Delete, and Undo brings it back', async () => {
    const { root, button, attach } = await mount();
    await userEvent.click(button('Highlight'));
    await userEvent.keyboard('{Delete}');
    expect(root.querySelectorAll('.shot-box')).toHaveLength(0);
    await userEvent.click(button('Undo'));
    expect(root.querySelectorAll('.shot-box.highlight')).toHaveLength(1);
    const edits = await attach();
    expect(edits.boxes).toEqual([{ kind: 'highlight', x: 240, y: 160, width: 320, height: 80 }]);
  });

  it('draws a box where the mouse drags, and moves it by dragging', async () => {
    const { $, attach } = await mount();
    const stage = $<HTMLElement>('.shot-stage');
    const box = stage.getBoundingClientRect();
    const scale = 800 / box.width;
    await userEvent.pointer([
      { target: stage, coords: { x: 20, y: 20 }, keys: '[MouseLeft>]' },
      { target: stage, coords: { x: 60, y: 40 } },
      { target: stage, coords: { x: 100, y: 60 }, keys: '[/MouseLeft]' },
    ]);
    // Then grab it 5 px inside its corner and drag by (40, 20); offsets are from the stage's corner.
    await userEvent.pointer([
      { target: stage, coords: { x: 25, y: 25 }, keys: '[MouseLeft>]' },
      { target: stage, coords: { x: 45, y: 35 } },
      { target: stage, coords: { x: 65, y: 45 }, keys: '[/MouseLeft]' },
    ]);
    const edits = await attach();
    const [only] = edits.boxes;
    expect(edits.boxes).toHaveLength(1);
    // Drawn from (20,20) to (100,60) on screen, then moved by (40,20).
    expect(only?.x).toBeCloseTo((20 + 40) * scale, -1);
    expect(only?.y).toBeCloseTo((20 + 20) * scale, -1);
    expect(only?.width).toBeCloseTo(80 * scale, -1);
    expect(only?.height).toBeCloseTo(40 * scale, -1);
  });

  it('resizes a selected box by dragging its corner handle', async () => {
    const { $, button, attach } = await mount();
    await userEvent.click(button('Hide area'));
    const stage = $<HTMLElement>('.shot-stage');
    const frame = stage.getBoundingClientRect();
    const scale = 800 / frame.width;
    const grip = $<HTMLElement>('.shot-box.redact .shot-handle').getBoundingClientRect();
    const x = grip.left + grip.width / 2 - frame.left;
    const y = grip.top + grip.height / 2 - frame.top;
    await userEvent.pointer([
      { target: stage, coords: { x, y }, keys: '[MouseLeft>]' },
      { target: stage, coords: { x: x + 20, y: y + 10 } },
      { target: stage, coords: { x: x + 40, y: y + 20 }, keys: '[/MouseLeft]' },
    ]);
    const [box] = (await attach()).boxes;
    expect(box?.width).toBeCloseTo(320 + 40 * scale, -1);
    expect(box?.height).toBeCloseTo(80 + 20 * scale, -1);
  });

  it('crops with the keyboard, shows only the crop, and undoes it', async () => {
    const { root, $, button, attach } = await mount();
    const before = $<HTMLElement>('.shot-stage').getBoundingClientRect();
    await userEvent.click(button('Crop'));
    await expect.poll(() => root.activeElement?.getAttribute('aria-label')).toBe('Crop area');
    // The crop area starts 10% of the shorter side (40 px) in from each edge; shrink it by 40×40.
    for (let i = 0; i < 5; i++) await userEvent.keyboard('{Shift>}{ArrowLeft}{ArrowUp}{/Shift}');
    await userEvent.click(button('Apply crop'));
    const after = $<HTMLElement>('.shot-stage').getBoundingClientRect();
    expect(after.width / after.height).toBeCloseTo(680 / 280, 1);
    expect(after.width / after.height).not.toBeCloseTo(before.width / before.height, 1);
    await userEvent.click(button('Undo'));
    await userEvent.click(button('Crop'));
    await userEvent.keyboard('{ArrowLeft}');
    await userEvent.click(button('Apply crop'));
    expect((await attach()).crop).toEqual({ x: 32, y: 40, width: 720, height: 320 });
  });

  it('labels every control and passes axe', async () => {
    const { root, button } = await mount(1);
    await userEvent.click(button('Hide area'));
    for (const control of root.querySelectorAll('button')) {
      expect(control.getAttribute('aria-label') ?? control.textContent?.trim()).toBeTruthy();
    }
    const result = await axe.run(host as HTMLElement, { resultTypes: ['violations'] });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('discards', async () => {
    const { button, discarded } = await mount();
    await userEvent.click(button('Discard'));
    expect(discarded()).toBe(1);
  });
});
